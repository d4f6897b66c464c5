package org.dyad.place;

import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.Country;
import org.dyad.actor.Mention;
import org.dyad.internal.NameIndex;
import org.dyad.model.Actor;
import org.dyad.model.Place;
import org.dyad.model.PlaceMention;
import org.dyad.model.Span;
import org.dyad.nlp.EntityMention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds place names in an article and resolves them to gazetteer entries.
 *
 * <p>Recognition: CoreNLP's LOCATION mentions; state names and their adjectives from the actor
 * knowledge base ("Syria", "Syrian": the latter marked adjectival); capitalised words the gazetteer
 * knows as populated places when NER missed them. Names that are part of a person or organisation
 * name are not places.
 *
 * <p>Resolution ranks a name's candidates by feature class (continents, regions and countries
 * first, then capitals and other towns), population, the words around the name ("the city of X",
 * "X province"), a qualifier right after it ("Antalya, Turkey"), whether the name is the entry's own
 * or only an alternate name, and the states the article names elsewhere. Immutable and thread-safe.
 */
public final class PlaceFinder {

    /** A place name in a sentence, before resolution. */
    public record Candidate(int sentence, int start, int end, Span span, String name, String kind, String iso3,
                            Cue cue) {
    }

    /** What the words around a name say it is: "the city of X", "X province". */
    public enum Cue { NONE, TOWN, DIVISION }

    private static final Set<String> TOWN_WORDS = Set.of("city", "town", "village", "capital", "port", "suburb",
        "municipality", "district");
    private static final Set<String> DIVISION_WORDS = Set.of("province", "state", "region", "county", "governorate",
        "prefecture", "oblast", "territory", "department", "parish");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "outside", "around", "into",
        "across", "towards", "toward", "inside", "through", "of");

    /** A resolved place mention; {@code token} range within its sentence. */
    public record Found(Candidate candidate, Place place, String resolvedBy, double confidence) {
    }

    private final Gazetteer gazetteer;
    private final NameIndex<String[]> states = new NameIndex<>(); // {iso3, kind}

    public PlaceFinder(Gazetteer gazetteer, ActorKnowledge knowledge) {
        this.gazetteer = gazetteer;
        for (Country c : knowledge.countries().values()) {
            states.add(c.name(), new String[] {c.iso3(), PlaceMention.LITERAL});
            for (String a : c.aliases()) {
                states.add(a, new String[] {c.iso3(), PlaceMention.LITERAL});
            }
            for (String a : c.adjectives()) {
                states.add(a, new String[] {c.iso3(), PlaceMention.ADJECTIVAL});
            }
        }
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Place names of one sentence, not overlapping the given non-place actors (people, bodies, groups). */
    public List<Candidate> candidates(Sentence s, String text, List<Mention> actors) {
        List<Token> ts = s.tokens();
        boolean[] taken = new boolean[ts.size()];
        for (Mention m : actors) {
            Actor.Kind k = m.actor().kind();
            if (k == Actor.Kind.PERSON && !m.resolvedBy().equals("coreference") || k == Actor.Kind.IGO
                || k == Actor.Kind.NGO || k == Actor.Kind.GROUP) {
                for (int t = m.start(); t < m.end(); t++) {
                    taken[t] = true;
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        // states and their adjectives
        for (NameIndex.Match<String[]> m : states.find(ts)) {
            if (free(taken, m.start(), m.end())) {
                String[] v = m.values().get(0);
                add(out, taken, s, text, m.start(), m.end(), v[1], v[0]);
            }
        }
        // NER locations
        for (EntityMention e : s.entities()) {
            if (e.type().equals("LOCATION") || e.type().equals("CITY") || e.type().equals("STATE_OR_PROVINCE")
                || e.type().equals("COUNTRY")) {
                if (free(taken, e.startToken(), e.endToken())) {
                    add(out, taken, s, text, e.startToken(), e.endToken(), PlaceMention.LITERAL, null);
                }
            }
        }
        // capitalised names the gazetteer knows that NER missed, after a locative preposition ("in Kidal")
        for (int i = 1; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (taken[i] || !t.isProperNoun() || !t.ner().equals("O") || t.word().length() < 3
                || !LOCATIVE.contains(ts.get(i - 1).lowerWord())) {
                continue;
            }
            int j = i + 1;
            while (j < ts.size() && !taken[j] && ts.get(j).isProperNoun() && ts.get(j).ner().equals("O")) {
                j++;
            }
            String name = text.substring(t.begin(), ts.get(j - 1).end());
            if (gazetteer.isName(name) && !gazetteer.lookup(name).isEmpty()) {
                GazetteerEntry top = gazetteer.lookup(name).get(0);
                if ((top.population() >= 20000 || "A".equals(top.featureClass())) && byMainName(top, name)) {
                    add(out, taken, s, text, i, j, PlaceMention.LITERAL, null);
                }
            }
            i = j - 1;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Candidate> out, boolean[] taken, Sentence s, String text, int start, int end,
                            String kind, String iso3) {
        List<Token> ts = s.tokens();
        Span span = new Span(ts.get(start).begin(), ts.get(end - 1).end());
        out.add(new Candidate(s.index(), start, end, span, span.of(text), kind, iso3, cue(ts, start, end)));
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    /** "the city of Antalya", "Antalya city" → TOWN; "province of Antalya", "Antalya province" → DIVISION. */
    private static Cue cue(List<Token> ts, int start, int end) {
        String before = start >= 2 && ts.get(start - 1).lowerWord().equals("of") ? ts.get(start - 2).key() : "";
        String after = end < ts.size() ? ts.get(end).key() : "";
        if (TOWN_WORDS.contains(before) || TOWN_WORDS.contains(after)) {
            return Cue.TOWN;
        }
        if (DIVISION_WORDS.contains(before) || DIVISION_WORDS.contains(after)) {
            return Cue.DIVISION;
        }
        return Cue.NONE;
    }

    /** Whether {@code name} is the entry's own name, not only one of its alternate names. */
    private static boolean byMainName(GazetteerEntry e, String name) {
        String n = Gazetteer.normalise(name);
        return n.equals(Gazetteer.normalise(e.name())) || e.asciiName() != null && n.equals(Gazetteer.normalise(e.asciiName()));
    }

    /** Resolves the candidates of a whole article. */
    public List<Found> resolve(List<Candidate> candidates, List<Sentence> sentences) {
        // the states the article names: context for the rest
        Map<String, Integer> stateCounts = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.iso3() != null) {
                stateCounts.merge(c.iso3(), 1, Integer::sum);
            }
        }
        List<Found> out = new ArrayList<>(candidates.size());
        Map<String, Found> byName = new HashMap<>();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (c.iso3() != null) {
                GazetteerEntry e = gazetteer.country(c.iso3());
                if (e != null) {
                    out.add(new Found(c, place(e), "state", 0.95));
                }
                continue;
            }
            String cacheKey = c.name() + "|" + c.cue();
            Found same = byName.get(cacheKey);
            if (same != null) {
                out.add(new Found(c, same.place(), same.resolvedBy(), same.confidence()));
                continue;
            }
            String qualifier = qualifier(c, candidates, k, sentences);
            List<GazetteerEntry> options = gazetteer.lookup(c.name());
            if (options.isEmpty()) {
                continue;
            }
            GazetteerEntry best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (GazetteerEntry e : options) {
                double score = score(e, c, qualifier, stateCounts);
                if (score > bestScore) {
                    second = bestScore;
                    bestScore = score;
                    best = e;
                } else if (score > second) {
                    second = score;
                }
            }
            String how = qualifier != null && qualifier.equals(best.country()) ? "qualifier"
                : stateCounts.containsKey(best.country()) ? "article-context" : "population";
            double confidence = options.size() == 1 ? 0.9 : Math.min(0.9, 0.5 + (bestScore - second) / 20);
            Found f = new Found(c, place(best), how, Math.round(confidence * 100) / 100.0);
            byName.put(cacheKey, f);
            out.add(f);
        }
        return out;
    }

    /** The state named right after a place: "Antalya, Turkey" → TUR. */
    private static String qualifier(Candidate c, List<Candidate> all, int k, List<Sentence> sentences) {
        if (k + 1 >= all.size()) {
            return null;
        }
        Candidate next = all.get(k + 1);
        if (next.sentence() != c.sentence() || next.iso3() == null || next.start() != c.end() + 1) {
            return null;
        }
        Token between = sentences.get(c.sentence()).token(c.end());
        return between.word().equals(",") ? next.iso3() : null;
    }

    private static double score(GazetteerEntry e, Candidate c, String qualifier, Map<String, Integer> stateCounts) {
        double s = Math.log10(Math.max(1, e.population()) + 1);
        String fc = e.featureCode() == null ? "" : e.featureCode();
        if (fc.startsWith("PCL")) {
            s += 8;
        } else if (fc.equals("CONT") || fc.equals("RGN")) {
            s += 9;
        } else if (fc.equals("PPLC")) {
            s += 3;
        } else if (fc.equals("PPLA")) {
            s += 1;
        } else if (fc.equals("ADM1")) {
            s -= 0.5; // a division's population is the sum of its towns: it would outweigh its namesake town
        }
        if (!byMainName(e, c.name())) {
            s -= 3; // known only by an alternate name
        }
        boolean town = "P".equals(e.featureClass());
        if (c.cue() == Cue.TOWN && town || c.cue() == Cue.DIVISION && "A".equals(e.featureClass())) {
            s += 6;
        }
        if (qualifier != null && qualifier.equals(e.country())) {
            s += 20;
        }
        if (e.country() != null && stateCounts.containsKey(e.country())) {
            s += 2 + Math.min(3, stateCounts.get(e.country()));
        }
        return s;
    }

    static Place place(GazetteerEntry e) {
        return new Place(e.name(), e.geonameId() > 0 ? e.geonameId() : null, e.country(), e.admin1(), e.lat(), e.lon(),
            e.featureCode());
    }

    /** The distinct states among resolved places, most named first: the article's focus. */
    public static List<String> focus(List<Found> found) {
        Map<String, Integer> n = new HashMap<>();
        for (Found f : found) {
            if (f.place().country() != null) {
                n.merge(f.place().country(), 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>(n.keySet());
        out.sort((a, b) -> n.get(b) - n.get(a));
        return out;
    }
}
