package org.dyad.actor;

import org.dyad.internal.NameIndex;
import org.dyad.model.Actor;
import org.dyad.model.Span;
import org.dyad.nlp.EntityMention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds actor mentions in a sentence and resolves each to a code, as of the article's date.
 *
 * <p>It works on tokens, so it needs no parse: dictionary names (states, their adjectives, capitals
 * and institutions, international bodies, armed groups, people) and sector nouns and titles are
 * found first, then adjacent ones are composed into one mention the way a noun phrase composes them:
 * "European Council President Donald Tusk" (body + title + person: the role read from the text
 * wins over the dictionary), "President of the European Council Donald Tusk", "the Syrian
 * opposition" (state + sector), "Assad forces" (person's state + sector), "Russia's foreign
 * minister", "a court in Peru". Coordinated actors ("the US and Russia") stay separate mentions.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorRecognizer {

    /** What a dictionary name stands for. */
    sealed interface Name permits StateName, OrgName, GroupName, CommunityName, PersonName, CodedName {
    }

    /** A name from a code dictionary (TABARI/PETRARCH actors): it stands for whatever code applies on the date. */
    record CodedName(CodedActor actor) implements Name {
    }

    /**
     * A state's name, adjective, institution or capital, or a company headquartered in it; {@code sector} for
     * institutions, capitals and companies.
     */
    record StateName(Country country, Form form, String sector) implements Name {
    }

    /** How a name stands for its state: a company stands for the state's business or media (companies.tsv). */
    enum Form { NAME, ADJECTIVE, INSTITUTION, CAPITAL, COMPANY }

    record OrgName(Organisation org) implements Name {
    }

    record GroupName(Group group) implements Name {
    }

    /**
     * An ethnic or religious group's term; {@code place} is the state a qualified term names by its first words
     * ("Bosnian Serbs", "Kosovo Albanians", "Iraqi Turkmen": BIH, XKX, IRQ), else null.
     */
    record CommunityName(Community community, Country place) implements Name {
        CommunityName(Community community) {
            this(community, null);
        }
    }

    record PersonName(String person) implements Name {
    }

    /**
     * Sectors whose members usually belong to the place they are in ("police in Cairo", "security forces in
     * Guinea"); a chunk that already names a state keeps it ("US troops in Iraq").
     */
    private static final Set<String> LOCAL_SECTORS = Set.of("GOV", "JUD", "COP", "LEG", "CVL", "OPP", "REB", "EDU",
        "HLH", "MED", "BUS", "LAB", "AGR", "REL", "UAF", "CRM", "PTY", "MIL");

    /** Abstract nouns a sector noun may modify without naming an actor: "refugee policy", "police reform". */
    private static final Set<String> ABSTRACT_HEADS = Set.of("policy", "crisis", "issue", "problem", "question", "law",
        "legislation", "reform", "plan", "programme", "program", "budget", "quota", "flow", "influx", "status",
        "situation", "system", "spending", "debate", "bill", "rule", "regulation", "agenda", "strategy", "figure",
        "statistic", "number", "rate");

    /** Sector nouns that name a body one works at: "officials at the foreign ministry". */
    private static final Set<String> BODY_NOUNS = Set.of("ministry", "embassy", "consulate", "agency", "court",
        "parliament", "central bank", "hospital", "university", "newspaper", "company", "bank", "police", "army");

    private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "erstwhile", "onetime", "one-time");

    private static final Set<String> TITLE_PREFIXES = Set.of("vice", "deputy", "acting", "assistant", "under",
        "interim", "senior", "chief", "first", "second", "top");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this",
        "that", "these", "those");

    private final ActorKnowledge knowledge;
    private final NameIndex<Name> names = new NameIndex<>();
    /** One-word names of states (at least five letters, lower case), for reading misspellings ("Keyna"). */
    private final Map<String, StateName> stateWords = new HashMap<>();
    /** One-word company names that are also ordinary English words ("Shell", "Apple"), in lower case. */
    private final Set<String> commonWords = new java.util.HashSet<>();
    /** One-word company names that are also a person's surname ("Bloomberg"), lower case. */
    private final Set<String> surnames = new java.util.HashSet<>();
    /**
     * Compact keys (lower case) of states' aliases written with "the" in countries.tsv that are no other name of
     * the state: "the Emirates" is the United Arab Emirates only after "the" ("Emirates flights" are the airline's),
     * "the States" the United States ("the Gulf States" are not).
     */
    private final Set<String> articleNames = new java.util.HashSet<>();

    public ActorRecognizer(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
        // order = priority when one name has several meanings: the user's code dictionaries, people,
        // groups, bodies, states
        for (CodedActor c : knowledge.codedActors()) {
            CodedName n = new CodedName(c);
            c.names().forEach(name -> names.add(name, n, false)); // users' dictionaries may be all in capitals
        }
        knowledge.people().keySet().forEach(p -> {
            PersonName n = new PersonName(p);
            names.add(p, n);
            for (String a : knowledge.people().get(p).get(0).aliases()) {
                names.add(a, n);
            }
        });
        for (Group g : knowledge.groups()) {
            names.add(g.name(), new GroupName(g));
            g.aliases().forEach(a -> names.add(a, new GroupName(g)));
        }
        for (Organisation o : knowledge.organisations()) {
            names.add(o.name(), new OrgName(o));
            o.aliases().forEach(a -> names.add(a, new OrgName(o)));
        }
        for (Country c : knowledge.countries().values()) {
            StateName n = new StateName(c, Form.NAME, null);
            names.add(c.name(), n);
            c.aliases().forEach(a -> names.add(a, n));
            c.aliases().stream().filter(a -> a.startsWith("the ") && !c.aliases().contains(a.substring(4))
                    && !c.name().equalsIgnoreCase(a.substring(4)))
                .forEach(a -> articleNames.add(NameIndex.compact(a.substring(4)).toLowerCase(Locale.ROOT)));
            c.institutions().forEach((inst, sector) -> names.add(inst,
                new StateName(c, inst.equals(c.capital()) ? Form.CAPITAL : Form.INSTITUTION, sector)));
            c.adjectives().forEach(a -> names.add(a, new StateName(c, Form.ADJECTIVE, null)));
            java.util.List<String> words = new ArrayList<>(c.aliases());
            words.add(c.name());
            for (String w : words) {
                addStateWord(w, n);
            }
            c.adjectives().forEach(a -> addStateWord(a, new StateName(c, Form.ADJECTIVE, null)));
        }
        stateWords.values().removeIf(java.util.Objects::isNull);
        // after the states: where a company's name is also a state's name or institution, the state's wins
        for (Company co : knowledge.companies()) {
            Country c = knowledge.country(co.country());
            if (c == null) {
                continue; // a user's knowledge without that state
            }
            StateName n = new StateName(c, Form.COMPANY, co.sector());
            names.add(co.name(), n);
            co.aliases().forEach(a -> names.add(a, n));
            co.commonWords().forEach(w -> commonWords.add(w.toLowerCase(Locale.ROOT)));
            co.surnames().forEach(w -> surnames.add(w.toLowerCase(Locale.ROOT)));
        }
        for (Community c : knowledge.communities()) {
            c.terms().forEach(t -> names.add(t, new CommunityName(c, qualifier(t, c))));
        }
    }

    /**
     * The state an ethnic group's qualified term names by the words before its last ("Bosnian Serb": Bosnia and
     * Herzegovina, "Kosovo Albanians": Kosovo): a people named by a state's name or adjective lives in that
     * state, whatever its kin state. Null for other terms, and for religions ("Greek Orthodox" believers live
     * anywhere).
     */
    private Country qualifier(String term, Community c) {
        int space = term.lastIndexOf(' ');
        if (space < 0 || !c.type().equals("ethnic")) {
            return null;
        }
        String prefix = term.substring(0, space);
        for (Country country : knowledge.countries().values()) {
            if (country.name().equals(prefix) || country.aliases().contains(prefix) || country.adjectives().contains(prefix)) {
                return country;
            }
        }
        return null;
    }

    private void addStateWord(String word, StateName n) {
        if (word.length() < 5 || word.indexOf(' ') >= 0 || word.indexOf('.') >= 0) {
            return;
        }
        String w = word.toLowerCase(Locale.ROOT);
        StateName had = stateWords.get(w);
        if (had == null && !stateWords.containsKey(w)) {
            stateWords.put(w, n);
        } else if (had != null && !had.country().equals(n.country())) {
            stateWords.put(w, null); // two states share the word: no guess
        }
    }

    /**
     * The state a misspelled one-word name stands for: "Keyna", "Camerroon", "Ukrane", "Somallia". Only the
     * slips a writer makes without changing the word's sound or look: one vowel left out or added, one letter
     * doubled or undoubled, two neighbouring letters swapped; never at the first letter, and only for words of
     * five letters or more, so that real places one other letter away ("Siberia", "Prussia", "Granada",
     * "Styria") stay themselves.
     */
    StateName misspelledState(String word) {
        if (word.length() < 5) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        StateName found = null;
        for (Map.Entry<String, StateName> e : stateWords.entrySet()) {
            if (slip(w, e.getKey())) {
                if (found != null && !found.country().equals(e.getValue().country())) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /** Whether {@code written} is {@code name} with one slip of the kinds {@link #misspelledState} allows. */
    static boolean slip(String written, String name) {
        if (written.equals(name) || written.isEmpty() || name.isEmpty() || written.charAt(0) != name.charAt(0)) {
            return false;
        }
        if (written.length() == name.length()) {
            int i = 1;
            while (i < written.length() && written.charAt(i) == name.charAt(i)) {
                i++;
            }
            return i + 1 < written.length() && written.charAt(i) == name.charAt(i + 1) && written.charAt(i + 1) == name.charAt(i)
                && written.substring(i + 2).equals(name.substring(i + 2));
        }
        String longer = written.length() > name.length() ? written : name;
        String shorter = longer == written ? name : written;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = 1;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        if (!longer.substring(i + 1).equals(shorter.substring(i))) {
            return false;
        }
        char extra = longer.charAt(i);
        return "aeiouy".indexOf(extra) >= 0 || longer.charAt(i - 1) == extra
            || i + 1 < longer.length() && longer.charAt(i + 1) == extra;
    }

    /**
     * Whether a state's adjective that ends before {@code next} names a people living elsewhere: "the Albanian
     * minority", "the Hungarian population of the province", "the Turkish community in Germany" (a
     * population or community placed by of/in; "the Iraqi population" alone is the state's own).
     */
    private static boolean minorityPeople(List<Token> tokens, int next) {
        if (next >= tokens.size() || !tokens.get(next - 1).word().matches("\\p{Lu}\\p{L}+(an|ish|ese|i|ic)s?")) {
            return false;
        }
        String noun = tokens.get(next).key();
        if (noun.equals("minority")) {
            return true;
        }
        return (noun.equals("population") || noun.equals("community")) && next + 1 < tokens.size()
            && (tokens.get(next + 1).lowerWord().equals("of") || tokens.get(next + 1).lowerWord().equals("in"));
    }

    public ActorKnowledge knowledge() {
        return knowledge;
    }

    /** A labelled stretch of tokens: a dictionary name, a sector term, or an unknown person's name. */
    private record Unit(int start, int end, Name name, Sectors.Term term, boolean unknownPerson) {
        boolean isTitle() {
            return term != null && term.kind() == Sectors.Kind.TITLE;
        }

        boolean isSectorNoun() {
            return term != null && term.kind() == Sectors.Kind.NOUN;
        }

        boolean isPerson() {
            return unknownPerson || name instanceof PersonName;
        }
    }

    /** Finds and resolves the actor mentions of one sentence. */
    public List<Mention> recognize(Sentence sentence, String text, LocalDate date) {
        List<Unit> units = units(sentence, date);
        List<Mention> out = new ArrayList<>();
        int u = 0;
        while (u < units.size()) {
            int first = u;
            int last = u;
            List<Integer> bridges = new ArrayList<>(); // token index of each bridge word inside the chunk
            while (last + 1 < units.size()) {
                Unit prev = units.get(last);
                Unit next = units.get(last + 1);
                int gapStart = prev.end();
                int gapEnd = next.start();
                if (gapStart == gapEnd) {
                    last++;
                    continue;
                }
                Integer bridge = bridge(sentence, units, first, last, next, gapStart, gapEnd, !bridges.isEmpty());
                if (bridge == null) {
                    break;
                }
                if (bridge >= 0) {
                    bridges.add(bridge);
                }
                last++;
            }
            Mention m = compose(new Context(sentence, text, date), units.subList(first, last + 1), bridges);
            if (m != null) {
                out.add(m);
                out.addAll(siblings(m, units.subList(first, last + 1), date));
            }
            u = last + 1;
        }
        return appositions(sentence, text, out);
    }

    /**
     * "Ali Rahimi, Iran's best-known human rights lawyer," and "Tom King, the British defence
     * secretary": a person followed by a comma and a role the text composes gets that role's code.
     */
    private static List<Mention> appositions(Sentence s, String text, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention person = ms.get(i);
            Mention role = ms.get(i + 1);
            if (person.person() == null || role.person() != null || role.actor().kind() == Actor.Kind.STATE
                || role.actor().code().startsWith("---") && !(role.actor().code().length() > 3
                    && person.actor().code().equals("---"))) {
                // a role of no state says more only of someone the dictionaries do not know: "Mahfuzullah
                // Akbari, a spokesman for the provincial police" is police
                continue;
            }
            int gap = person.end();
            if (gap >= s.size() || !s.token(gap).word().equals(",")) {
                continue;
            }
            int k = gap + 1;
            while (k < role.start() && (DETERMINERS.contains(s.token(k).lowerWord()) || s.token(k).isAdjective()
                || s.token(k).tag().equals("POS") || s.token(k).isNoun())) {
                k++;
            }
            if (k != role.start() || person.resolvedBy().equals("title")) {
                continue;
            }
            Actor a = role.actor();
            Actor coded = new Actor(person.actor().name(), a.code(), a.country(), a.sector(), Actor.Kind.PERSON);
            String roleText = text.substring(s.token(gap + 1).begin(), role.span().end());
            out.set(i, new Mention(person.sentence(), person.start(), person.end(), person.head(), coded, person.span(),
                roleText, "apposition", person.person(), false));
        }
        for (int i = 0; i + 1 < ms.size(); i++) {
            // "A Taliban spokesman, Zabihullah Mujahid, said": a role with its article, then the name set off by commas
            Mention role = ms.get(i);
            Mention person = ms.get(i + 1);
            if (person.person() == null || role.person() != null || !person.actor().code().equals("---")
                || out.get(i + 1) != person || role.actor().kind() == Actor.Kind.STATE || role.actor().code().equals("---")
                || role.end() + 1 != person.start() || !s.token(role.end()).word().equals(",")
                || person.end() >= s.size() || !s.token(person.end()).word().equals(",")) {
                continue;
            }
            Token head = s.token(role.end() - 1); // "spokesman" (the mention's head may be the group it serves)
            boolean determined = role.start() > 0 && DETERMINERS.contains(s.token(role.start() - 1).lowerWord())
                || DETERMINERS.contains(s.token(role.start()).lowerWord());
            if (!determined || !head.tag().equals("NN")) {
                continue;
            }
            Actor a = role.actor();
            Actor coded = new Actor(person.actor().name(), a.code(), a.country(), a.sector(), Actor.Kind.PERSON);
            out.set(i + 1, new Mention(person.sentence(), person.start(), person.end(), person.head(), coded,
                person.span(), text.substring(role.span().begin(), role.span().end()), "apposition", person.person(),
                false));
        }
        return out;
    }

    /**
     * Whether the words between two units join them into one mention. Returns the token index of the
     * bridge word that splits head from modifier ("of", "for", "in", "'s"), -1 for a plain join
     * (adjectives), or null when the units stay apart.
     */
    private Integer bridge(Sentence s, List<Unit> units, int first, int last, Unit next, int gapStart, int gapEnd,
                           boolean hasBridge) {
        Unit prev = units.get(last);
        List<Token> t = s.tokens();
        Token g = t.get(gapStart);
        String w = g.lowerWord();
        int after = gapStart + 1;
        while (after < gapEnd && DETERMINERS.contains(t.get(after).lowerWord())) {
            after++;
        }
        boolean onlyDeterminersAfter = after == gapEnd;
        // "President of the European Council", "mayor of the northern West Bank city", "ministers from the government"
        // "from" joins people to where they come from ("ministers from the government", "soldiers from Gondor"),
        // but not after a noun of leaving: "the withdrawal of some forces from Panama" names the place left
        boolean fromBody = w.equals("from") && (prev.isTitle() || prev.isSectorNoun()) && !afterLeaving(t, units.get(first).start());
        // "an aide to the cleric", "an adviser to the Iraqi prime minister": one who serves someone (but an envoy or
        // a representative "to" a state is sent there)
        fromBody |= w.equals("to") && prev.isTitle() && SERVING.contains(t.get(prev.end() - 1).key());
        // "officials at the Russian Defence Ministry", "a spokesman at the Turkish embassy": one who works at a body
        // (a body's name or noun right after the gap, or a state's adjective and modifiers before it); "troops at the Syrian
        // border" stay apart, as the border is no body
        if (w.equals("at") && (prev.isTitle() || prev.isSectorNoun()) && !prev.isPerson()) {
            Unit body = next.name() instanceof StateName sn && sn.form() == Form.ADJECTIVE && last + 2 < units.size()
                && units.get(last + 2).start() - next.end() <= 2 && modifiersOnly(t, next.end(), units.get(last + 2).start())
                ? units.get(last + 2) : next;
            fromBody |= body.name() instanceof OrgName || body.name() instanceof StateName b
                && (b.form() == Form.INSTITUTION || b.form() == Form.COMPANY)
                || body.isSectorNoun() && BODY_NOUNS.contains(t.get(body.end() - 1).key());
        }
        // "a spokesman for the Interior Ministry": a body's capitalised field may stand before its noun
        boolean fieldOfBody = next.isSectorNoun() && gapEnd - after == 1 && t.get(after).tag().equals("NNP")
            && !PLACE_NER.contains(t.get(after).ner()) && !t.get(after).ner().equals("PERSON");
        if ((w.equals("of") || w.equals("for") || fromBody) && (modifiersOnly(t, after, gapEnd) || fieldOfBody)
            && (prev.isTitle() || prev.isSectorNoun()) && !hasBridge) {
            return gapStart;
        }
        // "Russia's foreign minister", "Iraq's national security adviser"
        // "Nicaragua's Sandinista government", "China's Xinhua news agency": a name no dictionary knows
        // (party, agency) may stand between owner and noun, but not a person or place
        if (g.tag().equals("POS") && modifiersOrUnknownNames(t, gapStart + 1, gapEnd) && gapEnd - gapStart <= 4
            && !prev.isTitle() && !prev.isSectorNoun() && (next.isSectorNoun() || next.isTitle())) {
            return gapStart;
        }
        // "the head of Egypt's Coptic Church": a people's or faith's body of the state
        if (g.tag().equals("POS") && gapEnd == gapStart + 1 && prev.name() instanceof StateName
            && next.name() instanceof CommunityName && last + 2 < units.size()
            && (units.get(last + 2).isSectorNoun() || units.get(last + 2).isTitle())
            && modifiersOrUnknownNames(t, next.end(), units.get(last + 2).start())
            && units.get(last + 2).start() - next.end() <= 1) {
            return gapStart;
        }
        // "Egypt's Muslim Brotherhood", "Lebanon's Hezbollah": the state's own group or body is that group
        if (g.tag().equals("POS") && gapEnd == gapStart + 1 && prev.name() instanceof StateName sn0 && sn0.form() == Form.NAME
            && (next.name() instanceof GroupName || next.name() instanceof OrgName)) {
            return gapStart;
        }
        if (w.equals("in") && onlyDeterminersAfter && prev.isSectorNoun() && LOCAL_SECTORS.contains(prev.term().sector())
            && next.name() instanceof StateName sn && (sn.form() == Form.NAME || sn.form() == Form.CAPITAL)
            && !hasState(units, first, last) && !Sectors.sentAbroad(t, prev.start(), prev.end())) {
            return gapStart;
        }
        // the same for a code dictionary's actor: "human rights activists in Arnor"
        if (w.equals("in") && onlyDeterminersAfter && prev.isSectorNoun() && next.name() instanceof CodedName
            && LOCAL_SECTORS.contains(prev.term().sector().substring(0, Math.min(3, prev.term().sector().length())))
            && !hasState(units, first, last)) {
            return gapStart;
        }
        // adjectives between a state or group and a sector noun: "Syrian moderate opposition"; after a state, also
        // the common nouns that name a ministry's or a body's field: "the Egyptian interior ministry", "the
        // Iraqi oil ministry", "Afghan border police"; after an international body, the field of an office in it:
        // "EU trade commissioner", "EU Competition Commissioner", "WHO emergencies chief"
        if ((next.isSectorNoun() || next.isTitle()) && gapEnd - gapStart <= 2) {
            boolean afterState = prev.name() instanceof StateName
                || prev.name() instanceof OrgName && next.isTitle() && !prev.isTitle() && !prev.isSectorNoun();
            for (int i = gapStart; i < gapEnd; i++) {
                // the field may be capitalised as part of the body's name: "the Egyptian Interior Ministry"
                boolean field = afterState && (t.get(i).tag().equals("NN") && !t.get(i).isCapitalized()
                    || t.get(i).tag().startsWith("NN") && !t.get(i).isCapitalized() && prev.name() instanceof OrgName
                    || t.get(i).tag().equals("NNP") && (next.isSectorNoun() || prev.name() instanceof OrgName) && i == gapEnd - 1)
                    && !PLACE_NER.contains(t.get(i).ner()) && !t.get(i).ner().equals("PERSON");
                // a participle that is the clause's verb ("France deployed peacekeepers") joins nothing
                boolean participle = t.get(i).tag().equals("VBN") && !(s.parsed()
                    && (s.graph().hasChild(i, "nsubj") || "root".equals(s.graph().relationToHead(i))));
                if (!t.get(i).isAdjective() && !participle && !field) {
                    return null;
                }
            }
            return -1;
        }
        return null;
    }

    /** Capitalised geographic nouns that, after a state's name or adjective, make the name of a place. */
    private static final Set<String> WATERS = Set.of("Sea", "Ocean", "Strait", "Straits", "Gulf", "Peninsula", "Basin",
        "River", "Delta", "Valley");

    /** Capitalised geographic nouns that, before a state's name, make the name of a place: "Lake Chad", "Mount Kenya", "Mount Lebanon". */
    private static final Set<String> WATERS_BEFORE = Set.of("Lake", "Mount", "Mt", "Mt.");

    /** Titles of those who serve someone, whose to-phrase names whom: "an aide to the president". */
    private static final Set<String> SERVING = Set.of("aide", "adviser", "advisor", "spokesman", "spokeswoman",
        "spokesperson", "counsellor", "counselor");

    private static final Set<String> LEAVING = Set.of("withdrawal", "pullout", "pull-out", "departure", "evacuation",
        "expulsion", "retreat", "exit", "removal", "redeployment");

    /** Verbs of taking people out of a place, whose from-phrase names the place left: "withdrew its troops from Syria". */
    private static final Set<String> LEAVING_VERBS = Set.of("withdraw", "pull", "evacuate", "remove", "recall",
        "redeploy", "move", "bring", "airlift", "repatriate", "expel", "deport", "extract", "relocate");

    /**
     * Whether the chunk starting at {@code start} is the object of a noun or verb of leaving ("withdrawal of (some)
     * forces", "withdrew its troops") or belongs to someone a possessive names ("its troops", "their soldiers"):
     * a from-phrase after it names the place left, not the body the people belong to.
     */
    private static boolean afterLeaving(List<Token> t, int start) {
        int i = start - 1;
        while (i >= 0 && (t.get(i).tag().equals("DT") || t.get(i).isAdjective() || t.get(i).tag().equals("NN")
            || t.get(i).tag().equals("CD"))) {
            i--;
        }
        if (i >= 0 && t.get(i).tag().equals("PRP$")) {
            return true;
        }
        return i >= 1 && t.get(i).lowerWord().equals("of") && LEAVING.contains(t.get(i - 1).key())
            || i >= 0 && t.get(i).isVerb() && LEAVING_VERBS.contains(t.get(i).key());
    }

    /**
     * Whether tokens {@code [from, to)} are only adjectives and common nouns that modify what follows,
     * adjectives perhaps coordinated ("awful and evil").
     */
    private static boolean modifiersOnly(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token x = t.get(i);
            boolean between = x.tag().equals("CC") && i > from && i + 1 < to && t.get(i - 1).isAdjective()
                && t.get(i + 1).isAdjective();
            if (!(x.isAdjective() || x.tag().equals("NN") || x.tag().equals("VBN") || x.tag().equals("DT") || between)) {
                return false;
            }
        }
        return true;
    }

    private static boolean modifiersOrUnknownNames(List<Token> t, int from, int to) {
        if (modifiersOnly(t, from, to)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            Token x = t.get(i);
            boolean name = x.isProperNoun() && !x.ner().equals("PERSON") && !x.ner().equals("LOCATION");
            if (!name && !modifiersOnly(t, i, i + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasState(List<Unit> units, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (units.get(i).name() instanceof StateName || units.get(i).name() instanceof CodedName) {
                return true;
            }
        }
        return false;
    }

    /**
     * Endings of a compound adjective whose first part names the state that leads, owns, flags or hosts the noun
     * ("Pakistan-based militants" are Pakistan's, as CAMEO codes a group by where it is based).
     */
    private static final List<String> OWNING_SUFFIXES = List.of("-led", "-owned", "-flagged", "-registered", "-based");

    /** Dictionary names, sector terms and unknown people's names, in token order, not overlapping. */
    private List<Unit> units(Sentence s, LocalDate date) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        Unit[] at = new Unit[n];
        String[] keys = NameIndex.keys(tokens);
        for (int k = 0; k < n; k++) {
            // "Vietnamese-led forces", "the Saudi-led coalition": the leading state's (not "-backed": a backer
            // is not the actor); "a Greek-owned tanker", "a British-flagged ship": the owner's or the flag's
            String w = tokens.get(k).word();
            for (String suffix : OWNING_SUFFIXES) {
                int len = suffix.length();
                // "-based" only before the noun of a sector it places ("a Yemen-based branch of al-Qaeda" is al-Qaeda)
                boolean places = !suffix.equals("-based") || k + 1 < n && knowledge.sectors().get(tokens.get(k + 1).key()) != null;
                if (places && w.length() > len + 1 && w.regionMatches(true, w.length() - len, suffix, 0, len)) {
                    keys[k] = NameIndex.compact(w.substring(0, w.length() - len));
                }
            }
        }
        int i = 0;
        while (i < n) {
            NameIndex.Match<Name> m = names.longestAt(tokens, keys, i);
            if (m == null && i > 0 && tokens.get(i - 1).isCapitalized() && knowledge.sectors().get(tokens.get(i - 1).key()) != null
                && knowledge.sectors().get(tokens.get(i - 1).key()).kind() == Sectors.Kind.TITLE) {
                // a person's name in lower case after a title: "President obama"
                NameIndex.Match<Name> lower = names.longestAt(tokens, keys, i, true);
                if (lower != null && lower.values().get(0) instanceof PersonName) {
                    m = lower;
                }
            }
            List<Name> meanings = m != null && acceptName(tokens, keys, m) ? agreeingWithGivenName(tokens, m, agreeingWithTitle(tokens, m))
                : List.of();
            if (!meanings.isEmpty() && articleNames.contains(String.join("", java.util.Arrays.copyOfRange(keys, m.start(), m.end()))
                .toLowerCase(Locale.ROOT))) {
                meanings = articleOnly(tokens, m.start(), meanings);
            }
            int b = i > 1 && tokens.get(i - 1).tag().equals("POS") ? i - 2 : i - 1;
            Unit before = b >= 0 ? coveredBy(at, b) : null;
            if (!meanings.isEmpty() && before != null && before.name() instanceof StateName owner
                && meanings.stream().allMatch(v -> v instanceof StateName sn && sn.form() == Form.INSTITUTION
                && !sn.country().iso3().equals(owner.country().iso3()))) {
                // "the Nigerian Senate", "Kenya's Supreme Court": another state's body of the same name is not meant;
                // the words are the sector noun
                meanings = List.of();
            }
            if (!meanings.isEmpty() && before != null && before.name() instanceof CommunityName faith
                && faith.community().type().equals("religion")
                && meanings.stream().allMatch(v -> v instanceof StateName sn && sn.form() == Form.INSTITUTION)) {
                // "the Coptic Pope": another church's office of the same name, a title of that faith
                meanings = List.of();
            }
            if (!meanings.isEmpty()) {
                Name picked = pick(meanings, date);
                if (picked instanceof StateName sn && (i > 0 && tokens.get(i - 1).lowerWord().equals("ethnic")
                    || minorityPeople(tokens, m.end()))) {
                    // "ethnic Turks", "ethnic Russians": a people living as a minority, not the state
                    picked = new CommunityName(new Community(sn.country().iso3().toLowerCase(Locale.ROOT), "ethnic",
                        "ethnic " + tokens.get(m.end() - 1).word(), List.of()));
                }
                at[i] = new Unit(m.start(), m.end(), picked, null, false);
                i = m.end();
            } else {
                i++;
            }
        }
        // misspelled states: a capitalised word no dictionary knows, one slip away from a state's name
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            if (coveredBy(at, k) == null && t.isProperNoun() && Character.isUpperCase(t.word().charAt(0))
                && !insidePerson(s, k)) {
                StateName guess = misspelledState(t.word());
                if (guess != null) {
                    at[k] = new Unit(k, k + 1, guess, null, false);
                }
            }
        }
        // unknown people: PERSON entities not covered by a dictionary name
        for (EntityMention e : s.entities()) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            boolean covered = false;
            for (int k = e.startToken(); k < e.endToken(); k++) {
                if (coveredBy(at, k) != null) {
                    covered = true;
                    break;
                }
            }
            boolean named = false;
            for (int k = e.startToken(); k < e.endToken(); k++) {
                named |= tokens.get(k).isProperNoun();
            }
            // pronouns ("he") come as PERSON mentions too: coreference resolves them, not the dictionary
            if (!covered && named) {
                at[e.startToken()] = new Unit(e.startToken(), e.endToken(), null, null, true);
            }
        }
        // unknown people after a title: "Vice-President Moody Awori" (two or more capitalised names; the tagger
        // may type them as a body, "Moody" being a rating agency's name, but after a title they name a person;
        // a place stays a place)
        for (int k = 1; k < n; k++) {
            Token title = tokens.get(k - 1);
            Sectors.Term term = knowledge.sectors().get(title.key());
            if (term == null || term.kind() != Sectors.Kind.TITLE || !title.isCapitalized()) {
                continue;
            }
            int end = k;
            while (end < n && coveredBy(at, end) == null && tokens.get(end).isProperNoun() && tokens.get(end).isCapitalized()
                && !tokens.get(end).ner().equals("LOCATION") && knowledge.sectors().get(tokens.get(end).key()) == null) {
                end++;
            }
            if (end - k >= 2) {
                at[k] = new Unit(k, end, null, null, true);
            }
        }
        // unknown non-governmental bodies: an organisation's name built on an association word
        for (EntityMention e : s.entities()) {
            if (e.type().equals("ORGANIZATION") && civilBody(tokens, e, at)) {
                // a state adjective in front stays the body's state: "the Egyptian Organization for Human Rights"
                int from = e.startToken();
                while (from < e.endToken() && at[from] != null) {
                    from = at[from].end();
                }
                for (int k = from; k < e.endToken(); k++) {
                    at[k] = null;
                }
                if (from < e.endToken()) {
                    at[from] = new Unit(from, e.endToken(), null, NGO_BODY, false);
                }
            }
        }
        // sector nouns and titles on the remaining tokens, longest first; on lemmas, then on words
        Sectors sectors = knowledge.sectors();
        i = 0;
        while (i < n) {
            if (coveredBy(at, i) != null) {
                i++;
                continue;
            }
            Sectors.Term best = null;
            int bestEnd = -1;
            StringBuilder lem = new StringBuilder();
            StringBuilder wrd = new StringBuilder();
            for (int j = i; j < n && j < i + sectors.longest(); j++) {
                if (j > i && coveredBy(at, j) != null) {
                    break;
                }
                Token t = tokens.get(j);
                if (j > i) {
                    lem.append(' ');
                    wrd.append(' ');
                }
                lem.append(t.key());
                Sectors.Term term = sectors.get(lem.toString());
                if (term == null) {
                    term = sectors.get(wrd + t.lowerWord());
                }
                if (term == null && j > i) {
                    // a plural head after words kept as written: "human rights activists" is "human rights activist"
                    term = sectors.get(wrd + t.key());
                }
                if (term == null && t.isProperNoun() && t.lowerWord().endsWith("s")) {
                    // a capitalised plural the tagger took for a name: "Farmers blocked the highway"
                    String w = t.lowerWord();
                    String singular = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
                    term = sectors.get(lem.substring(0, lem.length() - t.key().length()) + singular);
                }
                wrd.append(t.lowerWord());
                // "Canadian militant Omar Malik": a sector noun the tagger took for an adjective before a name
                boolean beforeName = tokens.get(j).isAdjective() && j + 1 < n && at[j + 1] != null && at[j + 1].isPerson();
                // "a military spokesman", "separatist leaders", "military officials": the sector noun as an
                // adjective before a title gives the title its sector, as "army spokesman" does (but "local
                // officials", "civilian leaders" are no residents)
                Sectors.Term next = j + 1 < n ? sectors.get(tokens.get(j + 1).key()) : null;
                boolean beforeTitle = tokens.get(j).isAdjective() && next != null && next.kind() == Sectors.Kind.TITLE
                    && term != null && term.kind() == Sectors.Kind.NOUN && !term.sector().equals("CVL");
                // "an army general met ...": a title the tagger took for an adjective after a noun, where English
                // puts no adjective, and before no noun it could modify
                boolean titleAfterNoun = term != null && term.kind() == Sectors.Kind.TITLE && j > 0
                    && tokens.get(j).isAdjective() && tokens.get(j - 1).isNoun()
                    && (j + 1 >= n || !tokens.get(j + 1).isNoun());
                if (term != null && (nounLike(tokens.get(j)) || beforeName || beforeTitle || titleAfterNoun)) {
                    best = term;
                    bestEnd = j + 1;
                }
            }
            if (best != null) {
                // "Vice Foreign Minister", "deputy prime minister", "acting president": the same office's sector
                int from = i;
                while (from > 0 && coveredBy(at, from - 1) == null && TITLE_PREFIXES.contains(tokens.get(from - 1).key())) {
                    from--;
                }
                if (best.kind() == Sectors.Kind.TITLE && from > 0 && FORMER.contains(tokens.get(from - 1).key())
                    && coveredBy(at, from - 1) == null) {
                    // "former president", "ex-minister": CAMEO codes former office-holders as elites
                    from--;
                    best = new Sectors.Term("former " + best.lemmas(), "ELI", Sectors.Kind.TITLE);
                } else if (best.kind() == Sectors.Kind.TITLE && from > 1 && FORMER.contains(tokens.get(from - 2).key())
                    && coveredBy(at, from - 2) == null && at[from - 1] != null && at[from - 1].name() instanceof StateName) {
                    // "former Afghan president": the state's adjective between; the state unit stays
                    best = new Sectors.Term("former " + best.lemmas(), "ELI", Sectors.Kind.TITLE);
                } else if (best.kind() == Sectors.Kind.TITLE && formerBeforeModifiers(tokens, at, from)) {
                    // "a former army general", "the former Egyptian army chief of staff": the sector noun (and the
                    // state's adjective) between say which office he held; he is an elite now (see sectorOf)
                    best = new Sectors.Term("former " + best.lemmas(), "ELI", Sectors.Kind.TITLE);
                }
                // a modifier is singular ("police", not "rebels") and modifies a noun: "the rebels plan to attack",
                // "rebels planned" are the rebels' acts, whatever the tagger makes of "plan"
                boolean modifierOfNoun = best.kind() == Sectors.Kind.NOUN && bestEnd < n
                    && ABSTRACT_HEADS.contains(tokens.get(bestEnd).key())
                    && tokens.get(bestEnd).isNoun()
                    && !(tokens.get(bestEnd - 1).tag().equals("NNS") && tokens.get(bestEnd - 1).lowerWord().endsWith("s"));
                // "the use of force", "by force", "with force": force as a means, not an armed body
                boolean meansOfForce = best.lemmas().equals("force") && bestEnd - from == 1 && from > 0
                    && tokens.get(from).lowerWord().equals("force")
                    && (tokens.get(from - 1).lowerWord().equals("by") || tokens.get(from - 1).lowerWord().equals("with")
                    || from > 1 && tokens.get(from - 1).lowerWord().equals("of") && tokens.get(from - 2).key().equals("use"));
                // "the party's youth wing", "youth unemployment": the singular "youth" before a noun is a kind of
                // thing, not young people
                boolean youthModifier = best.lemmas().equals("youth") && bestEnd < n && tokens.get(bestEnd).isNoun()
                    && tokens.get(bestEnd - 1).tag().equals("NN");
                if (!modifierOfNoun && !meansOfForce && !youthModifier) {
                    // "refugee policy", "opposition law": the sector noun only modifies an abstract thing (but
                    // "rebel positions", "army boats", "opposition delegation" stand for the actor)
                    at[from] = new Unit(from, bestEnd, null, best, false);
                }
                i = bestEnd;
            } else {
                i++;
            }
        }
        for (int k = 1; k < n; k++) {
            // "two Brazilian men", "a French woman", "three Chinese nationals": a generic person noun after a
            // state's adjective names that state's civilians, as "a British citizen" and "Afghan civilians" do
            Unit state = coveredBy(at, k - 1);
            Unit joined = coveredBy(at, k);
            if (joined != null && joined == state && joined.end() == k + 1 && joined.start() < k
                && joined.name() instanceof StateName sn && sn.form() == Form.ADJECTIVE
                && GENERIC_PERSONS.contains(tokens.get(k).key())) {
                // "French woman" matched as the demonym "Frenchwoman": the adjective and the noun, as "German woman"
                at[joined.start()] = new Unit(joined.start(), k, joined.name(), null, false);
                state = at[joined.start()];
            }
            if (coveredBy(at, k) == null && GENERIC_PERSONS.contains(tokens.get(k).key()) && nounLike(tokens.get(k))
                && state != null && state.end() == k && state.name() instanceof StateName sn && sn.sector() == null
                && (sn.form() == Form.ADJECTIVE || sn.form() == Form.NAME)) {
                at[k] = new Unit(k, k + 1, null, new Sectors.Term(tokens.get(k).key(), "CVL", Sectors.Kind.NOUN), false);
            }
        }
        List<Unit> units = new ArrayList<>();
        for (Unit u : at) {
            if (u != null) {
                units.add(u);
            }
        }
        return units;
    }

    /**
     * Nouns for people as such, not for a group of a sector: alone they name no actor ("a man was shot"), but after a
     * state's adjective they name its civilians ("a French woman"). Not "youth": "Palestinian youths threw stones"
     * are more often protesters than bystanders.
     */
    private static final Set<String> GENERIC_PERSONS = Set.of("man", "woman", "person", "national", "child", "boy",
        "girl", "teenager", "family", "couple", "expatriate", "expat", "individual");

    /**
     * Nouns for the backers of a person or body: they are not the one they back ("supporters of former President
     * Morsi clashed with police" is no act of Morsi's), but its opposition (OPP in sectors.tsv), or the state's
     * civilians when they back its government.
     */
    private static final Set<String> SUPPORTERS = Set.of("supporter", "follower", "loyalist", "sympathiser", "sympathizer");

    /** A body named as an association, society, foundation, committee, ... no dictionary knows. */
    private static final Sectors.Term NGO_BODY = new Sectors.Term("association", "NGO", Sectors.Kind.NOUN);
    private static final Set<String> CIVIL_BODY_WORDS = Set.of("association", "society", "foundation", "committee",
        "institute", "league", "coalition", "network", "federation", "trust", "watch", "organization", "organisation");

    /**
     * Whether the ORGANIZATION entity {@code e} is a civil body no dictionary knows: its name has a capitalised
     * association word ("Ceasefire Violations Committee", "Association of African Jurists", "Institute for War
     * and Peace Reporting"), and no known body, group or person inside it (only state adjectives, which stay
     * part of the name).
     */
    private static boolean civilBody(List<Token> tokens, EntityMention e, Unit[] at) {
        boolean word = false;
        for (int k = e.startToken(); k < e.endToken(); k++) {
            Token t = tokens.get(k);
            word |= Character.isUpperCase(t.word().charAt(0)) && CIVIL_BODY_WORDS.contains(t.lowerWord());
            Unit u = coveredBy(at, k);
            if (u != null && (u.start() < e.startToken() || u.end() > e.endToken()
                || !(u.name() instanceof StateName sn && sn.form() == Form.ADJECTIVE))) {
                return false;
            }
        }
        return word;
    }

    private static boolean insidePerson(Sentence s, int k) {
        for (EntityMention e : s.entities()) {
            if (e.type().equals("PERSON") && e.startToken() <= k && k < e.endToken() && e.endToken() - e.startToken() > 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean nounLike(Token t) {
        return t.isNoun();
    }

    private static Unit coveredBy(Unit[] at, int k) {
        for (int i = k; i >= 0 && i > k - 12; i--) {
            if (at[i] != null && at[i].end() > k) {
                return at[i];
            }
        }
        return null;
    }

    /** Rejects dictionary hits that are not names in this text. */
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "outside", "around", "across");

    /**
     * The meanings of a state's alias written with "the" (countries.tsv "the Emirates"): after "the" the state's
     * name, elsewhere anything else the words name ("Emirates suspended its flights": the airline).
     */
    private static List<Name> articleOnly(List<Token> tokens, int start, List<Name> meanings) {
        boolean article = start > 0 && tokens.get(start - 1).lowerWord().equals("the");
        List<Name> kept = meanings.stream().filter(v -> (v instanceof StateName sn && sn.form() == Form.NAME) == article).toList();
        return kept.isEmpty() && article ? meanings : kept;
    }

    private boolean acceptName(List<Token> tokens, String[] keys, NameIndex.Match<Name> m) {
        Token first = tokens.get(m.start());
        if (m.end() - m.start() == 1 && longerName(tokens, keys, m)) {
            return false;
        }
        // a one-word name tagged as an ordinary verb, adverb etc. is not a name ("US" is fine, "May" the month is not a person)
        if (m.end() - m.start() == 1 && !(first.isNoun() || first.isAdjective() || first.tag().equals("FW"))) {
            return false;
        }
        if (m.end() - m.start() == 1 && first.ner().equals("DATE")) {
            return false;
        }
        // a bare surname the tagger takes for a place after a preposition of place is the place ("police in
        // Lagos" is the city, not Ricardo Lagos); so is one before a comma and another place ("Lagos, Nigeria"),
        // or written in capitals to open a sentence, as a wire story's dateline is ("LAGOS (AP) -")
        if (m.end() - m.start() == 1 && m.values().stream().allMatch(v -> v instanceof PersonName)
            && PLACE_NER.contains(first.ner()) && (m.start() > 0 && PLACE_PREPOSITIONS.contains(tokens.get(m.start() - 1).lowerWord())
                || m.end() + 1 < tokens.size() && tokens.get(m.end()).word().equals(",")
                    && PLACE_NER.contains(tokens.get(m.end() + 1).ner())
                || m.start() == 0 && first.word().length() > 2 && first.word().equals(first.word().toUpperCase(java.util.Locale.ROOT)))) {
            return false;
        }
        // a capital's name that goes on into a longer place's name across a connector the place stage joined to
        // it is that place: "Kingston upon Hull" is no Kingston, Jamaica (ToponymRecognizer.nameGoingOn)
        if (m.values().stream().allMatch(v -> v instanceof StateName sn && sn.form() == Form.CAPITAL)
            && m.end() + 1 < tokens.size() && PLACE_NER.contains(tokens.get(m.end()).ner())
            && !tokens.get(m.end()).isCapitalized() && PLACE_NER.contains(tokens.get(m.end() + 1).ner())) {
            return false;
        }
        // a region named by one word ("the West") is that region only after "the" and not as the start of a
        // longer name: "called on the West", not "Kanye West", "the West Coast", "West Ham"
        if (m.end() - m.start() == 1 && m.values().stream().allMatch(v -> v instanceof OrgName o && o.org().sector().equals("REG"))
            && (m.start() == 0 || !tokens.get(m.start() - 1).lowerWord().equals("the")
            || m.end() < tokens.size() && tokens.get(m.end()).isCapitalized())) {
            return false;
        }
        // a state's name inside the name of a sea, strait, peninsula, river or lake is no actor: "the South China
        // Sea", "the Korean Peninsula", "the Persian Gulf", "the Sea of Japan", "the Niger Delta", "the Congo
        // River", "Lake Chad" (which may lie in other states, or along several)
        boolean state = m.values().stream().allMatch(v -> v instanceof StateName);
        if (state && m.start() > 0 && WATERS_BEFORE.contains(tokens.get(m.start() - 1).word())) {
            return false;
        }
        if (state && m.end() < tokens.size() && WATERS.contains(tokens.get(m.end()).word())
            || state && m.start() >= 2 && tokens.get(m.start() - 1).word().equals("of")
            && WATERS.contains(tokens.get(m.start() - 2).word())) { // "the Sea of Japan", "the Gulf of Mexico"
            return false;
        }
        // a one-word company name is the company only as a proper noun that is no place and no part of a person's
        // name: "Ford said", not "Harrison Ford"; "Amazon announced", not "the Amazon basin" (a tagger that takes
        // the lone word for a person, "Tesla said", is overruled)
        if (m.end() - m.start() == 1 && m.values().stream().allMatch(v -> v instanceof StateName sn && sn.form() == Form.COMPANY)
            && (!first.isProperNoun() || PLACE_NER.contains(first.ner()) || first.ner().equals("PERSON")
            && (partOfSameEntity(tokens, m.start() - 1, first) || partOfSameEntity(tokens, m.start() + 1, first))
            || m.start() == 0 && commonWords.contains(first.lowerWord()) && m.end() < tokens.size()
            && tokens.get(m.end()).tag().startsWith("NN") && !tokens.get(m.end()).isProperNoun()
            && !tokens.get(m.end()).isCapitalized())) {
            // a name that is also an ordinary word, capitalised only as the sentence's first word and modifying the
            // next noun, is the ordinary word: "Shell fire killed three civilians", "Apple orchards burned"
            return false;
        }
        // a news organisation's one-word name that is also a person's surname ("Bloomberg") is the organisation
        // only where it reports or is told: "Bloomberg reported", "told Bloomberg", "according to Bloomberg"
        if (m.end() - m.start() == 1 && m.values().stream().allMatch(v -> v instanceof StateName sn && sn.form() == Form.COMPANY)
            && surnames.contains(first.lowerWord()) && !reporting(tokens, m.start())) {
            return false;
        }
        // a bare surname inside a longer name of a place or body is not the person ("Park" in "Rego Park")
        if (m.end() - m.start() == 1 && m.values().stream().allMatch(v -> v instanceof PersonName)
            && !first.ner().equals("PERSON") && !first.ner().equals("O")
            && (partOfSameEntity(tokens, m.start() - 1, first) || partOfSameEntity(tokens, m.start() + 1, first))) {
            return false;
        }
        // a religion's word that opens a person's name, before a capitalised surname of the same name, is a given
        // name: "Finance Minister Christian Lindner" is no Christian
        if (m.end() - m.start() == 1 && m.values().stream().allMatch(v -> v instanceof CommunityName)
            && first.ner().equals("PERSON") && Genders.standard().isGivenName(first.word())
            && partOfSameEntity(tokens, m.start() + 1, first) && tokens.get(m.start() + 1).isCapitalized()
            && knowledge.sectors().get(tokens.get(m.start() + 1).key()) == null) { // "Coptic Pope Tawadros" is a Copt
            return false;
        }
        // a state's name that closes a person's name after a given name is a surname: "Michael Jordan", "Ashley
        // Chad"; the tagger takes both words for one person
        if (m.end() - m.start() == 1 && m.values().stream().allMatch(v -> v instanceof StateName sn && sn.form() == Form.NAME)
            && first.ner().equals("PERSON") && m.start() > 0 && partOfSameEntity(tokens, m.start() - 1, first)
            && tokens.get(m.start() - 1).isCapitalized() && Genders.standard().isGivenName(tokens.get(m.start() - 1).word())) {
            return false;
        }
        return true;
    }

    /**
     * Whether a state's adjective only begins the name of a place elsewhere: "British Columbia". The tagger
     * takes the adjective for part of a name (a proper noun of no entity type, or of the place's) and the next
     * proper noun for a place, and no dictionary name begins there ("Indian Kashmir", where "Indian" is a nationality, is India's).
     * A state's name before a body's name is kept: "Japan Times" and "Kenya Airways" are that state's media and
     * business.
     */
    private boolean longerName(List<Token> tokens, String[] keys, NameIndex.Match<Name> m) {
        int next = m.end();
        if (next >= tokens.size() || !m.values().stream().allMatch(v -> v instanceof StateName sn && sn.form() == Form.ADJECTIVE)) {
            return false;
        }
        Token state = tokens.get(m.start());
        Token after = tokens.get(next);
        return state.isProperNoun() && (state.ner().equals("O") || state.ner().equals(after.ner())) && after.isProperNoun() && after.isCapitalized()
            && PLACE_NER.contains(after.ner()) && names.longestAt(tokens, keys, next) == null
            && knowledge.sectors().get(after.key()) == null;
    }

    /** Verbs whose subject is a news organisation's name when it reports: "Bloomberg reported", "Bloomberg quoted". */
    private static final Set<String> MEDIA_VERBS = Set.of("report", "quote", "cite", "publish", "reveal", "broadcast",
        "obtain", "calculate", "compile", "learn");
    /** Nouns a news organisation's name modifies: "a Bloomberg report", "Bloomberg reporters". */
    private static final Set<String> MEDIA_NOUNS = Set.of("report", "reporter", "survey", "poll", "analysis",
        "interview", "calculation", "data", "index", "journalist", "correspondent", "editor", "columnist", "story",
        "investigation", "television", "tv", "radio");
    /** Words before "to" that make its object a news organisation told or cited: "told to", "according to". */
    private static final Set<String> TOLD = Set.of("tell", "according", "speak", "talk", "say");
    /** Verbs whose by-agent is a news organisation: "reported by Bloomberg", "seen by Bloomberg". */
    private static final Set<String> MEDIA_AGENT_VERBS = Set.of("report", "quote", "cite", "publish", "see", "obtain",
        "review", "contact", "interview", "compile");

    /**
     * Whether the word at {@code k} stands where a news organisation does: the subject of a verb of reporting, the
     * one told or cited ("told Bloomberg", "said in an interview with Bloomberg", "according to Bloomberg"), the
     * agent of reporting ("documents seen by Bloomberg"), or a modifier of a news noun ("a Bloomberg survey").
     */
    private static boolean reporting(List<Token> tokens, int k) {
        int next = k + 1 < tokens.size() && tokens.get(k + 1).tag().equals("POS") ? k + 2 : k + 1;
        if (next < tokens.size()) {
            Token n = tokens.get(next);
            if (n.isVerb() && MEDIA_VERBS.contains(n.key()) || n.isNoun() && MEDIA_NOUNS.contains(n.key())) {
                return true;
            }
            if (next + 1 < tokens.size() && n.tag().equals("RB") && tokens.get(next + 1).isVerb()
                && MEDIA_VERBS.contains(tokens.get(next + 1).key())) {
                return true; // "Bloomberg first reported"
            }
        }
        if (k == 0) {
            return false;
        }
        Token p = tokens.get(k - 1);
        String w = p.lowerWord();
        if (p.isVerb() && p.key().equals("tell") || w.equals("citing") || w.equals("quoting")) {
            return true;
        }
        if (k >= 2) {
            Token pp = tokens.get(k - 2);
            if (w.equals("to") && (TOLD.contains(pp.key()) || TOLD.contains(pp.lowerWord()))) {
                return true;
            }
            if (w.equals("with") && pp.key().equals("interview")) {
                return true;
            }
            if (w.equals("by") && pp.isVerb() && MEDIA_AGENT_VERBS.contains(pp.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The meanings of a name that agree with a gendered title before it: "Mrs Clinton" is not Bill Clinton
     * (by the given name of the full name). None when no meaning agrees: the name is someone else's.
     */
    private static List<Name> agreeingWithTitle(List<Token> tokens, NameIndex.Match<Name> m) {
        Gender title = m.start() > 0 ? Genders.standard().word(tokens.get(m.start() - 1).word()) : Gender.UNKNOWN;
        if (title == Gender.UNKNOWN || !m.values().stream().allMatch(v -> v instanceof PersonName)) {
            return m.values();
        }
        return m.values().stream()
            .filter(v -> Genders.standard().fullName(((PersonName) v).person()).agreesWith(title)).toList();
    }

    /**
     * The meanings of a bare surname that agree with the name around it: "Kevin Johnson" is not Boris Johnson
     * and "Abe Oudshoorn" not Shinzo Abe, while "Bashar Assad" is Bashar al-Assad (the given name is in his name).
     */
    private List<Name> agreeingWithGivenName(List<Token> tokens, NameIndex.Match<Name> m, List<Name> values) {
        if (m.end() - m.start() != 1 || values.isEmpty()) {
            return values;
        }
        List<Name> out = values;
        Token before = m.start() > 0 ? tokens.get(m.start() - 1) : null;
        if (before != null && before.isProperNoun() && before.isCapitalized()
            && Genders.standard().word(before.word()) == Gender.UNKNOWN // "Mrs", "Sir" are titles, no given names
            && (before.ner().equals("PERSON") || Genders.standard().isGivenName(before.word()))) {
            String given = before.word().toLowerCase(java.util.Locale.ROOT);
            out = out.stream().filter(v -> !(v instanceof PersonName p) || namesWord(p.person(), given)).toList();
        }
        // "Abe Oudshoorn" is not Shinzo Abe: the name goes on with a word that is not his
        Token after = m.end() < tokens.size() ? tokens.get(m.end()) : null;
        if (after != null && after.isProperNoun() && after.isCapitalized() && after.ner().equals("PERSON")
            && tokens.get(m.start()).ner().equals("PERSON")) {
            String next = after.word().toLowerCase(java.util.Locale.ROOT);
            out = out.stream().filter(v -> !(v instanceof PersonName p) || namesWord(p.person(), next)).toList();
        }
        return out;
    }

    private boolean namesWord(String person, String word) {
        if (java.util.Arrays.asList(person.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")).contains(word)) {
            return true;
        }
        for (String a : knowledge.people().get(person).get(0).aliases()) {
            if (java.util.Arrays.asList(a.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")).contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfSameEntity(List<Token> tokens, int k, Token name) {
        return k >= 0 && k < tokens.size() && tokens.get(k).isProperNoun() && tokens.get(k).ner().equals(name.ner());
    }

    /**
     * The meaning of a name with several: a person holding a role on the article's date before one who
     * does not ("Bush" in 2003 is George W. Bush), else the first (people, groups, bodies, states).
     */
    private Name pick(List<Name> values, LocalDate date) {
        if (values.size() > 1 && date != null) {
            for (Name n : values) {
                if (n instanceof PersonName p) {
                    PersonRole r = knowledge.roleOn(p.person(), date);
                    if (r != null && r.heldOn(date)) {
                        return n;
                    }
                }
            }
        }
        return values.get(0);
    }

    // ---------------------------------------------------------------------------------------------
    // composition

    /** The sentence being read. */
    private record Context(Sentence sentence, String text, LocalDate date) {
        String text(List<Unit> units) {
            List<Token> t = sentence.tokens();
            int b = t.get(units.get(0).start()).begin();
            int e = t.get(units.get(units.size() - 1).end() - 1).end();
            return text.substring(b, e);
        }

        String text(int startToken, int endToken) {
            List<Token> t = sentence.tokens();
            return text.substring(t.get(startToken).begin(), t.get(endToken - 1).end());
        }
    }

    private Mention compose(Context cx, List<Unit> units, List<Integer> bridges) {
        Sentence s = cx.sentence();
        LocalDate date = cx.date();
        List<Token> tokens = s.tokens();
        int start = units.get(0).start();
        int end = units.get(units.size() - 1).end();
        Span span = new Span(tokens.get(start).begin(), tokens.get(end - 1).end());
        if (bridges.isEmpty()) {
            Resolved r = resolve(cx, units, null);
            return r == null ? null : toMention(s, start, end, r.head < 0 ? end - 1 : r.head, span, r);
        }
        int b = bridges.get(0);
        List<Unit> left = new ArrayList<>();
        List<Unit> right = new ArrayList<>();
        for (Unit u : units) {
            (u.end() <= b ? left : right).add(u);
        }
        boolean possessive = tokens.get(b).tag().equals("POS");
        if (possessive) {
            Resolved owner = resolve(cx, left, null);
            Resolved r = resolve(cx, right, owner);
            return r == null ? null : toMention(s, start, end, end - 1, span, r);
        }
        // "President of the European Council Donald Tusk": title(s) of a body, then the person
        boolean titlesOnly = left.stream().allMatch(Unit::isTitle);
        if (titlesOnly && right.get(right.size() - 1).isPerson()) {
            List<Unit> all = new ArrayList<>(units);
            Resolved r = resolve(cx, all, null);
            return r == null ? null : toMention(s, start, end, end - 1, span, r);
        }
        Resolved modifier = resolve(cx, right, null);
        Resolved r = resolve(cx, left, modifier);
        int head = left.get(left.size() - 1).end() - 1;
        return r == null ? null : toMention(s, start, end, head, span, r);
    }

    /** An actor resolved from units, before it becomes a {@link Mention}. */
    private record Resolved(Actor actor, String role, String resolvedBy, String person, boolean plural, int head,
                            boolean coded) {
        Resolved(Actor actor, String role, String resolvedBy, String person, boolean plural, int head) {
            this(actor, role, resolvedBy, person, plural, head, false);
        }
    }

    private Mention toMention(Sentence s, int start, int end, int head, Span span, Resolved r) {
        // "Palestinian leaders", "Afghan rebel commanders": a plural head names many, whatever composed it
        boolean plural = r.plural() || s.token(Math.min(head, s.size() - 1)).tag().startsWith("NNS")
            || s.token(end - 1).tag().startsWith("NNS");
        if (r.person() != null) {
            plural = false;
        }
        return new Mention(s.index(), start, end, head, r.actor(), span, r.role(), r.resolvedBy(), r.person(), plural);
    }

    private Resolved resolve(Context cx, List<Unit> units, Resolved modifier) {
        LocalDate date = cx.date();
        if (units.isEmpty()) {
            return null;
        }
        Unit person = null;
        OrgName org = null;
        GroupName group = null;
        StateName state = null;
        CommunityName community = null;
        Unit title = null;
        Unit noun = null;
        CodedName coded = null;
        for (Unit u : units) {
            if (u.name() instanceof CodedName c) {
                if (coded == null) {
                    coded = c;
                }
            } else if (u.isPerson()) {
                person = u;
            } else if (u.name() instanceof OrgName o && org == null) {
                org = o;
            } else if (u.name() instanceof GroupName g && group == null) {
                group = g;
            } else if (u.name() instanceof StateName st && state == null) {
                state = st;
            } else if (u.name() instanceof CommunityName c && community == null) {
                community = c;
            } else if (u.isTitle()) {
                title = u;
            } else if (u.isSectorNoun()) {
                noun = u;
            }
        }
        if (community != null && community.place() != null && state == null && person == null && coded == null) {
            // "Bosnian Serb forces", "Kosovo Albanians": the qualifier names the state the people live in
            state = new StateName(community.place(), Form.ADJECTIVE, null);
        }
        String sector = sectorOf(noun, title, state);
        if (modifier != null && modifier.coded() && (noun != null || title != null)) {
            // "Gondor's prime minister", "officials in the White House": the dictionary actor owns the agents
            return composeCoded(cx, units, modifier.actor().code(), modifier.actor().name(), person);
        }
        if (coded != null) {
            return resolveCoded(cx, units, coded, person);
        }
        if (person != null) {
            return resolvePerson(cx, units, person, org, group, state, title, noun, modifier);
        }
        if (group != null) {
            Group g = group.group();
            String iso3 = state != null ? state.country().iso3()
                : modifier != null && modifier.actor().kind() == Actor.Kind.STATE ? modifier.actor().country() : null;
            if (iso3 != null && g.country() == null && g.code().startsWith("IMG")) {
                // "Iraq's al-Qaeda", "Syrian al-Qaeda": an international group's branch in that state
                return new Resolved(new Actor(cx.text(units), iso3 + g.code().substring(3), iso3, g.sector(), Actor.Kind.GROUP),
                    null, "composition", null, true, -1);
            }
            return new Resolved(new Actor(g.name(), g.code(), g.country(), g.sector(), Actor.Kind.GROUP), null,
                "dictionary", null, true, -1);
        }
        if (org != null) {
            Organisation o = org.org();
            String code = o.code();
            String orgSector = o.sector();
            if (sector != null && !sector.equals("GOV") && !sector.equals("*") && !sector.equals(o.sector())
                && code.length() <= 9) {
                code = code + sector;
                orgSector = sector;
            }
            Actor.Kind kind = o.code().startsWith("NGO") ? Actor.Kind.NGO : o.kind().equals("region") ? Actor.Kind.REGION
                : Actor.Kind.IGO;
            return new Resolved(new Actor(o.name(), code, null, orgSector, kind), null, "dictionary", null, false, -1);
        }
        if (state != null) {
            Country c = state.country();
            String code = c.iso3() + (sector == null ? "" : sector) + (community == null ? "" : community.community().code());
            boolean bare = sector == null && community == null;
            String name = bare ? c.name() : cx.text(units);
            Actor.Kind kind = bare ? Actor.Kind.STATE : Actor.Kind.SECTOR;
            String how = state.form() == Form.CAPITAL ? "capital" : state.form() == Form.INSTITUTION ? "metonym"
                : state.form() == Form.COMPANY ? (units.size() == 1 ? "company" : "company+composition")
                : units.size() > 1 ? "composition" : "dictionary";
            return new Resolved(new Actor(name, code, c.iso3(), sector, kind), null, how, null,
                noun != null || state.form() == Form.ADJECTIVE, -1);
        }
        if (modifier != null && (noun != null || title != null)) {
            if (noun != null && SUPPORTERS.contains(noun.term().lemmas()) && "GOV".equals(modifier.actor().sector())
                && modifier.actor().kind() == Actor.Kind.PERSON) {
                // "supporters of President Erdogan" back the government: its civilians, not its opposition
                // ("supporters of former President Morsi" are the opposition)
                sector = "CVL";
            }
            return new Resolved(ownedBy(modifier.actor(), sector, cx.text(units)), null, "composition", null,
                noun != null, -1);
        }
        if ((noun != null || title != null) && "*".equals(sector) && community != null) {
            // "Sunni leaders", "Druze leaders": the leaders of a people or faith speak for it
            Community c = community.community();
            return new Resolved(new Actor(cx.text(units), "---" + c.code(), null, null,
                c.type().equals("ethnic") ? Actor.Kind.ETHNIC : Actor.Kind.RELIGIOUS), null, "composition", null, true, -1);
        }
        if (noun != null || title != null) {
            if (sector == null || sector.equals("*")) {
                return null;
            }
            if (sector.equals("NGO") && community == null) {
                // a non-governmental body of no named state: CAMEO's NGO class ("an aid group", "the Ceasefire
                // Violations Committee")
                return new Resolved(new Actor(cx.text(units), "NGO", null, sector, Actor.Kind.NGO), null, "sector", null,
                    noun != null && noun.term() != NGO_BODY, -1);
            }
            String code = "---" + sector + (community == null ? "" : community.community().code());
            return new Resolved(new Actor(cx.text(units), code, null, sector, Actor.Kind.SECTOR), null, "sector", null,
                noun != null, -1);
        }
        if (community != null) {
            Community c = community.community();
            return new Resolved(new Actor(c.name(), "---" + c.code(), null, null,
                c.type().equals("ethnic") ? Actor.Kind.ETHNIC : Actor.Kind.RELIGIOUS), null, "dictionary", null, true, -1);
        }
        return null;
    }

    private Resolved resolvePerson(Context cx, List<Unit> units, Unit person, OrgName org, GroupName group,
                                   StateName state, Unit title, Unit noun, Resolved modifier) {
        LocalDate date = cx.date();
        String written = cx.text(List.of(person));
        if (noun != null && noun.start() > person.start()) {
            // "Assad forces", "the Assad regime": the person's state, in the noun's sector
            String country = personCountry(person, date);
            if (country != null) {
                String sector = noun.term().sector();
                return new Resolved(new Actor(cx.text(units), country + sector, country, sector, Actor.Kind.SECTOR), null,
                    "composition", null, true, noun.end() - 1);
            }
        }
        String known = person.name() instanceof PersonName pn ? pn.person() : null;
        String name = known != null ? known : written;
        String role = roleText(cx, units, person);
        String titleSector = title == null ? null : title.term().sector();
        if (titleSector != null && titleSector.equals("*")) {
            titleSector = noun != null ? noun.term().sector() : null;
        }
        if (title == null && noun != null && noun.start() < person.start() && known == null && org == null && group == null
            && !"*".equals(noun.term().sector())) {
            // "Egyptian activist Alaa Abd El-Fattah", "Canadian militant Omar Malik": a noun for the person
            // names their sector as a title would
            String sector = noun.term().sector();
            String country = state != null ? state.country().iso3() : null;
            return new Resolved(new Actor(name, (country != null ? country : "---") + sector, country, sector,
                Actor.Kind.PERSON), role, "title", name, false, -1);
        }
        if (title != null && (org != null || group != null || state != null)) {
            // the text gives the role: it wins over the dictionary
            String code;
            String country = null;
            String sector;
            Actor.Kind kind = Actor.Kind.PERSON;
            if (org != null) {
                code = org.org().code();
                sector = org.org().sector();
            } else if (group != null) {
                code = group.group().code();
                country = group.group().country();
                sector = group.group().sector();
                if (country == null && code.startsWith("IMG") && modifier != null && modifier.actor().kind() == Actor.Kind.STATE) {
                    // "Yemen's al-Qaeda chief X": the leader of the group's branch in that state
                    country = modifier.actor().country();
                    code = country + code.substring(3);
                }
            } else {
                country = state.country().iso3();
                sector = titleSector != null ? titleSector : state.sector() != null ? state.sector() : "GOV";
                code = country + sector;
            }
            return new Resolved(new Actor(name, code, country, sector, kind), role, "title", name, false, -1);
        }
        if (known != null) {
            PersonRole r = knowledge.roleOn(known, date);
            String code = r.code();
            boolean current = date == null || r.heldOn(date);
            if (!current && code.length() >= 3 && !code.startsWith("IGO") && !code.startsWith("IMG")) {
                // a former office-holder: CAMEO codes them as the state's elite
                code = code.substring(0, 3) + "ELI";
            }
            String country = code.startsWith("IGO") || code.startsWith("IMG") || code.startsWith("NGO") ? null
                : code.substring(0, 3);
            String sector = code.length() > 3 ? code.substring(3, Math.min(6, code.length())) : null;
            if (country == null && !current && titleSector != null && modifier != null
                && modifier.actor().kind() == Actor.Kind.STATE) {
                // "Gabon's opposition leader Jean Ping", once head of the AU Commission: the state and title the
                // text gives are the role held that day, not the international post held before
                String c = modifier.actor().country();
                return new Resolved(new Actor(name, c + titleSector, c, titleSector, Actor.Kind.PERSON),
                    role, "dictionary+title", name, false, -1);
            }
            // a government title for one who heads an armed group's de facto state that day is that group's:
            // "Somaliland President Muse Bihi Abdi" (SOMREBSML), "Turkish Cypriot President Mustafa Akinci" (CYPREBTRN)
            boolean deFacto = current && code.length() > 6 && "GOV".equals(titleSector);
            if (country != null && titleSector != null && !titleSector.equals(sector) && !deFacto) {
                // the text's title is the role held that day: "Opposition leader X" for a former prime minister
                return new Resolved(new Actor(name, country + titleSector, country, titleSector, Actor.Kind.PERSON),
                    role, "dictionary+title", name, false, -1);
            }
            return new Resolved(new Actor(name, code, country, sector, Actor.Kind.PERSON),
                role != null ? role : current ? r.role() : "former " + r.role(), "dictionary", name, false, -1);
        }
        if (modifier != null && titleSector == null && title != null && "*".equals(title.term().sector())
            && !modifier.actor().code().startsWith("---")) {
            // "Putin's spokesman Dmitry Peskov", "Obama's adviser Susan Rice": one who speaks for or advises
            // someone serves that one's side (a state's own, its government)
            titleSector = modifier.actor().sector() != null ? modifier.actor().sector()
                : modifier.actor().kind() == Actor.Kind.STATE ? "GOV" : null;
        }
        if (modifier != null && titleSector != null) {
            String base = baseCode(modifier.actor());
            // a group keeps its code when it holds the sector: "the Taliban's spokesman X" is AFGREBTAL
            boolean keeps = base.startsWith("IGO") || base.startsWith("NGO")
                || modifier.actor().kind() == Actor.Kind.GROUP && base.length() > 3 && holdsAgent(base.substring(3), titleSector);
            String code = keeps ? base : base + titleSector;
            return new Resolved(new Actor(name, code, modifier.actor().country(), titleSector, Actor.Kind.PERSON), role,
                "title", name, false, -1);
        }
        if (titleSector != null) {
            return new Resolved(new Actor(name, "---" + titleSector, null, titleSector, Actor.Kind.PERSON), role, "title",
                name, false, -1);
        }
        return new Resolved(new Actor(name, "---", null, null, Actor.Kind.PERSON), role, "name", name, false, -1);
    }

    /**
     * An actor from a code dictionary with the agents around it, as TABARI/PETRARCH compose them: the code
     * that applies on the date (the first dictionary name in the chunk wins), each agent's code added
     * after it ({@code ~GOV}: "Arnor cleric" is ARNREL) or before it ({@code NGO~}: "MSF Arnor" is
     * NGOARN) unless the code already holds it; "former" before the agents makes them the state's elite
     * (ELI) instead. Null when no code applies on the date.
     */
    private Resolved resolveCoded(Context cx, List<Unit> units, CodedName coded, Unit person) {
        List<String> codes = coded.actor().codesOn(cx.date());
        if (codes.isEmpty()) {
            return null;
        }
        return composeCoded(cx, units, codes.get(0), coded.actor().names().get(0), person);
    }

    /** A dictionary actor's code with the agents of {@code units} composed onto it (see {@link #resolveCoded}). */
    private Resolved composeCoded(Context cx, List<Unit> units, String base, String dictionaryName, Unit person) {
        String code = base;
        boolean agents = false;
        for (Unit u : units) {
            if (u.term() == null || u.term().inherits()) {
                continue;
            }
            agents = true;
            String agent = u.term().sector();
            if (u.term().prefix()) {
                code = code.startsWith(agent) ? code : agent + code;
            } else if (!holdsAgent(code, agent)) {
                code = code + agent;
            }
        }
        if (agents && former(cx.sentence(), units)) {
            code = base.endsWith("ELI") ? base : base + "ELI";
        }
        String country = code.length() >= 3 ? code.substring(0, 3) : null;
        Actor.Kind kind = code.length() == 3 ? Actor.Kind.STATE : agents ? Actor.Kind.SECTOR : Actor.Kind.GROUP;
        String sector = code.length() > 3 ? code.substring(3) : null;
        String name = units.size() == 1 ? dictionaryName : cx.text(units);
        String who = person == null ? null : cx.text(List.of(person));
        boolean plural = false;
        for (Unit u : units) {
            plural |= u.isSectorNoun() && cx.sentence().token(u.end() - 1).tag().endsWith("S");
        }
        return new Resolved(new Actor(name, code, kind == Actor.Kind.STATE ? code : country, sector, kind), null,
            agents ? "composition" : "dictionary", who, plural, -1, true);
    }

    /**
     * The actor a sector noun or title names when it belongs to {@code owner}: "Russia's troops", "its
     * troops" after Russia (RUSMIL), "NATO's troops" (the alliance itself), "a spokesman for the Syrian
     * opposition" (the opposition). {@code sector} is the noun's sector, "*" for a title that takes its
     * owner's ("spokesman"), or null; a group keeps its code when it already holds the sector ("Hamas's
     * fighters" are Hamas, not PSEREBHMSREB).
     */
    static Actor ownedBy(Actor owner, String sector, String words) {
        String base = baseCode(owner);
        // a title that takes its sector from what it belongs to: a state's adviser, spokesman, envoy is GOV
        String s = sector == null ? null : sector.equals("*") ? (owner.kind() == Actor.Kind.STATE ? "GOV" : null) : sector;
        boolean keeps = s == null || base.startsWith("IGO") || base.startsWith("NGO")
            || owner.kind() == Actor.Kind.GROUP && base.length() > 3 && holdsAgent(base.substring(3), s);
        String code = base + (keeps ? "" : s);
        if ("*".equals(sector) && owner.kind() != Actor.Kind.STATE) {
            code = owner.code(); // "a spokesman for the Syrian opposition" speaks as the opposition
        }
        return new Actor(words + " of " + owner.name(), code, owner.country(), s != null ? s : owner.sector(),
            Actor.Kind.SECTOR);
    }

    /** Whether an actor code already holds an agent code at a 3-letter boundary (USAGOV holds GOV; GMWGOV not WGO). */
    private static boolean holdsAgent(String code, String agent) {
        for (int i = 0; i + agent.length() <= code.length(); i += 3) {
            if (code.startsWith(agent, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dictionary code that names several actors ({@code THE_SHIRE [FRO/BIL/SAM]}): one more mention
     * over the same words for each code after the first, composed the same way.
     */
    private static List<Mention> siblings(Mention m, List<Unit> units, LocalDate date) {
        for (Unit u : units) {
            if (u.name() instanceof CodedName cn) {
                List<String> codes = cn.actor().codesOn(date);
                if (codes.size() < 2) {
                    return List.of();
                }
                int at = m.actor().code().indexOf(codes.get(0));
                if (at < 0) {
                    return List.of();
                }
                List<Mention> out = new ArrayList<>(codes.size() - 1);
                String code = m.actor().code();
                for (String other : codes.subList(1, codes.size())) {
                    String c = code.substring(0, at) + other + code.substring(at + codes.get(0).length());
                    Actor a = m.actor();
                    out.add(m.withActor(new Actor(a.name(), c, c.length() >= 3 ? c.substring(0, 3) : null, a.sector(),
                        a.kind()), m.resolvedBy()));
                }
                return out;
            }
        }
        return List.of();
    }

    /**
     * Whether "former" (or "ex-") stands before the sector noun, or the state's adjective and sector noun, that
     * precede the title at {@code from}: "former army general", "former Egyptian army general".
     */
    private static boolean formerBeforeModifiers(List<Token> tokens, Unit[] at, int from) {
        int k = from;
        boolean noun = false;
        for (int step = 0; step < 2 && k > 0; step++) {
            Unit u = coveredBy(at, k - 1);
            if (u == null || u.end() != k || !(u.isSectorNoun() && !noun || u.name() instanceof StateName && u.term() == null)) {
                break;
            }
            noun |= u.isSectorNoun();
            k = u.start();
        }
        return noun && k > 0 && coveredBy(at, k - 1) == null && FORMER.contains(tokens.get(k - 1).key());
    }

    /** Whether "former" stands before the chunk (after a determiner) or between its units. */
    private static boolean former(Sentence s, List<Unit> units) {
        int from = units.get(0).start() - 1;
        while (from >= 0 && DETERMINERS.contains(s.token(from).lowerWord())) {
            from--;
        }
        for (int i = Math.max(0, from); i < units.get(units.size() - 1).start(); i++) {
            if (s.token(i).lowerWord().equals("former")) {
                return true;
            }
        }
        return false;
    }

    /** The state a known person belonged to on the date, or null. */
    private String personCountry(Unit person, LocalDate date) {
        if (!(person.name() instanceof PersonName pn)) {
            return null;
        }
        PersonRole r = knowledge.roleOn(pn.person(), date);
        String c = r == null ? null : r.code();
        return c == null || c.length() < 3 || c.startsWith("IGO") || c.startsWith("IMG") || c.startsWith("NGO")
            || c.startsWith("---") ? null : c.substring(0, 3);
    }

    /** The code's part that names the state or body: ISO3, or the whole IGO/NGO/group code. */
    private static String baseCode(Actor a) {
        String c = a.code();
        if (c.startsWith("IGO") || c.startsWith("NGO") || a.kind() == Actor.Kind.GROUP) {
            return c;
        }
        return c.length() >= 3 ? c.substring(0, 3) : c;
    }

    private static String sectorOf(Unit noun, Unit title, StateName state) {
        if (title != null && title.term().sector().equals("ELI") && title.term().lemmas().startsWith("former ")) {
            return "ELI"; // "a former army general" held the army's office and holds none now
        }
        if (noun != null && !noun.term().inherits()) {
            return noun.term().sector();
        }
        if (title != null && !title.term().inherits()) {
            return title.term().sector();
        }
        if (title != null) {
            return state != null ? "GOV" : "*";
        }
        if (state != null && state.sector() != null) {
            return state.sector();
        }
        return null;
    }

    /** The words around a person's name that give the role: "European Council President". */
    private static String roleText(Context cx, List<Unit> units, Unit person) {
        int first = units.get(0).start();
        int last = units.get(units.size() - 1).end();
        if (first < person.start()) {
            return cx.text(first, person.start()).replaceAll("[\\s,]+$", "");
        }
        if (person.end() < last) {
            return cx.text(person.end(), last).replaceAll("^[\\s,]+", "");
        }
        return null;
    }

    Map<String, Integer> sizes() {
        return Map.of("names", names.size());
    }
}
