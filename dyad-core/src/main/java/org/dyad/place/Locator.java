package org.dyad.place;

import org.dyad.model.Place;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the events and actors of one article are (event and actor location), from its resolved places.
 *
 * <ul>
 *   <li>An event is where its clause says: the most specific literal place below a locative relation of the
 *       trigger in the dependency graph ("met in Antalya", "strikes near Aleppo", "attack on Gaza", "blockaded the
 *       port of Piraeus"); else the place of the sentence's location phrase (a literal place after a locative
 *       preposition); else the article's focus. {@link Location#from()} says which: {@code clause}, {@code sentence}, {@code article}.</li>
 *   <li>An actor is where the text puts that mention: a literal place in a locative phrase on the mention's
 *       head ("Syrian rebels in Idlib", "protesters based in Hama", "the Israeli embassy in Ankara") or right
 *       after it, or a place that modifies it as a compound ("Idlib rebels", "Fargo police"). Adjectives of
 *       states ("Syrian") say whose an actor is, not where: they are not actor locations.</li>
 *   <li>The focus: the literal place the article names most, a mention counting once, once more after a
 *       locative preposition (where things happen, not who acts: "in Antalya" rather than "Russia said"), and
 *       once more in the first two sentences (the lead, often a dateline); ties go to the earlier. Null when the
 *       article names no place.</li>
 * </ul>
 *
 * <p>Built per article, immutable: thread-safe.
 */
public final class Locator {

    /** Locative relations and prepositions: the place where something happens. */
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "on", "outside", "inside", "across",
        "throughout", "around", "into", "over", "along", "off", "within", "from");
    /** Nouns whose "of" names the place they are: "the port of Piraeus", "the town of Manbij". */
    private static final Set<String> PLACE_NOUNS = Set.of("port", "harbour", "harbor", "city", "town", "village",
        "province", "region", "island", "district", "airport");
    /** Verbs that move people or things: their own "from" is where it happens ("withdrew workers from Iraq"). */
    private static final Set<String> MOVING = Set.of("withdraw", "pull", "evacuate", "remove", "expel", "deport",
        "bring", "return", "send", "rescue", "recall", "repatriate", "move", "fly", "airlift", "extract", "free",
        "release", "kidnap", "abduct", "take", "drive", "chase", "oust", "flee", "escape");
    /** Prepositions that place an actor: not "from" ("rebels from Idlib" may be elsewhere now) nor "into". */
    private static final Set<String> ACTOR_LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across",
        "throughout", "around", "within");

    /**
     * An event's or actor's location.
     *
     * @param place the place mention it is read from
     * @param from  {@code clause}, {@code sentence} or {@code article}
     */
    public record Location(PlaceFinder.Found place, String from) {
    }

    private final PlaceFinder.Found focus;
    /** sentence index -> its literal place mentions */
    private final Map<Integer, List<PlaceFinder.Found>> bySentence = new HashMap<>();

    /**
     * @param sentences the article's sentences
     * @param found     its resolved place mentions, in text order
     */
    public Locator(List<Sentence> sentences, List<PlaceFinder.Found> found) {
        for (PlaceFinder.Found f : found) {
            if (f.literal()) {
                bySentence.computeIfAbsent(f.toponym().sentence(), k -> new ArrayList<>()).add(f);
            }
        }
        this.focus = focus(sentences, found);
    }

    /** The article's focus place mention (see the class comment), or null. */
    public PlaceFinder.Found focus() {
        return focus;
    }

    private static PlaceFinder.Found focus(List<Sentence> sentences, List<PlaceFinder.Found> found) {
        Map<String, Integer> weight = new HashMap<>();
        Map<String, PlaceFinder.Found> first = new HashMap<>();
        for (PlaceFinder.Found f : found) {
            if (!f.literal()) {
                continue;
            }
            String key = key(f.place());
            Toponym t = f.toponym();
            int w = 1 + (t.sentence() < 2 ? 1 : 0);
            if (t.sentence() < sentences.size() && afterLocative(sentences.get(t.sentence()), t.start())) {
                w++;
            }
            weight.merge(key, w, Integer::sum);
            first.putIfAbsent(key, f);
        }
        PlaceFinder.Found best = null;
        int bestWeight = 0;
        for (PlaceFinder.Found f : found) {
            if (!f.literal()) {
                continue;
            }
            int w = weight.get(key(f.place()));
            if (w > bestWeight) {
                best = first.get(key(f.place()));
                bestWeight = w;
            }
        }
        return best;
    }

    private static String key(Place p) {
        return p.geonameId() != null ? String.valueOf(p.geonameId()) : p.name() + "@" + p.lat() + "," + p.lon();
    }

    /**
     * Where the event triggered at token {@code trigger} of sentence {@code s} happens: its clause's place,
     * else its sentence's location phrase, else the article's focus; null when the article names no place.
     */
    public Location event(Sentence s, int trigger) {
        PlaceFinder.Found inClause = inClause(s, trigger);
        if (inClause != null) {
            return new Location(inClause, "clause");
        }
        for (PlaceFinder.Found f : bySentence.getOrDefault(s.index(), List.of())) {
            if (afterLocative(s, f.toponym().start())) {
                return new Location(f, "sentence");
            }
        }
        return focus == null ? null : new Location(focus, "article");
    }

    /**
     * The place the event triggered at {@code trigger} is aimed at, as its object, the object of "on",
     * "against", "into", "at", "to" or "toward", or a noun's of-phrase ("shelled Idlib", "an offensive on Idlib",
     * "sent aid to Mosul", "took control of Kunduz"), or null.
     */
    public PlaceFinder.Found aimed(Sentence s, int trigger) {
        List<PlaceFinder.Found> here = bySentence.getOrDefault(s.index(), List.of());
        if (!s.parsed() || here.isEmpty() || trigger < 0 || trigger >= s.size()) {
            return null;
        }
        PlaceFinder.Found[] byToken = byToken(s, here);
        List<Integer> hosts = new ArrayList<>(List.of(trigger));
        for (Dependency d : s.graph().children(trigger)) {
            if (d.relation().equals("obj")) {
                hosts.add(d.dependent()); // "launched an attack on Idlib": the object's phrase
            }
        }
        if ("obj".equals(s.graph().relationToHead(trigger)) && s.graph().head(trigger) >= 0) {
            hosts.add(s.graph().head(trigger)); // the event noun's light verb: "launched an offensive | on Idlib"
        }
        for (int h : hosts) {
            for (Dependency d : s.graph().children(h)) {
                // "took control of Kunduz", "the siege of Aleppo": a noun's of-phrase is what it acts on
                boolean aim = h == trigger && (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
                    || (d.base().equals("obl") || d.base().equals("nmod")) && AIMED.contains(d.subtype())
                    || d.relation().equals("nmod:of") && s.token(h).isNoun();
                if (aim && byToken[d.dependent()] != null) {
                    return byToken[d.dependent()];
                }
                if (h == trigger && d.relation().equals("obj") && byToken[d.dependent()] == null) {
                    // "attended the Rio Olympics", "shelled the Aleppo airport": a place naming the object is where it is
                    for (int c : s.graph().children(d.dependent(), "compound")) {
                        if (byToken[c] != null) {
                            return byToken[c];
                        }
                    }
                }
            }
        }
        return null;
    }

    private static final Set<String> AIMED = Set.of("on", "against", "into", "at", "to", "toward", "towards");

    /**
     * Where the text puts the actor mention with tokens [{@code start}, {@code end}) and head {@code head} in
     * sentence {@code s}, or null when it does not.
     */
    public PlaceFinder.Found actor(Sentence s, int start, int end, int head) {
        List<PlaceFinder.Found> here = bySentence.getOrDefault(s.index(), List.of());
        if (here.isEmpty()) {
            return null;
        }
        // a place that is part of the mention, before its head: "Idlib rebels", "Fargo police"
        for (PlaceFinder.Found f : here) {
            Toponym t = f.toponym();
            if (t.start() >= start && t.end() <= head && !isState(f)) {
                return f;
            }
        }
        // "rebels in Idlib": right after the mention, or below its head in the parse
        if (end + 1 < s.size() && ACTOR_LOCATIVE.contains(s.token(end).lowerWord())) {
            for (PlaceFinder.Found f : here) {
                int b = end + 1;
                while (b < f.toponym().start() && (s.token(b).tag().equals("DT") || s.token(b).isAdjective())) {
                    b++;
                }
                if (f.toponym().start() == b) {
                    return f;
                }
            }
        }
        if (s.parsed() && head >= 0 && head < s.size()) {
            PlaceFinder.Found[] byToken = byToken(s, here);
            Deque<Integer> queue = new ArrayDeque<>();
            queue.add(head);
            boolean[] seen = new boolean[s.size()];
            seen[head] = true;
            while (!queue.isEmpty()) {
                int x = queue.poll();
                for (Dependency d : s.graph().children(x)) {
                    int y = d.dependent();
                    if (seen[y]) {
                        continue;
                    }
                    seen[y] = true;
                    if ((d.base().equals("nmod") || d.base().equals("obl")) && ACTOR_LOCATIVE.contains(d.subtype())
                        && byToken[y] != null) {
                        return byToken[y];
                    }
                    // "rebels based in Idlib", "protesters gathered at": one participle or relative clause deep
                    if (x == head && d.base().equals("acl")) {
                        queue.add(y);
                    }
                }
            }
        }
        return null;
    }

    /** A state's own name stands for the state as an actor ("Turkey's troops"), not for where it is. */
    private static boolean isState(PlaceFinder.Found f) {
        return f.toponym().state() != null;
    }

    private static PlaceFinder.Found[] byToken(Sentence s, List<PlaceFinder.Found> here) {
        PlaceFinder.Found[] byToken = new PlaceFinder.Found[s.size()];
        for (PlaceFinder.Found f : here) {
            for (int t = f.toponym().start(); t < f.toponym().end() && t < byToken.length; t++) {
                byToken[t] = f;
            }
        }
        return byToken;
    }

    /** The most specific literal place below a locative relation of the trigger (breadth first), or null. */
    private PlaceFinder.Found inClause(Sentence s, int trigger) {
        List<PlaceFinder.Found> here = bySentence.getOrDefault(s.index(), List.of());
        if (!s.parsed() || here.isEmpty() || trigger < 0 || trigger >= s.size()) {
            return null;
        }
        PlaceFinder.Found[] byToken = byToken(s, here);
        Deque<int[]> queue = new ArrayDeque<>();
        boolean[] seen = new boolean[s.size()];
        queue.add(new int[] {trigger, 0});
        seen[trigger] = true;
        PlaceFinder.Found best = null;
        while (!queue.isEmpty()) {
            int[] x = queue.poll();
            PlaceFinder.Found at = byToken[x[0]];
            if (at != null && x[1] == 1 && (best == null || specificity(at.place()) > specificity(best.place()))) {
                best = at;
            }
            for (Dependency d : s.graph().children(x[0])) {
                String r = d.relation();
                // do not wander into reported clauses, the subject's own modifiers or relative clauses ("withdrew
                // its envoys from countries that recognised Kosovo": the place of another act, not this one's)
                if (!seen[d.dependent()] && !r.startsWith("ccomp") && !r.startsWith("nsubj") && !r.startsWith("parataxis")
                    && !r.equals("acl:relcl")) {
                    seen[d.dependent()] = true;
                    // "fired rockets from Gaza" places the firing; "volunteers from Ashland" only says where they are from
                    boolean origin = d.subtype().equals("from") && fromPeople(s, d.dependent())
                        && !(d.base().equals("obl") && MOVING.contains(s.token(x[0]).key()));
                    boolean locative = x[1] == 1 || LOCATIVE.contains(d.subtype()) && !origin && (d.base().equals("obl")
                        || d.base().equals("nmod") || d.base().equals("advcl"))
                        || d.relation().equals("nmod:of") && PLACE_NOUNS.contains(s.token(x[0]).key());
                    queue.add(new int[] {d.dependent(), locative ? 1 : 0});
                }
            }
        }
        return best;
    }

    /**
     * Whether the "from" that marks {@code place} follows a noun of people: "volunteers from Ashland", "a woman
     * from Cairns" say where they are from, not where anything happens ("rockets from Gaza" still do).
     */
    private static boolean fromPeople(Sentence s, int place) {
        for (int c : s.graph().children(place, "case")) {
            if (s.token(c).lowerWord().equals("from")) {
                return c > 0 && ToponymRecognizer.PERSON_NOUNS.contains(s.token(c - 1).lowerWord());
            }
        }
        return false;
    }

    /** Whether the token before a place name (skipping determiners and adjectives) is a locative preposition. */
    private static boolean afterLocative(Sentence s, int start) {
        int b = start - 1;
        while (b >= 0 && (s.token(b).tag().equals("DT") || s.token(b).isAdjective())) {
            b--;
        }
        if (b < 0) {
            return false;
        }
        Token t = s.token(b);
        if (t.lowerWord().equals("from") && b > 0 && ToponymRecognizer.PERSON_NOUNS.contains(s.token(b - 1).lowerWord())) {
            return false; // "volunteers from Ashland": where people come from, not where anything happens
        }
        return LOCATIVE.contains(t.lowerWord());
    }

    /** Towns are more specific than divisions, divisions than states, states than regions. */
    static int specificity(Place p) {
        String fc = p.featureCode() == null ? "" : p.featureCode();
        if (fc.startsWith("PPL")) {
            return 4;
        }
        if (fc.startsWith("ADM")) {
            return 3;
        }
        if (fc.startsWith("PCL")) {
            return 2;
        }
        return 1;
    }
}
