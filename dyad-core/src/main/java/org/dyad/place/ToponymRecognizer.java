package org.dyad.place;

import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.Country;
import org.dyad.actor.Mention;
import org.dyad.internal.NameIndex;
import org.dyad.model.Actor;
import org.dyad.model.PlaceMention;
import org.dyad.model.Span;
import org.dyad.nlp.EntityMention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the place names of an article (toponym recognition). Sources, in one pass per sentence:
 * <ul>
 *   <li>state names and their adjectives and demonyms from the actor knowledge base ("Syria"; "Syrian",
 *       "Syrians": kind adjectival);</li>
 *   <li>CoreNLP's LOCATION mentions the gazetteer knows;</li>
 *   <li>capitalised proper-noun spans the gazetteer knows that NER missed or took for part of an organisation
 *       ("Kentucky Department of Education", "Fargo Mayor"): countries, divisions and regions always;
 *       towns where the words around them say it is a place (after "in", "near", "from"... or a verb of taking
 *       ground, "captured"; before ", Texas", "city", "Police", "Mayor"...; inside the name of a public body) or
 *       where the town is large;</li>
 *   <li>abbreviations of divisions ("Ky.", "B.C.") and, after a place and a comma, US postal codes ("TX");</li>
 *   <li>"Eastland and Callahan counties": each name with the county word;</li>
 *   <li>then, once per article, every other proper-noun occurrence of a name already found (one sense per
 *       discourse: "Fargo" everywhere once "in Fargo" made it a place).</li>
 * </ul>
 * Where names overlap the longest wins ("New Mexico" over "Mexico", "North America" over "America").
 * Person names (CoreNLP PERSON, person actors), named groups and international bodies, and names of media
 * and businesses ("Washington Post", "New York Times") are not places. A name followed by a comma and a
 * country or division ("Antalya, Turkey") gets it as its qualifier.
 *
 * <p>Immutable and thread-safe.
 */
public final class ToponymRecognizer {

    /** Words before a name that make it a place: "in Kidal", "near Aleppo". */
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "outside", "around", "into",
        "across", "towards", "toward", "inside", "through", "via", "throughout", "within", "between",
        "downtown", "northern", "southern", "eastern", "western", "central", "rural", "suburban");
    /** Nouns before "of" that make what follows a place: "residents of Fargo", "north of Aleppo", "control of Kobani". */
    static final Set<String> OF_NOUNS = Set.of("residents", "resident", "city", "town", "village", "county", "state",
        "province", "outskirts", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "part", "parts", "area", "mayor", "governor", "people", "capital", "center", "centre", "heart", "streets",
        "suburb", "suburbs", "edge", "region", "citizens", "native", "natives", "miles", "kilometers", "kilometres",
        "km", "republic", "kingdom", "government", "president", "king", "queen", "prime", "embassy",
        "consulate", "police", "district", "municipality", "township", "borough", "port", "island", "coast",
        "control", "siege", "liberation", "shelling", "bombardment", "battle");
    /**
     * Words that some village somewhere is named but that alone, capitalised in English news, name something
     * else: institutions ("City officials", "Congress"), feature words ("University", "Church"), holidays and
     * months. A place name only with more words ("Oklahoma City", "Christmas Island").
     */
    private static final Set<String> GENERIC = Set.of("city", "town", "village", "county", "state", "province",
        "university", "college", "church", "school", "hospital", "center", "centre", "federal", "congress", "senate",
        "parliament", "national", "international", "union", "district", "metro", "valley", "lake", "river", "park",
        "street", "road", "avenue", "court", "hall", "bridge", "market", "harbor", "harbour", "island", "islands",
        "christmas", "easter", "thanksgiving", "passover", "ramadan", "god", "hope", "liberty", "independence",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /**
     * Days and months: after a connector they end a run of capitalised words, as no place name goes on with
     * them ("bombed Maarat al-Numan on Monday", where "on" joins "Newcastle upon Tyne" or "Rostov on Don").
     */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday");
    /** Compass words: a place name only with more words ("North Dakota"), never alone. */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "central", "northeast",
        "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western", "midwest", "middle",
        "upper", "lower", "north east", "north west", "south east", "south west");
    /** Words after a name that make it a place: "Fargo Police", "Texas Fire Service", "Fargo Mayor Dennis Walaker". */
    static final Set<String> PLACE_HEADS = Set.of("police", "fire", "sheriff", "sheriff's", "mayor", "city", "town",
        "county", "parish", "township", "village", "council", "school", "schools", "high", "hospital", "department",
        "board", "area", "residents", "resident", "officials", "native", "natives", "metro", "region", "district",
        "court", "state", "public", "community", "municipal", "regional", "airport", "harbor", "harbour", "port",
        "governor", "gov", "gov.", "lawmakers", "legislature", "delegation", "campus", "university", "college",
        "library", "museum", "zoo", "station", "neighborhood", "neighbourhood", "suburb", "suburbs", "province",
        "authorities", "government", "ministry", "army", "forces", "supreme", "superior", "circuit",
        "courthouse", "fairgrounds", "deputies", "deputy", "clerk", "judge", "supervisors", "officers", "voters",
        "emergency", "health", "water", "electric", "energy", "parks", "transit", "housing", "historical",
        "commission", "commissioner", "commissioners", "chief", "attorney", "prosecutor", "coroner", "jail",
        "detention", "volunteer", "senior", "junior", "elementary", "middle", "civic", "chamber", "sen.", "rep.",
        "sens.", "reps.", "lottery", "crime", "crimestoppers", "democratic", "republican", "democrats", "republicans",
        "highway", "international", "national", "general", "memorial", "medical", "premier",
        "minister", "president", "secretary", "embassy", "consulate", "ambassador", "foreign", "division", "unit");
    /** Words of media and business names: a place in them is not a place mention ("Washington Post"). */
    static final Set<String> MEDIA_OR_BUSINESS = Set.of("post", "times", "news", "star", "press", "globe",
        "sentinel", "herald", "tribune", "journal", "gazette",
        "chronicle", "inquirer", "examiner", "sun", "daily", "observer", "telegraph", "guardian", "mirror",
        "courier", "dispatch", "bulletin", "register", "magazine", "newspaper", "inc", "inc.", "corp", "corp.",
        "corporation", "co.", "company", "ltd", "ltd.", "llc", "plc", "airlines", "airways", "bank", "bancorp",
        "motors", "records", "pictures", "studios", "insurance", "holdings", "group", "lines", "air");
    /** Lower-case words allowed inside a multi-word name ("Isle of Man", "Rio de Janeiro", "Stratford-upon-Avon"). */
    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "la", "le", "du", "des", "da", "do",
        "upon", "on", "al", "el", "sur", "am", "an", "der", "y", "i", "and");
    private static final Set<String> TOWN_CUES = Set.of("city", "town", "village", "capital", "port", "suburb",
        "municipality", "township", "borough", "hamlet");
    private static final Set<String> DIVISION_CUES = DivisionWords.KNOWN;
    /** A populated place this large is a place even with no cue around it. */
    private static final long LARGE_TOWN = 100_000;

    private final Gazetteer gazetteer;
    private final DivisionAbbreviations abbreviations;
    /** state names and adjectives: {iso3, kind} */
    private final NameIndex<String[]> states = new NameIndex<>();
    /** one-word state names and adjectives as written, for the parts of hyphenated words: {iso3, kind} */
    private final Map<String, String[]> stateWords = new HashMap<>();

    public ToponymRecognizer(Gazetteer gazetteer, DivisionAbbreviations abbreviations, ActorKnowledge knowledge) {
        this.gazetteer = gazetteer;
        this.abbreviations = abbreviations;
        for (Country c : knowledge.countries().values()) {
            addState(c.name(), c.iso3(), PlaceMention.LITERAL);
            for (String a : c.aliases()) {
                addState(a, c.iso3(), PlaceMention.LITERAL);
            }
            for (String a : c.adjectives()) {
                addState(a, c.iso3(), PlaceMention.ADJECTIVAL);
            }
        }
    }

    private void addState(String name, String iso3, String kind) {
        String[] value = {iso3, kind};
        states.add(name, value);
        if (name.indexOf(' ') < 0 && name.indexOf('-') < 0) {
            stateWords.putIfAbsent(name, value);
        }
    }

    /** A proposal: tokens [start, end), characters [begin, stop). */
    private record Proposal(int start, int end, int begin, int stop, String name, String kind, String rule,
                            String state, GazetteerEntry fixed, Toponym.Cue cue) {
        int length() {
            return stop - begin;
        }
    }

    /**
     * The toponyms of an article, in text order.
     *
     * @param sentences the article's sentences
     * @param text      the article text the offsets point into
     * @param actors    per sentence, the actor mentions found in it (people and bodies are not places)
     */
    public List<Toponym> find(List<Sentence> sentences, String text, List<List<Mention>> actors) {
        List<List<Proposal>> bySentence = new ArrayList<>(sentences.size());
        List<boolean[]> blockedBySentence = new ArrayList<>(sentences.size());
        Set<String> known = new HashSet<>();
        for (Sentence s : sentences) {
            List<Mention> here = s.index() < actors.size() ? actors.get(s.index()) : List.of();
            boolean[] blocked = blocked(s, here);
            boolean[] person = personTokens(s, here);
            unblockPlacesTakenForPeople(s, text, blocked, person);
            blockedBySentence.add(blocked);
            List<Proposal> chosen = coordinated(s, text, blocked, person, choose(proposals(s, text, blocked, person)));
            for (Proposal p : chosen) {
                if (p.kind().equals(PlaceMention.LITERAL) && p.fixed() == null) {
                    known.add(Gazetteer.normalise(p.name()));
                }
            }
            bySentence.add(chosen);
        }
        // one sense per discourse: other proper-noun occurrences of names found
        if (!known.isEmpty()) {
            for (Sentence s : sentences) {
                List<Proposal> more = new ArrayList<>(bySentence.get(s.index()));
                boolean[] taken = blockedBySentence.get(s.index()).clone();
                for (Proposal p : more) {
                    for (int t = p.start(); t < p.end(); t++) {
                        taken[t] = true;
                    }
                }
                int before = more.size();
                sameNames(s, text, taken, known, more);
                if (more.size() > before) {
                    more.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
                    bySentence.set(s.index(), more);
                }
            }
        }
        List<Toponym> out = new ArrayList<>();
        for (Sentence s : sentences) {
            int first = out.size();
            for (Proposal p : bySentence.get(s.index())) {
                boolean definite = p.start() > 0 && s.token(p.start() - 1).lowerWord().equals("the")
                    && !(p.end() < s.size() && (s.token(p.end()).isNoun() || s.token(p.end()).isAdjective()));
                out.add(new Toponym(s.index(), p.start(), p.end(), new Span(p.begin(), p.stop()), p.name(), p.kind(),
                    p.rule(), p.state(), p.fixed(), p.cue() != null ? p.cue() : cue(s.tokens(), p.start(), p.end()),
                    p.cue() != null ? null : divisionWord(s.tokens(), p.start(), p.end()), -1,
                    definite, -1));
            }
            link(s, out, first);
        }
        return out;
    }

    /** Tokens that cannot be part of a place name: people, named groups, international bodies, dates and numbers. */
    private static boolean[] blocked(Sentence s, List<Mention> actors) {
        List<Token> ts = s.tokens();
        boolean[] blocked = new boolean[ts.size()];
        for (Mention m : actors) {
            Actor.Kind k = m.actor().kind();
            // a person coreference found by a pronoun or description is no name; a surname it linked is one
            boolean named = !m.resolvedBy().equals("coreference") || m.head() < ts.size() && ts.get(m.head()).isProperNoun();
            if (k == Actor.Kind.PERSON && named) {
                // the name, not the titles before it: "Russian President Vladimir Putin" keeps "Russian"
                for (int t = m.start(); t < m.end() && t < blocked.length; t++) {
                    if (t == m.head() || ts.get(t).ner().equals("PERSON")) {
                        blocked[t] = true;
                    }
                }
            } else if ((k == Actor.Kind.IGO || k == Actor.Kind.NGO || k == Actor.Kind.GROUP) && !m.resolvedBy().startsWith("sector")) {
                // (a body known only by its name's make-up, "Minnesota Medical Association", keeps its places)
                for (int t = m.start(); t < m.end() && t < blocked.length; t++) {
                    if (t > m.head() && t > m.start() && IN_PLACE.contains(ts.get(t - 1).word())
                        && !ts.get(t).ner().equals("ORGANIZATION")) {
                        break; // where the group's people are is a place: "Hamas fighters in Gaza"
                    }
                    blocked[t] = true;
                }
            }
        }
        for (int i = 0; i < ts.size(); i++) {
            String ner = ts.get(i).ner();
            if (ner.equals("PERSON") || ner.equals("DATE") || ner.equals("TIME") || ner.equals("MONEY")
                || ner.equals("PERCENT") || ner.equals("DURATION") || ner.equals("SET")) {
                blocked[i] = true;
            }
        }
        return blocked;
    }

    /**
     * Tokens blocked only as (part of) a person's name, by CoreNLP or a person actor: the blocks that a place
     * cue around a name can lift. Organisations, groups, dates and numbers stay blocked.
     */
    private static boolean[] personTokens(Sentence s, List<Mention> actors) {
        List<Token> ts = s.tokens();
        boolean[] person = new boolean[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            person[i] = ts.get(i).ner().equals("PERSON");
        }
        for (Mention m : actors) {
            if (m.actor().kind() == Actor.Kind.PERSON && m.head() >= 0 && m.head() < person.length
                && ts.get(m.head()).isProperNoun()) {
                person[m.head()] = true;
            }
        }
        for (Mention m : actors) {
            Actor.Kind k = m.actor().kind();
            if ((k == Actor.Kind.IGO || k == Actor.Kind.NGO || k == Actor.Kind.GROUP) && !m.resolvedBy().startsWith("sector")) {
                for (int t = m.start(); t < m.end() && t < person.length; t++) {
                    person[t] = false;
                }
            }
        }
        return person;
    }

    /** Prepositions after which a lone name CoreNLP took for a person is a place: "protesters in Hama". */
    private static final Set<String> IN_PLACE = Set.of("in", "near", "at", "outside", "inside", "around", "into", "across");

    /**
     * Verbs of taking, holding, attacking or entering ground, whose object is a place far more often than a
     * person: "captured Raqqa", "shelled Homs", "entered Jarablus", "fled Mosul". (Lemmas; "capture" and "seize" also take
     * people, but a person's one-word name that is also a town of 20,000 is rare.)
     */
    static final Set<String> PLACE_VERBS = Set.of("capture", "recapture", "seize", "retake", "overrun", "storm",
        "besiege", "shell", "bomb", "bombard", "enter", "liberate", "encircle", "occupy", "evacuate", "invade",
        "annex", "blockade", "surround", "reach", "flee");

    /** Whether the word before token {@code i} is a verb of {@link #PLACE_VERBS}: "captured Kobani". */
    static boolean afterPlaceVerb(List<Token> ts, int i) {
        return i > 0 && ts.get(i - 1).isVerb() && PLACE_VERBS.contains(ts.get(i - 1).key());
    }

    /**
     * Nouns of people before "from" that make what follows their home, not a sender: "a woman from Cairns",
     * "officers from Verulam" (but "a letter from Kidal"); and after "a" or a number before them, a town's name
     * is where they live: "a Cottage Grove woman", "two Fargo men".
     */
    static final Set<String> PERSON_NOUNS = Set.of("man", "men", "woman", "women", "boy", "boys", "girl", "girls",
        "teen", "teens", "teenager", "teenagers", "youth", "couple", "resident", "residents", "native", "motorist",
        "motorists", "driver", "drivers", "student", "students", "people", "officers", "workers", "farmers",
        "traders", "pilgrims", "tourists", "visitors", "businessman", "businesswoman", "mother", "father",
        "veteran", "soldier", "soldiers", "family", "families", "volunteers", "firefighters", "delegates");

    /**
     * CoreNLP takes some towns for people ("in Hama", "residents of Dickinson", "a woman from Cairns"). The one
     * rule for them, used both before the actor stage ({@link #retagPlacesTakenForPeople}) and in the place
     * stage (on the tokens CoreNLP or a person actor marked as a person): a one-word proper noun, with no
     * person's name on either side, is a place when the words around it say so ({@link #placeCue}) and the
     * gazetteer knows it as a country or division, or as a town at least as large as the cue asks for (by its
     * own name, or by any of its names from 20,000 people: "captured Raqqa", "in Kobani"). A whole run of two
     * or three such words is one too where the words before or after it mark a place and a town of 20,000 has
     * it as a name ("seized Jisr al-Shughour", "in Khan Sheikhoun"): a person's full name is seldom a town's.
     *
     * @param person per token, whether it is (part of) a person's name
     * @return the end (exclusive) of the name taken for a person's that starts at token {@code i}, or -1
     */
    private int placeTakenForPerson(Sentence s, String text, int i, boolean[] person) {
        List<Token> ts = s.tokens();
        if (!ts.get(i).isProperNoun() || i > 0 && person[i - 1]) {
            return -1;
        }
        int j = i + 1;
        while (j < ts.size() && person[j] && (ts.get(j).isProperNoun() || articled(ts.get(j)))) {
            j++;
        }
        if (j < ts.size() && person[j] || j - i > 3) {
            return -1;
        }
        long least = placeCue(ts, i, j);
        if (least < 0 || j - i > 1 && least < 20_000) {
            return -1;
        }
        String name = text.substring(ts.get(i).begin(), ts.get(j - 1).end());
        boolean place = strongName(name) || town(name) >= Math.max(least, j - i > 1 ? 20_000 : 0)
            || townByAnyName(name) >= Math.max(least, 20_000);
        return place ? j : -1;
    }

    /**
     * The least population a town needs to be a place at token {@code i} by the words around it, or -1 where
     * they do not mark a place. After "in", "near", "at"... or a verb of taking ground ("captured Raqqa"), or
     * before "police", "mayor"...: 20,000 ("confidence in Johnson", "Johnson police" are rarer with towns that
     * large). After "of" following a noun of places ("residents of", "north of"), after "from" following a
     * noun of people ("a woman from Cairns"), or between "a" and a noun of people ("a Katherine man"): 1,000.
     */
    private static long placeCue(List<Token> ts, int i, int j) {
        String before = i > 0 ? ts.get(i - 1).lowerWord() : "";
        String noun = i > 1 ? ts.get(i - 2).lowerWord() : "";
        String after = j < ts.size() ? ts.get(j).lowerWord() : "";
        boolean home = (before.equals("a") || before.equals("an")) && PERSON_NOUNS.contains(after)
            && !after.startsWith("famil");
        if (before.equals("of") && OF_NOUNS.contains(noun) || before.equals("from") && PERSON_NOUNS.contains(noun)
            || home) {
            return 1_000;
        }
        if (IN_PLACE.contains(before) || LOCAL_BODIES.contains(after) || afterPlaceVerb(ts, i)) {
            return 20_000;
        }
        return -1;
    }

    /** Connectors inside a place's own name after which CoreNLP may take the rest for a person: "Newcastle upon Tyne". */
    private static final Set<String> NAME_GOING_ON = Set.of("upon", "on", "am", "an", "der", "sur", "de", "del", "da",
        "do", "du", "des", "la", "le");

    /**
     * The end (exclusive) of the rest of a place's name that CoreNLP took for a person's after a connector, or
     * -1: "Stratford upon Avon", "Newcastle upon Tyne", "Kingston upon Hull", "Frankfurt am Main", "Rostov on Don",
     * where the first part is a location and the person part (one or two proper nouns, ending the run of capitalised
     * words) completes the own name of a town, division or country the gazetteer knows, or any name of a town of
     * 20,000 ("Rostov on Don" for Rostov-na-Donu). A person's name
     * hardly ever follows a place and "upon" or "am".
     */
    private int nameGoingOn(Sentence s, String text, int i, boolean[] person) {
        List<Token> ts = s.tokens();
        if (i < 2 || !ts.get(i).isProperNoun() || !NAME_GOING_ON.contains(ts.get(i - 1).word())
            || !ts.get(i - 2).ner().equals("LOCATION") || !capitalised(ts.get(i - 2))) {
            return -1;
        }
        int b = locationStart(ts, i - 2);
        int j = i + 1;
        while (j < ts.size() && j < i + 2 && person[j] && ts.get(j).isProperNoun()) {
            j++;
        }
        if (j < ts.size() && capitalised(ts.get(j))) {
            return -1;
        }
        String name = text.substring(ts.get(b).begin(), ts.get(j - 1).end());
        return strongName(name) || town(name) >= 1_000 || townByAnyName(name) >= 20_000 ? j : -1;
    }

    /** The first token of the run of capitalised LOCATION tokens that ends at token {@code last}. */
    private static int locationStart(List<Token> ts, int last) {
        int b = last;
        while (b > 0 && ts.get(b - 1).ner().equals("LOCATION") && capitalised(ts.get(b - 1))) {
            b--;
        }
        return b;
    }

    /** Lifts the person blocks of the places CoreNLP took for people (see {@link #placeTakenForPerson}). */
    private void unblockPlacesTakenForPeople(Sentence s, String text, boolean[] blocked, boolean[] person) {
        for (int i = 0; i < s.size(); i++) {
            int end = blocked[i] && person[i] ? placeTakenForPerson(s, text, i, person) : -1;
            for (int k = i; k < end; k++) {
                blocked[k] = false;
            }
        }
    }

    /**
     * The population of the largest populated place known by this name, its own or an alternate one ("Raqqa"
     * for Ar Raqqah, "Kobani" for 'Ayn al 'Arab), or -1; for names the words around them already mark as places.
     */
    private long townByAnyName(String name) {
        String key = Gazetteer.normalise(name);
        if (COMPASS.contains(key) || GENERIC.contains(key) || name.length() < 4) {
            return -1;
        }
        long best = -1;
        for (GazetteerEntry e : gazetteer.lookup(name)) {
            if (e.isPopulatedPlace()) {
                best = Math.max(best, e.population());
            }
        }
        return best;
    }

    /**
     * The sentence with the places CoreNLP took for people ("residents of Homs", "captured Raqqa") tagged
     * LOCATION, tokens and entity mentions alike, so that the actor stage makes no unknown person of them; also
     * the towns it left untagged after a verb of taking ground ("seized Manbij"), so that the event stage knows
     * the object for a place. The sentence itself when there are none.
     */
    public Sentence retagPlacesTakenForPeople(Sentence s, String text) {
        boolean[] person = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            person[i] = s.token(i).ner().equals("PERSON");
        }
        List<Token> ts = null;
        List<int[]> joined = new ArrayList<>(); // [start, end) of names joined across a connector: one location each
        for (int i = 0; i < s.size(); i++) {
            String ner = s.token(i).ner();
            boolean candidate = ner.equals("PERSON") || ner.equals("O") && afterPlaceVerb(s.tokens(), i);
            int end = candidate ? placeTakenForPerson(s, text, i, person) : -1;
            int from = i;
            if (ner.equals("PERSON") && end < 0) {
                end = nameGoingOn(s, text, i, person);
                if (end > 0) {
                    from = i - 1; // the connector too
                    joined.add(new int[] {locationStart(s.tokens(), i - 2), end});
                }
            }
            for (int k = from; k < end; k++) {
                if (ts == null) {
                    ts = new ArrayList<>(s.tokens());
                }
                Token t = s.token(k);
                ts.set(k, new Token(t.index(), t.word(), t.lemma(), t.tag(), "LOCATION", t.normalized(), t.begin(), t.end()));
            }
            i = Math.max(i, end - 1);
        }
        if (ts == null) {
            return s;
        }
        List<EntityMention> entities = new ArrayList<>(s.entities().size() + 1);
        boolean[] inEntity = new boolean[ts.size()];
        for (int[] j : joined) {
            entities.add(new EntityMention(j[0], j[1], "LOCATION", null, ts.get(j[0]).begin(), ts.get(j[1] - 1).end()));
            for (int k = j[0]; k < j[1]; k++) {
                inEntity[k] = true;
            }
        }
        for (EntityMention e : s.entities()) {
            if (inEntity[e.startToken()]) {
                continue; // a part of a joined name
            }
            boolean retagged = e.type().equals("PERSON") && e.endToken() <= ts.size();
            for (int k = e.startToken(); k < e.endToken() && retagged; k++) {
                retagged = ts.get(k).ner().equals("LOCATION");
            }
            entities.add(retagged ? new EntityMention(e.startToken(), e.endToken(), "LOCATION", e.normalized(),
                e.begin(), e.end()) : e);
            for (int k = e.startToken(); k < e.endToken() && k < inEntity.length; k++) {
                inEntity[k] = true;
            }
        }
        for (Token t : ts) {
            if (!inEntity[t.index()] && t.ner().equals("LOCATION") && !s.token(t.index()).ner().equals("LOCATION")) {
                entities.add(new EntityMention(t.index(), t.index() + 1, "LOCATION", null, t.begin(), t.end()));
            }
        }
        entities.sort((a, b) -> Integer.compare(a.startToken(), b.startToken()));
        return new Sentence(s.index(), s.begin(), s.end(), ts, entities, s.graph());
    }

    /** Local bodies a town's name goes before: "Darwin police", "Lincoln Mayor"; a person's name seldom does. */
    private static final Set<String> LOCAL_BODIES = Set.of("police", "sheriff", "sheriff's", "mayor", "council",
        "firefighters", "residents");

    /** Words that join the names of a list: "in Clinton and Ridgeland", "Peoria, Decatur and Champaign". */
    private static final Set<String> JOINERS = Set.of("and", "or", ",", "&");

    /**
     * The names joined to a place by "and", "or" or the commas of a list are places of that kind too, even where
     * CoreNLP took them for people: "workers in South Portland and Westbrook", "Beaumont and Port Arthur braced",
     * "Peoria, Decatur and Champaign". A joined name must be the whole run of capitalised words, the gazetteer's
     * own name of a town, division or country, and, if taken for a person, joined to a town or division (not to
     * a country: "Iran and Rouhani"). Repeats until no name is added: lists are read in both directions.
     */
    private List<Proposal> coordinated(Sentence s, String text, boolean[] blocked, boolean[] person, List<Proposal> chosen) {
        List<Token> ts = s.tokens();
        List<Proposal> out = new ArrayList<>(chosen);
        boolean added = true;
        while (added) {
            added = false;
            for (Proposal p : List.copyOf(out)) {
                if (!p.kind().equals(PlaceMention.LITERAL)) {
                    continue;
                }
                boolean country = p.rule().equals("state");
                // to the right: "Westbrook" in "South Portland and Westbrook"
                int k = p.end();
                if (k + 1 < ts.size() && JOINERS.contains(ts.get(k).lowerWord())) {
                    int a = k + 1;
                    if (ts.get(k).word().equals(",") && JOINERS.contains(ts.get(a).lowerWord()) && a + 1 < ts.size()) {
                        a++; // the serial comma: ", and"
                    }
                    int b = a;
                    while (b < ts.size() && b - a < gazetteer.maxNameTokens() && joinable(ts.get(b), blocked[b], person[b])) {
                        b++;
                    }
                    boolean listGoesOn = !ts.get(k).word().equals(",")
                        || b < ts.size() && JOINERS.contains(ts.get(b).lowerWord());
                    if (b > a && listGoesOn && (b == ts.size() || !capitalised(ts.get(b)))
                        && addJoined(s, text, a, b, blocked, person, country, out)) {
                        added = true;
                    }
                }
                // to the left: "Clinton" in "Clinton and Ridgeland"
                k = p.start() - 1;
                if (k > 0 && JOINERS.contains(ts.get(k).lowerWord())) {
                    int b = k;
                    if (ts.get(k).lowerWord().equals("and") || ts.get(k).lowerWord().equals("or")) {
                        if (b > 0 && ts.get(b - 1).word().equals(",")) {
                            b--;
                        }
                    }
                    int a = b;
                    while (a > 0 && b - a < gazetteer.maxNameTokens() && joinable(ts.get(a - 1), blocked[a - 1], person[a - 1])) {
                        a--;
                    }
                    boolean listGoesOn = !ts.get(k).word().equals(",")
                        || p.end() < ts.size() && JOINERS.contains(ts.get(p.end()).lowerWord());
                    if (a < b && listGoesOn && (a == 0 || !capitalised(ts.get(a - 1)) || isSentenceMark(ts.get(a - 1)))
                        && addJoined(s, text, a, b, blocked, person, country, out)) {
                        added = true;
                    }
                }
            }
        }
        if (out.size() > chosen.size()) {
            out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        }
        return out;
    }

    private static boolean isSentenceMark(Token t) {
        return !Character.isLetterOrDigit(t.word().codePointAt(0));
    }

    private static boolean joinable(Token t, boolean blocked, boolean person) {
        return capitalised(t) && (t.isProperNoun() || t.tag().equals("NN") || t.tag().equals("NNS"))
            && (!blocked || person);
    }

    private boolean addJoined(Sentence s, String text, int a, int b, boolean[] blocked, boolean[] person,
                              boolean joinedToCountry, List<Proposal> out) {
        List<Token> ts = s.tokens();
        int begin = ts.get(a).begin();
        int stop = ts.get(b - 1).end();
        for (Proposal q : out) {
            if (begin < q.stop() && q.begin() < stop) {
                return false;
            }
        }
        boolean takenForPerson = false;
        for (int t = a; t < b; t++) {
            takenForPerson |= blocked[t];
        }
        if (takenForPerson && joinedToCountry) {
            return false;
        }
        EntityMention org = entityAt(s, a, "ORGANIZATION");
        if (org != null && (org.startToken() < a || org.endToken() > b)) {
            return false; // part of a longer organisation's name: "Law and Justice"
        }
        String name = text.substring(begin, stop);
        if (!gazetteer.isName(name) || name.equals(name.toUpperCase(Locale.ROOT)) && b - a == 1
            || inMediaOrBusiness(s, a, b) || !(strongName(name) || town(name) >= 0)) {
            return false;
        }
        out.add(proposal(ts, text, a, b, PlaceMention.LITERAL, "list", null, null));
        return true;
    }

    private List<Proposal> proposals(Sentence s, String text, boolean[] blocked, boolean[] person) {
        List<Token> ts = s.tokens();
        List<Proposal> out = new ArrayList<>();
        for (NameIndex.Match<String[]> m : states.find(ts)) {
            String[] v = m.values().get(0);
            if (free(blocked, m.start(), m.end()) && stateMention(s, m.start(), m.end(), v[1])) {
                out.add(proposal(ts, text, m.start(), m.end(), v[1], "state", v[0], null));
            }
        }
        // per token, the NER location span around it: [start, end), or -1
        int[][] location = new int[ts.size()][];
        for (EntityMention e : s.entities()) {
            if (e.type().equals("LOCATION") || e.type().equals("CITY") || e.type().equals("STATE_OR_PROVINCE")
                || e.type().equals("COUNTRY")) {
                int start = e.startToken();
                int end = e.endToken();
                if (start < end - 1 && ts.get(start).lowerWord().equals("the")) {
                    start++;
                }
                for (int t = start; t < end; t++) {
                    location[t] = new int[] {start, end};
                }
                if (!free(blocked, start, end) || inMediaOrBusiness(s, start, end) || road(ts, start, end)
                    || inWaterName(ts, start, end)) {
                    continue;
                }
                String name = text.substring(ts.get(start).begin(), ts.get(end - 1).end());
                if (inLandformName(ts, start, end, name)) {
                    continue;
                }
                boolean afterThe = start > 0 && ts.get(start - 1).lowerWord().equals("the");
                if (GENERIC.contains(Gazetteer.normalise(name))) {
                    continue;
                }
                if (gazetteer.isName(name) || afterThe && gazetteer.isName("the " + name)) {
                    out.add(proposal(ts, text, start, end, PlaceMention.LITERAL, "ner", null, null));
                } else if (end - start >= 2 && ts.get(end - 1).word().equals("City")) {
                    // "Quebec City", "Kuwait City": the town of that name
                    String town = text.substring(ts.get(start).begin(), ts.get(end - 2).end());
                    if (gazetteer.isName(town)) {
                        Proposal p = proposal(ts, text, start, end, PlaceMention.LITERAL, "ner", null, null);
                        out.add(new Proposal(start, end, p.begin(), p.stop(), town, p.kind(), p.rule(), null, null,
                            Toponym.Cue.TOWN));
                    }
                }
            }
        }
        scan(s, text, blocked, location, out);
        abbreviations(s, text, blocked, out);
        countyLists(s, text, blocked, person, out);
        return out;
    }

    /**
     * Whether a state's name or adjective at tokens [i, j) refers to the state: a name not in the middle of an
     * organisation's name ("United Russia Party"), only at its start, its end or after its "of"; not a media
     * or business name ("China Daily"); not "Native American".
     */
    private static boolean stateMention(Sentence s, int i, int j, String kind) {
        List<Token> ts = s.tokens();
        if (inMediaOrBusiness(s, i, j) && kind.equals(PlaceMention.LITERAL)) {
            return false;
        }
        if (i > 0 && ts.get(i - 1).lowerWord().equals("native")) {
            return false;
        }
        if (road(ts, i, j) || inWaterName(ts, i, j) || landformAround(ts, i, j)) {
            return false;
        }
        EntityMention org = entityAt(s, i, "ORGANIZATION");
        if (org == null || kind.equals(PlaceMention.ADJECTIVAL)) {
            return true;
        }
        boolean atStart = org.startToken() == i;
        boolean atEnd = org.endToken() == j; // a national branch: "Environment Canada", "Costco Canada"
        boolean afterOf = i > 0 && ts.get(i - 1).lowerWord().equals("of");
        return atStart || atEnd || afterOf;
    }

    /** Words that make a state's name part of the name of a body of water: "the Sea of Japan", "the South China Sea". */
    private static final Set<String> WATER_WORDS = Set.of("Sea", "Ocean", "Strait", "Straits", "Gulf", "Bay", "Channel");

    /** Whether tokens [i, j) are a state's name inside the name of a sea, gulf or strait, not the state itself. */
    private static boolean inWaterName(List<Token> ts, int i, int j) {
        return j < ts.size() && WATER_WORDS.contains(ts.get(j).word())
            || i >= 2 && ts.get(i - 1).word().equals("of") && WATER_WORDS.contains(ts.get(i - 2).word());
    }

    /**
     * Capitalised words of rivers, lakes and landforms that, after a name, make the name of another place:
     * "the Congo River", "the Niger Delta", "the Jordan Valley" (GeoNames' classes H and T, which the
     * gazetteer does not hold).
     */
    private static final Set<String> LANDFORM_WORDS = Set.of("River", "Delta", "Valley", "Basin", "Peninsula",
        "Mountains", "Mountain", "Desert", "Plateau", "Highlands", "Lake", "Lakes", "Falls", "Rift");
    /** Capitalised words of the same kind that go before the name: "Lake Chad", "Mount Lebanon". */
    private static final Set<String> LANDFORM_BEFORE = Set.of("Lake", "Mount", "Mt.", "Mt");

    /**
     * Whether tokens [i, j) are a state's name inside the name of a river, lake or landform: such a feature lies
     * along or across several states ("Lake Chad" touches four), or in another one than its name says ("the Niger
     * Delta" is in Nigeria, "the Jordan Valley" mostly in the West Bank), so the name is no mention of the state.
     * A division's or town's name keeps its place ("the Bekaa Valley" lies in the Bekaa, "the Sacramento River"
     * by Sacramento).
     */
    private boolean inLandformName(List<Token> ts, int i, int j, String name) {
        return landformAround(ts, i, j) && namesState(name);
    }

    /** Whether a river, lake or landform word follows or precedes tokens [i, j). */
    private static boolean landformAround(List<Token> ts, int i, int j) {
        return j < ts.size() && LANDFORM_WORDS.contains(ts.get(j).word())
            || i > 0 && LANDFORM_BEFORE.contains(ts.get(i - 1).word());
    }

    /** Whether the name is a country's name or alias in the gazetteer or the actor knowledge. */
    private boolean namesState(String name) {
        for (GazetteerEntry e : gazetteer.lookup(name)) {
            if (e.isCountry()) {
                return true;
            }
        }
        return stateWords.containsKey(name);
    }

    private static final Set<String> HIGHWAY_WORDS = Set.of("highway", "route", "hwy", "hwy.", "rte", "rte.");

    /** Whether tokens [i, j) are the prefix of a road's name: "U.S. 61", "U.S. Highway 61", "US Route 1". */
    private static boolean road(List<Token> ts, int i, int j) {
        String w = ts.get(i).word();
        return j - i == 1 && w.length() <= 4 && j < ts.size() && w.equals(w.toUpperCase(Locale.ROOT))
            && (ts.get(j).tag().equals("CD") || HIGHWAY_WORDS.contains(ts.get(j).lowerWord()));
    }

    private static Proposal proposal(List<Token> ts, String text, int start, int end, String kind, String rule,
                                     String state, GazetteerEntry fixed) {
        int begin = ts.get(start).begin();
        int stop = ts.get(end - 1).end();
        return new Proposal(start, end, begin, stop, text.substring(begin, stop), kind, rule, state, fixed, null);
    }

    /** Capitalised proper-noun spans the gazetteer knows, judged by the words around them. */
    private void scan(Sentence s, String text, boolean[] blocked, int[][] location, List<Proposal> out) {
        List<Token> ts = s.tokens();
        int max = gazetteer.maxNameTokens();
        for (int i = 0; i < ts.size(); i++) {
            if (!blocked[i] && ts.get(i).word().indexOf('-') > 0) {
                hyphenated(s, text, i, location, out);
            }
            if (blocked[i] || !nameStart(ts.get(i), location[i] != null)) {
                continue;
            }
            int limit = i;
            while (limit < ts.size() && limit < i + max && !blocked[limit]
                && (nameWord(ts.get(limit), location[limit] != null)
                    || limit > i && CONNECTORS.contains(ts.get(limit).word()))) {
                limit++;
            }
            for (int j = limit; j > i; j--) {
                if (!nameWord(ts.get(j - 1), location[j - 1] != null)) {
                    continue;
                }
                String name = text.substring(ts.get(i).begin(), ts.get(j - 1).end());
                if (!gazetteer.isName(name)) {
                    continue;
                }
                if (!inMediaOrBusiness(s, i, j) && accept(s, i, j, name, location)) {
                    out.add(proposal(ts, text, i, j, PlaceMention.LITERAL, "gazetteer", null, null));
                    break;
                }
            }
        }
    }

    /**
     * The parts of one hyphenated token that name places or states: "Fargo-Moorhead", "Egyptian-US relations",
     * "U.S.-led", "Canada-wide".
     */
    private void hyphenated(Sentence s, String text, int i, int[][] location, List<Proposal> out) {
        Token t = s.token(i);
        String w = text.substring(t.begin(), t.end());
        if (w.indexOf('-') <= 0 || gazetteer.isName(w) || states.longestAt(List.of(t), NameIndex.keys(List.of(t)), 0) != null) {
            return;
        }
        int from = 0;
        while (from <= w.length()) {
            int dash = w.indexOf('-', from);
            int to = dash < 0 ? w.length() : dash;
            String part = w.substring(from, to);
            String[] state = stateWords.get(part);
            if (state != null) {
                out.add(new Proposal(i, i + 1, t.begin() + from, t.begin() + to, part, state[1], "state", state[0],
                    null, null));
            } else if (part.length() >= 3 && Character.isUpperCase(part.charAt(0)) && gazetteer.isName(part)
                && (location[i] != null || strongName(part) || town(part) >= LARGE_TOWN)) {
                out.add(new Proposal(i, i + 1, t.begin() + from, t.begin() + to, part, PlaceMention.LITERAL,
                    "gazetteer", null, null, null));
            }
            if (dash < 0) {
                break;
            }
            from = dash + 1;
        }
    }

    private static boolean nameStart(Token t, boolean location) {
        return t.isCapitalized() && (t.isProperNoun() || location) && t.word().length() >= 2;
    }

    private static boolean nameWord(Token t, boolean location) {
        return t.isCapitalized() && (t.isProperNoun() || location || t.tag().equals("NN") || t.tag().equals("NNS")
            || t.tag().equals("JJ")) || articled(t);
    }

    /**
     * The lower-case Arabic article (al-, el-, ez-, ash-...) or "bin", "ibn" joined by a hyphen to a capitalised
     * word: a word inside a transliterated name ("Deir ez-Zor", "Sharm el-Sheikh", "Ras al-Ain").
     */
    private static final java.util.regex.Pattern ARTICLED = java.util.regex.Pattern.compile(
        "(?:al|el|ul|as|ash|es|ad|ed|ar|er|an|en|at|et|az|ez|bin|ibn|bani|beni)-\\p{Lu}\\p{L}+");

    private static boolean articled(Token t) {
        return ARTICLED.matcher(t.word()).matches();
    }

    /** Whether a gazetteer name the scan found at tokens [i, j) is a place mention here. */
    private boolean accept(Sentence s, int i, int j, String name, int[][] location) {
        List<Token> ts = s.tokens();
        if (inWaterName(ts, i, j) || inLandformName(ts, i, j, name)) {
            return false;
        }
        if (j - i == 1 && (name.length() < 3 || name.equals(name.toUpperCase(Locale.ROOT)) && name.length() <= 4)) {
            return false; // acronyms: "US" and "UK" come from the actor knowledge, others are rarely places
        }
        if (location[i] != null) {
            // inside a longer NER location the gazetteer does not know: "South Arlington" holds Arlington,
            // and "Sindh province" Sindh (a division or town word after it, in lower case), but "Meadow Grove",
            // "Elbow Lake" and "Tennessee Colony" hold no Grove, Elbow or Colony
            int[] span = location[i];
            for (int t = span[0]; t < span[1]; t++) {
                String w = ts.get(t).word();
                boolean kindWord = t == j && t == span[1] - 1 && (DIVISION_CUES.contains(w) || TOWN_CUES.contains(w));
                if ((t < i || t >= j) && !kindWord && !COMPASS.contains(ts.get(t).lowerWord())
                    && !ts.get(t).lowerWord().equals("the")) {
                    return false;
                }
            }
            return strongName(name) || town(name) >= 0;
        }
        for (int t = i; t < j; t++) {
            Token k = ts.get(t);
            if (!(k.isProperNoun() || CONNECTORS.contains(k.word()) || t > i && articled(k))) {
                return false;
            }
        }
        boolean strong = strongName(name);
        long people = town(name);
        String before = i > 0 ? ts.get(i - 1).lowerWord() : "";
        String after = j < ts.size() ? ts.get(j).lowerWord() : "";
        boolean ofPlace = before.equals("of") && i > 1 && OF_NOUNS.contains(ts.get(i - 2).lowerWord());
        if (!strong && people < 0 && (LOCATIVE.contains(before) || ofPlace || afterPlaceVerb(ts, i))
            && townByAnyName(name) >= 20_000) {
            people = 0; // a town of 20,000 known by another of its names, where the words say it is a place:
                        // "the siege of Deir al-Zor", "in Raqqa" (its size does not count again below)
        }
        if (!strong && people < 0 || !standsAlone(s, i, j, strong)) {
            return false;
        }
        if (!strong && PLACE_HEADS.contains(Gazetteer.normalise(name)) && j < ts.size() && capitalised(ts.get(j))) {
            return false; // a word of institutions' names that a village has as its own: "the Supreme Court",
                          // "Superior Court", "General Hospital" (but "in Superior" is the town)
        }
        if (strong) {
            return true;
        }
        boolean comma = after.equals(",") && j + 1 < ts.size() && ts.get(j + 1).isCapitalized();
        boolean inOrg = entityAt(s, i, "ORGANIZATION") != null;
        boolean home = PERSON_NOUNS.contains(after) && !after.startsWith("famil")
            && (before.equals("a") || before.equals("an") || i > 0 && ts.get(i - 1).tag().equals("CD"));
        return LOCATIVE.contains(before) || ofPlace || home || afterPlaceVerb(ts, i) || PLACE_HEADS.contains(after) || TOWN_CUES.contains(after)
            || comma && qualifierAt(s, j + 1) || inOrg && people >= 1_000
            || people >= LARGE_TOWN && i > 0 && !before.equals("the");
    }

    /**
     * Whether the name is a country, division or region by its own name (not only an alternate one), and more
     * than a compass word ("West", "Central"). Names written in capitals ("ACT") match only in capitals.
     */
    private boolean strongName(String name) {
        String key = Gazetteer.normalise(name);
        if (COMPASS.contains(key) || GENERIC.contains(key)) {
            return false;
        }
        for (GazetteerEntry e : gazetteer.lookup(name)) {
            if ((e.isCountry() || e.isDivision() || e.isRegion()) && ownName(e, key, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The population of the largest populated place that has this as its own name (alternate names such as
     * "Road" for Rhode or "Deli" for Delhi do not count when NER did not find the name), or -1 if none.
     */
    private long town(String name) {
        String key = Gazetteer.normalise(name);
        if (COMPASS.contains(key) || GENERIC.contains(key)) {
            return -1;
        }
        long best = -1;
        for (GazetteerEntry e : gazetteer.lookup(name)) {
            if (e.isPopulatedPlace() && ownName(e, key, name)) {
                best = Math.max(best, e.population());
            }
        }
        return best;
    }

    private static boolean ownName(GazetteerEntry e, String key, String written) {
        if (!Gazetteer.isOwnName(e, key)) {
            return false;
        }
        String n = e.asciiName();
        boolean capitals = n.length() > 1 && n.equals(n.toUpperCase(Locale.ROOT)) && !n.equals(n.toLowerCase(Locale.ROOT));
        return !capitals || written.equals(written.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a name at tokens [i, j) stands as a place within its run of capitalised words: the whole run
     * ("Fargo"), its start before the name of a public body or office ("Fargo City Commissioner", "Kentucky
     * Department of Education", "Texas Southern University"), or its end after "of" ("University of
     * Kentucky"). Inside a run it is part of another name ("Dublin Road", "Glacier Ridge", "St. Cloud Hospital"
     * keeps "St. Cloud" but "Mound Interpretive Center" drops "Center").
     */
    private boolean standsAlone(Sentence s, int i, int j, boolean strong) {
        List<Token> ts = s.tokens();
        int cs = i;
        while (cs > 0 && (capitalised(ts.get(cs - 1))
            || cs > 1 && inNameConnector(ts.get(cs - 1)) && capitalised(ts.get(cs - 2)))) {
            cs--;
        }
        if (cs < i && cs == 0 && ts.get(0).tag().equals("DT")) {
            cs++; // "The Kerala State Disaster Management Authority", "A Cottage Grove woman" opening a sentence
        }
        int ce = j;
        while (ce < ts.size() && (capitalised(ts.get(ce))
            || ce + 1 < ts.size() && inNameConnector(ts.get(ce)) && capitalised(ts.get(ce + 1))
                && !CALENDAR.contains(ts.get(ce + 1).lowerWord()))) {
            ce++;
        }
        if (cs == i && ce == j) {
            // "St. Patrick's Day", "St. John's Lutheran School": a saint's possessive, not a place
            return !(j < ts.size() && ts.get(j).word().equals("'s") && (ts.get(i).lowerWord().startsWith("st")
                || ts.get(i).lowerWord().equals("saint")) && j + 1 < ts.size() && capitalised(ts.get(j + 1)));
        }
        if (inMediaOrBusiness(s, i, j)) {
            return false;
        }
        int start = cs;
        while (start < i && COMPASS.contains(ts.get(start).lowerWord())) {
            start++; // "Northeast Texas Community College", "East Texas"
        }
        if (start == i) {
            // a saint names the church, school or day after it: "St. James Youth Detention Center"
            boolean saint = ts.get(i).lowerWord().startsWith("st") && ts.get(i).word().endsWith(".")
                || ts.get(i).lowerWord().equals("saint");
            return !saint && (PLACE_HEADS.contains(ts.get(j).lowerWord()) || entityAt(s, i, "ORGANIZATION") != null);
        }
        return i - 1 > cs && ts.get(i - 1).word().equals("of") && (ce == j || strong);
    }

    /**
     * A lower-case word inside a run of capitalised words: "University of Kentucky", and "and", since "Law and
     * Justice" is one name (names joined by "and" in a list are found by {@link #coordinated}).
     */
    private static boolean inNameConnector(Token t) {
        return CONNECTORS.contains(t.word());
    }

    /** A capitalised word that can be part of a name (not a sentence mark). */
    private static boolean capitalised(Token t) {
        return t.isCapitalized() && Character.isLetter(t.word().codePointAt(0));
    }

    /** Whether tokens from {@code i} name a country or division: a qualifier after a comma. */
    private boolean qualifierAt(Sentence s, int i) {
        List<Token> ts = s.tokens();
        for (int j = Math.min(ts.size(), i + 3); j > i; j--) {
            String w = joined(ts, i, j);
            DivisionAbbreviations.Abbreviation a = abbreviations.find(w);
            if (a != null) {
                return true;
            }
            if (j - i == 1 && postalCode(ts.get(i).word())) {
                return true;
            }
            if (strongName(w) && ts.get(j - 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private boolean postalCode(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))
            && gazetteer.admin1("USA", w) != null;
    }

    private static String joined(List<Token> ts, int i, int j) {
        StringBuilder b = new StringBuilder();
        for (int t = i; t < j; t++) {
            b.append(ts.get(t).word());
        }
        return b.toString();
    }

    private static EntityMention entityAt(Sentence s, int token, String type) {
        for (EntityMention e : s.entities()) {
            if (e.type().equals(type) && e.startToken() <= token && token < e.endToken()) {
                return e;
            }
        }
        return null;
    }

    /** Whether tokens [i, j) lie in an organisation name of a newspaper, broadcaster or business. */
    private static boolean inMediaOrBusiness(Sentence s, int i, int j) {
        List<Token> ts = s.tokens();
        EntityMention org = entityAt(s, i, "ORGANIZATION");
        int from = org != null ? org.startToken() : i;
        int to = org != null ? Math.max(org.endToken(), j) : j;
        // the word right after the name counts too: NER often leaves "Post" or "Inc." out of the organisation
        to = Math.min(ts.size(), to + 1);
        for (int t = from; t < to; t++) {
            if (t >= j || t < i) {
                Token k = ts.get(t);
                boolean agency = (k.lowerWord().equals("news") || k.lowerWord().equals("press")) && t + 1 < ts.size()
                    && ts.get(t + 1).lowerWord().equals("agency"); // a state's agency: "Kuwait News Agency"
                if (k.isCapitalized() && MEDIA_OR_BUSINESS.contains(k.lowerWord()) && !agency) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Ky.", "W. Va.", and after "Place," also "La." and postal codes ("TX"). */
    private void abbreviations(Sentence s, String text, boolean[] blocked, List<Proposal> out) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (blocked[i] || !ts.get(i).isCapitalized()) {
                continue;
            }
            boolean afterPlace = i >= 2 && ts.get(i - 1).word().equals(",") && ts.get(i - 2).isCapitalized();
            for (int j = Math.min(ts.size(), i + 3); j > i; j--) {
                DivisionAbbreviations.Abbreviation a = abbreviations.find(joined(ts, i, j));
                if (a != null && (a.standalone() || afterPlace)) {
                    out.add(proposal(ts, text, i, j, PlaceMention.LITERAL, "abbreviation", null, a.division()));
                    i = j - 1;
                    break;
                }
            }
            if (afterPlace && postalCode(ts.get(i).word())) {
                out.add(proposal(ts, text, i, i + 1, PlaceMention.LITERAL, "postal-code", null,
                    gazetteer.admin1("USA", ts.get(i).word())));
            }
        }
    }

    /**
     * "Eastland and Callahan counties", "Kanawha, Putnam and Cabell counties": each name as "X County", also
     * where CoreNLP took it for a person ("Pike, Floyd and Harlan counties").
     */
    private void countyLists(Sentence s, String text, boolean[] blocked, boolean[] person, List<Proposal> out) {
        List<Token> ts = s.tokens();
        for (int k = 1; k < ts.size(); k++) {
            String w = ts.get(k).lowerWord();
            String suffix = w.equals("counties") ? " County" : w.equals("parishes") ? " Parish" : null;
            if (suffix == null) {
                continue;
            }
            int end = k;
            while (end > 0) {
                int start = end;
                while (start > 0 && ts.get(start - 1).isCapitalized() && (!blocked[start - 1] || person[start - 1])) {
                    start--;
                }
                if (start == end) {
                    break;
                }
                String name = text.substring(ts.get(start).begin(), ts.get(end - 1).end());
                if (gazetteer.isName(name + suffix)) {
                    Proposal p = proposal(ts, text, start, end, PlaceMention.LITERAL, "county-list", null, null);
                    out.add(new Proposal(p.start(), p.end(), p.begin(), p.stop(), name + suffix, p.kind(), p.rule(),
                        null, null, Toponym.Cue.DIVISION));
                }
                String sep = start > 0 ? ts.get(start - 1).lowerWord() : "";
                if (!sep.equals(",") && !sep.equals("and") && !sep.equals("&")) {
                    break;
                }
                end = start - 1;
                if (end > 0 && ts.get(end - 1).word().equals(",")) {
                    end--; // the serial comma in "A, B, and C counties"
                }
            }
        }
    }

    /** Other proper-noun occurrences of names already found in the article. */
    private void sameNames(Sentence s, String text, boolean[] taken, Set<String> known, List<Proposal> out) {
        List<Token> ts = s.tokens();
        int max = gazetteer.maxNameTokens();
        for (int i = 0; i < ts.size(); i++) {
            if (taken[i] || !ts.get(i).isCapitalized() || !(ts.get(i).isProperNoun() || ts.get(i).ner().equals("LOCATION"))) {
                continue;
            }
            for (int j = Math.min(ts.size(), i + max); j > i; j--) {
                if (!free(taken, i, j) || !ts.get(j - 1).isCapitalized()) {
                    continue;
                }
                String name = text.substring(ts.get(i).begin(), ts.get(j - 1).end());
                if (known.contains(Gazetteer.normalise(name)) && !inMediaOrBusiness(s, i, j)
                    && standsAlone(s, i, j, false)) {
                    out.add(proposal(ts, text, i, j, PlaceMention.LITERAL, "same-name", null, null));
                    for (int t = i; t < j; t++) {
                        taken[t] = true;
                    }
                    i = j - 1;
                    break;
                }
            }
        }
    }

    /** Non-overlapping proposals: longest first, then in order of source; returned in text order. */
    private static List<Proposal> choose(List<Proposal> all) {
        List<Proposal> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length())
            : Integer.compare(rank(a.rule()), rank(b.rule())));
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : sorted) {
            boolean overlaps = false;
            for (Proposal q : out) {
                if (p.begin() < q.stop() && q.begin() < p.stop()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                out.add(p);
            }
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    private static int rank(String rule) {
        return switch (rule) {
            case "abbreviation", "postal-code" -> 0;
            case "state" -> 1;
            case "county-list" -> 2; // "Sangamon and Macon counties": Macon County, not the town NER found
            case "ner" -> 3;
            default -> 4;
        };
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** Sets the qualifier of each toponym of a sentence followed by ", Country" or ", Division". */
    private void link(Sentence s, List<Toponym> all, int first) {
        for (int k = first; k + 1 < all.size(); k++) {
            Toponym a = all.get(k);
            Toponym b = all.get(k + 1);
            if (b.start() == a.end() + 1 && s.token(a.end()).word().equals(",") && isQualifier(b)) {
                all.set(k, a.withQualifier(k + 1));
            } else if (b.start() == a.end() + 1 && s.token(a.end()).word().equals("(") && isQualifier(b)) {
                all.set(k, a.withQualifier(k + 1));
            }
        }
        // lists: "Ontario and Quebec", "Ontario, Quebec and Manitoba"; also "Atlanta, Georgia", where the list
        // reading changes nothing (the resolver takes a level only from a country's or division's name)
        for (int k = first; k + 1 < all.size(); k++) {
            Toponym a = all.get(k);
            Toponym b = all.get(k + 1);
            if (!a.kind().equals(PlaceMention.LITERAL) || !b.kind().equals(PlaceMention.LITERAL)
                || b.start() <= a.end() || b.start() - a.end() > 2) {
                continue;
            }
            boolean joined = true;
            for (int t = a.end(); t < b.start(); t++) {
                joined &= LIST_JOINS.contains(s.token(t).lowerWord());
            }
            if (joined) {
                all.set(k + 1, b.withCoordinate(k));
                if (a.coordinate() < 0) {
                    all.set(k, a.withCoordinate(k + 1));
                }
            }
        }
    }

    /** Words that join the names of a list. */
    private static final Set<String> LIST_JOINS = Set.of(",", "and", "or", "&");

    private boolean isQualifier(Toponym t) {
        return t.kind().equals(PlaceMention.LITERAL) && (t.isFixed() || strongName(t.name()));
    }

    /** Marks after a dateline's place name: "NEWARK --", "LEBANON (AP) —", "ROSWELL -". */
    private static final Set<String> DATELINE_MARKS = Set.of("--", "---", "-", "\u2014", "\u2013", "(", "-LRB-");

    /**
     * "the city of Antalya", "Antalya city", a dateline ("NEWARK --" opening a sentence) → TOWN; "province of
     * Antalya", "Antalya province", "Walker County" → DIVISION.
     */
    /** The division word of a {@link Toponym.Cue#DIVISION} cue ("province" of "Punjab province"), else null. */
    private static String divisionWord(List<Token> ts, int start, int end) {
        if (cue(ts, start, end) != Toponym.Cue.DIVISION) {
            return null;
        }
        String before = start >= 2 && ts.get(start - 1).lowerWord().equals("of") ? ts.get(start - 2).key() : "";
        return DIVISION_CUES.contains(before) ? before : ts.get(end).key();
    }

    private static Toponym.Cue cue(List<Token> ts, int start, int end) {
        if (start == 0 && end < ts.size() && DATELINE_MARKS.contains(ts.get(end).word())) {
            String w = ts.get(0).word();
            if (w.equals(w.toUpperCase(Locale.ROOT))) {
                return Toponym.Cue.TOWN;
            }
        }
        String before = start >= 2 && ts.get(start - 1).lowerWord().equals("of") ? ts.get(start - 2).key() : "";
        String after = end < ts.size() ? ts.get(end).key() : "";
        if (TOWN_CUES.contains(before) || TOWN_CUES.contains(after)) {
            return Toponym.Cue.TOWN;
        }
        if (DIVISION_CUES.contains(before) || DIVISION_CUES.contains(after)) {
            return Toponym.Cue.DIVISION;
        }
        return Toponym.Cue.NONE;
    }
}
