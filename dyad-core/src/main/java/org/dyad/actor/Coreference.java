package org.dyad.actor;

import org.dyad.internal.Paragraphs;
import org.dyad.model.Actor;
import org.dyad.model.Span;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.EntityMention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Dyad's own coreference within an article, read left to right. Every actor the text names is a
 * discourse entity with a salience that grows with each mention (more for subjects, objects and heads
 * of their phrase than for possessors and phrases after a preposition, less inside quotations) and
 * halves with each sentence, after Lappin and Leass (1994). A pronoun or description links to the most
 * salient entity that agrees with it:
 * <ul>
 *   <li>the same person named again (full name, surname, dictionary alias) takes the role the text gave
 *       them first ("European Council President Donald Tusk" … "Tusk said"); a surname alone is the person
 *       last named in full with it ("Hillary Clinton" … "Mrs Clinton" is not Bill), of the gender a title
 *       gives ("Mr", "Mrs");</li>
 *   <li>"he", "she" (him, his, her) link to a person of agreeing gender within four sentences. A person's
 *       gender comes from a title or noun next to the name ("Mrs", "spokeswoman Maria Zakharova", "mother
 *       Carla Alcorn"), else from the given name ({@link Genders}), else from a "he" or "she" already
 *       linked to them without a close rival. A subject pronoun prefers an entity last seen as a subject;
 *       a pronoun inside a quotation is not its speaker ("“He has done a lot,” she said"); an object
 *       pronoun is not the subject of its own verb;</li>
 *   <li>"it", "its" link to a state, body, group or organisation named in the last two sentences outside a
 *       place phrase ("on the ground in Syria"): an actor Dyad knows, a singular organisation noun ("the
 *       news agency", "the opposition"), a group named by a singular proper noun ("Hamas said it"), or an
 *       organisation that only named-entity recognition found ("Acme Logistics said it"); never a person or a
 *       plural noun ("rebels"). The subject "it" of an after- or because-clause of a reaction (praise, blame,
 *       punishment, penalties imposed on someone) is the one reacted to, if named before it in the sentence ("The
 *       EU imposed sanctions on Russia after it annexed Crimea"). "it" as an object or in "it is clear that" refers to no actor; inside a
 *       quotation, only to one named earlier in the same sentence. A sector noun right after "its" or "their"
 *       belongs to the pronoun's state, state sector or group ("Russia said its troops" are RUSMIL);</li>
 *   <li>"they", "them", "their" outside quotations link to the most salient group named in the last two
 *       sentences (rebels, a movement, "Palestinian leaders");</li>
 *   <li>definite descriptions: "the president", "the ambassador" link to the most salient person holding
 *       that title (else the most salient person of the same sector); "the group", "the movement" to a
 *       group or body; "the country" to a state; "the company", "the firm", "the agency", "the party" to an
 *       organisation, which then keeps the description's sector;</li>
 *   <li>"both sides", "the two countries", "the two leaders" stand for the last two distinct actors.</li>
 * </ul>
 * It needs no extra annotator and costs microseconds a sentence.
 *
 * <p>Stateless and thread-safe: each call keeps its reading state to itself.
 */
public final class Coreference {

    private static final Set<String> MASCULINE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> NEUTER = Set.of("it", "its");
    /** Words that open a clause giving a reaction's reason: "condemned Pyongyang after it tested a missile". */
    private static final Set<String> REASON_MARKERS = Set.of("after", "because", "since", "when", "for", "as");
    /** Verbs of praise, blame and punishment, whose reason clause tells what their object did. */
    private static final Set<String> REACTIONS = Set.of("condemn", "criticise", "criticize", "denounce", "blame",
        "accuse", "punish", "sanction", "penalise", "penalize", "fine", "suspend", "expel", "rebuke", "censure", "sue",
        "praise", "thank", "congratulate", "commend", "applaud", "reward", "welcome", "hail", "reprimand", "attack");
    /** Nouns of penalties imposed on someone: "imposed sanctions on Russia after it annexed Crimea". */
    private static final Set<String> PENALTIES = Set.of("sanction", "penalty", "fine", "tariff", "embargo", "ban",
        "restriction", "measure", "duty");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs");
    /** Prepositions whose object is a place, not an antecedent for "it": "on the ground in Syria". */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "inside", "throughout", "to",
        "into", "within", "around", "outside");
    /** Nouns that, after "the", refer back to a group or body: "the group claimed". */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "organisation", "organization",
        "faction", "alliance", "bloc", "body");
    /** Nouns that, after "the", refer back to a state: "the country's president". */
    private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "state", "kingdom", "republic");
    /** Nouns that, after "the", refer back to an organisation: "the company said". */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("company", "firm", "agency", "party", "organisation",
        "organization", "group", "movement", "airline", "carrier", "network", "broadcaster", "newspaper", "university",
        "institute", "charity", "union", "bank", "retailer", "manufacturer", "operator", "association", "foundation",
        "carmaker", "automaker", "utility", "lender", "insurer", "chipmaker", "drugmaker", "miner", "conglomerate",
        "supplier", "producer", "ministry", "department", "commission", "council", "committee", "court", "authority",
        "regulator");
    /** Organisation nouns that fit any organisation; the others ("the university") only one whose name has the noun. */
    private static final Set<String> GENERIC_ORGANISATION_NOUNS = Set.of("company", "firm", "agency", "party",
        "organisation", "organization", "group", "movement");
    /**
     * Nouns for a business ("the carmaker", "the power utility"): they fit an organisation of the business sector
     * or one only named-entity recognition found, which in news is mostly a company.
     */
    private static final Set<String> BUSINESS_NOUNS = Set.of("company", "firm", "carmaker", "automaker", "utility",
        "lender", "insurer", "chipmaker", "drugmaker", "miner", "conglomerate", "retailer", "manufacturer", "airline",
        "carrier", "operator", "supplier", "producer", "group", "bank", "broadcaster", "network", "newspaper");
    /** Nouns of a public body ("the ministry said"): they fit only a body whose name has the noun ("Health Ministry"). */
    private static final Set<String> PUBLIC_BODY_NOUNS = Set.of("ministry", "department", "commission", "council",
        "committee", "court", "authority", "regulator", "tribunal");
    /** Group nouns that any organisation fits, not only a group: "the Red Cross … The organisation said". */
    private static final Set<String> ANY_ORGANISATION_NOUNS = Set.of("organisation", "organization", "body");
    /**
     * Whether a noun after "the" may refer back to a group, body or state an earlier sentence named ("the group
     * said", "the country's president"), so that its sentence is worth a parse though it names no actor itself.
     */
    public static boolean mayReferBack(String key) {
        return GROUP_NOUNS.contains(key) || STATE_NOUNS.contains(key) || ORGANISATION_NOUNS.contains(key)
            || ANY_ORGANISATION_NOUNS.contains(key);
    }

    /** Titles one holds when the role names another word: a president or prime minister is a leader ("the Chinese leader"). */
    private static final Map<String, Set<String>> TITLE_HOLDERS = Map.of(
        "leader", Set.of("president", "prime minister", "premier", "chancellor", "chairman", "leader"));
    /** Heads of singular sector mentions that stand for a body, which "it" can refer to: "the ministry said it". */
    private static final Set<String> BODY_HEADS = Set.of("government", "administration", "ministry", "army", "military",
        "navy", "company", "firm", "agency", "news agency", "council", "court", "parliament", "party", "union", "bank",
        "airline", "university", "school", "newspaper", "broadcaster", "commission", "committee", "department",
        "office", "authority", "regime", "embassy", "movement", "group", "organisation", "organization", "coalition",
        "alliance", "junta", "cabinet", "senate", "congress", "legislature", "tribunal", "opposition", "leadership",
        "judiciary", "prosecution", "force");
    /** Heads of singular sector mentions that name a body or a mass, not one person ("the opposition", "the police"). */
    private static final Set<String> NOT_ONE_PERSON = Set.of("force", "opposition", "press", "people", "crowd", "public",
        "prosecution", "police", "media", "television", "tv", "radio", "security", "intelligence", "judiciary",
        "business", "civilian population", "population", "leadership", "staff", "personnel");
    /** Nouns that, after "both" or "the two", refer back to the two parties just named. */
    /** How many sentences back "both sides" may reach for its two actors. */
    private static final int PAIR_WINDOW = 3;
    /** Sectors of those a conflict befalls or who report it, never one of its "both sides". */
    private static final Set<String> NO_SIDE_SECTORS = Set.of("CVL", "REF", "MED");
    private static final Set<String> PAIR_NOUNS = Set.of("side", "country", "nation", "leader", "government",
        "party", "state", "neighbour", "neighbor", "rival", "president", "minister", "army", "force");
    /** Verbs that attribute a quotation to its speaker ("…," she said). */
    private static final Set<String> SPEECH_VERBS = Set.of("say", "add", "continue", "tell", "stress", "warn", "note",
        "explain", "insist", "declare", "state", "ask", "write", "argue", "claim", "reply", "respond", "tweet",
        "recall", "admit", "acknowledge", "announce", "urge", "comment", "remark", "shout", "conclude", "emphasise",
        "emphasize", "reiterate", "plead", "yell", "post", "describe", "call");
    /** Verbs after which "it" is expletive when an adjective follows: "it is clear that", "it seems unlikely". */
    private static final Set<String> COPULAS = Set.of("be", "seem", "appear", "remain", "become", "look", "sound");
    /**
     * Adjectives that make "it" expletive ("it is unclear whether", "it was possible to"); "ready", "willing"
     * and the like do not ("Iran said it was ready to resume talks").
     */
    private static final Set<String> EXTRAPOSING = Set.of("clear", "unclear", "likely", "unlikely", "possible",
        "impossible", "important", "necessary", "unnecessary", "difficult", "easy", "hard", "true", "obvious",
        "evident", "essential", "crucial", "vital", "doubtful", "certain", "uncertain", "apparent", "known", "unknown",
        "early", "late", "surprising", "unusual", "normal", "common", "rare", "illegal", "legal", "wrong", "right",
        "worth", "fair", "unfair", "safe", "dangerous", "appropriate", "inappropriate", "significant", "interesting",
        "sad", "good", "bad", "better", "best", "worse", "enough", "time", "imperative", "urgent");
    /** Words that open a restrictive relative clause. */
    private static final Set<String> RELATIVES = Set.of("that", "who", "which", "whom", "whose");
    /** Sentences back that a person, a body or a group stays an antecedent. */
    private static final int PERSON_WINDOW = 4;
    private static final int BODY_WINDOW = 2;

    /** Lappin and Leass's salience weights, halved at every sentence. */
    private static final double RECENCY = 100;
    private static final double SUBJECT = 80;
    private static final double OBJECT = 50;
    private static final double INDIRECT = 40;
    private static final double HEAD = 80;
    private static final double NON_ADVERBIAL = 50;
    private static final double PARALLEL = 35;
    /** For the subject of the main clause: it is what the sentence is about (centering's first-ranked entity). */
    private static final double MAIN_CLAUSE = 40;
    /** For a person whose title or noun ("Mrs", "spokeswoman") agrees with "he" or "she": a given name alone is weaker evidence. */
    private static final double GENDER_MATCH = 60;
    /** For the subject of the clause that holds a possessive ("Vermelhudo shared with her mother"). */
    private static final double LOCAL_SUBJECT = 80;
    /** For an entity named in the same quotation as a pronoun inside it ("“Ambassador Karlov … He has done a lot”"). */
    private static final double SAME_QUOTE = 80;
    /** Weight of a mention inside a quotation: the reporter's own sentences set the topic. */
    private static final double QUOTED = 0.6;

    private final Genders genders;
    /** The states by ISO alpha-3 code, for the state a sector or person mention names inside it. */
    private final Map<String, Country> countries;

    /** Coreference with the built-in gender lists and states. */
    public Coreference() {
        this(Genders.standard(), ActorKnowledge.builtIn().countries());
    }

    public Coreference(Genders genders) {
        this(genders, ActorKnowledge.builtIn().countries());
    }

    public Coreference(Genders genders, Map<String, Country> countries) {
        this.genders = genders;
        this.countries = Map.copyOf(countries);
    }

    /**
     * Links mentions across the article. Returns the mentions per sentence with (a) person mentions
     * re-coded to the role the text gave that person first and surnames to the full name, (b) definite
     * descriptions re-coded to their antecedent, (c) new mentions for pronouns and "both sides"
     * (rule {@code coreference}), (d) new mentions for the names of organisations only named-entity
     * recognition found, once a pronoun or description refers to them (rule {@code entity}).
     *
     * @param text       the article text the sentences' offsets point into
     * @param quotations the quoted words of the article's direct quotations (character offsets into
     *                   {@code text}, 0-based, end exclusive, without the quote marks), in text order
     */
    public List<List<Mention>> resolve(String text, List<Sentence> sentences, List<List<Mention>> mentions,
                                       List<Span> quotations) {
        return new Reading(text, sentences, quotations).run(mentions);
    }

    /** The grammatical role of a mention in its sentence, as the salience weights need it. */
    private enum Role { SUBJECT, OBJECT, INDIRECT, OBLIQUE, MODIFIER }

    /** A discourse entity: one actor (a person by name) with its salience and what agrees with it. */
    private static final class Entity {
        final String key;
        /** The mention a link copies its actor, role and person from. */
        Mention antecedent;
        final List<String> roles = new ArrayList<>(2);
        Gender gender = Gender.UNKNOWN;
        /** How sure the gender is: 3 from a title or noun, 2 from the given name, 1 from a pronoun. */
        int genderStrength;
        double base;
        double current;
        int lastSentence = -100;
        Role lastRole;
        boolean lastMain;
        /** The quotation the entity was last named in, or -1. */
        int lastQuote = -1;
        boolean person;
        boolean body;
        boolean many;
        boolean group;
        boolean state;
        boolean organisation;
        /** Named by named-entity recognition only: no actor Dyad knows. */
        boolean unknown;
        /** A person the text names by a noun only ("the gunman", "a policeman"). */
        boolean nounPerson;
        /** For an organisation only named-entity recognition found: where the text names it. */
        final List<Mention> names = new ArrayList<>(1);
        /** Whether a pronoun or description has been linked to the entity. */
        boolean referredTo;

        Entity(String key) {
            this.key = key;
        }

        double salience() {
            return base + current;
        }

        void gender(Gender g, int strength) {
            if (g != Gender.UNKNOWN && strength > genderStrength) {
                gender = g;
                genderStrength = strength;
            }
        }

        boolean holds(String title) {
            for (String r : roles) {
                if (r.contains(title)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The quotation a pronoun stands in and who speaks it: a token of the attribution, resolved when needed. */
    private record Attribution(int sentence, int token) {
    }

    /** The reading of one article: entities, their salience, names seen so far. */
    private final class Reading {
        final String text;
        final List<Sentence> sentences;
        final List<Span> quotes;
        final Map<String, Entity> entities = new LinkedHashMap<>();
        final Map<String, Mention> textRole = new HashMap<>();   // person -> first mention with a role from the text
        final Map<String, List<String>> surnames = new HashMap<>(); // last name -> full names with it, latest last
        final Map<String, Mention> fullNames = new HashMap<>();
        final List<Mention> recentActors = new ArrayList<>();
        /** Entities of pronouns already decided ("sentence:token"), so a speaker resolved early stays so. */
        final Map<String, Entity> decided = new HashMap<>();
        final Attribution[] attributions;
        /** For each sentence, how many sentences up to it are the reporter's own (not wholly inside a quotation). */
        int[] narrative;
        final Paragraphs paragraphs;
        List<List<Mention>> input;
        List<List<Mention>> output;
        /** The mentions of the sentence being read, so far. */
        List<Mention> here = List.of();

        Reading(String text, List<Sentence> sentences, List<Span> quotes) {
            this.text = text;
            this.sentences = sentences;
            this.quotes = quotes;
            this.attributions = new Attribution[quotes.size()];
            this.paragraphs = new Paragraphs(text);
        }

        List<List<Mention>> run(List<List<Mention>> mentions) {
            this.input = mentions;
            narrative = new int[sentences.size()];
            int n = 0;
            for (Sentence s : sentences) {
                int quoted = 0;
                for (Token t : s.tokens()) {
                    quoted += inQuote(t.begin()) ? 1 : 0;
                }
                n += quoted * 5 >= s.size() * 4 && s.size() > 0 ? 0 : 1;
                narrative[s.index()] = n;
            }
            attribute();
            output = new ArrayList<>(mentions.size());
            for (int si = 0; si < sentences.size(); si++) {
                decay();
                output.add(sentence(si));
            }
            nameReferredOrganisations();
            return output;
        }

        /**
         * An organisation only named-entity recognition found that a pronoun or description refers to becomes an
         * actor of the article: its names join the links as mentions (rule {@code entity}), all with the code it ended with ("Acme said
         * it …, the company …" is one actor of the description's sector).
         */
        private void nameReferredOrganisations() {
            for (Entity e : entities.values()) {
                if (!e.unknown || !e.referredTo) {
                    continue;
                }
                Actor last = e.antecedent.actor();
                String name = e.names.get(0).actor().name();
                for (List<Mention> ms : output) {
                    ms.replaceAll(m -> m.resolvedBy().equals("coreference") && m.person() == null
                        && m.actor().code().startsWith("---") && m.actor().name().equals(name) ? m.withActor(last, "coreference") : m);
                }
                for (Mention n : e.names) {
                    List<Mention> ms = output.get(n.sentence());
                    if (!covered(ms, n.head())) {
                        // named by named-entity recognition, not found by coreference: later stages treat it as a name
                        ms.add(n.withActor(last, "entity"));
                        ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
                    }
                }
            }
        }

        /** Sentences of the reporter's own from the entity's last mention to sentence {@code si}. */
        private int distance(int si, Entity e) {
            return e.lastSentence < 0 ? Integer.MAX_VALUE : narrative[si] - narrative[e.lastSentence];
        }

        /** A new sentence: every entity's salience halves. */
        private void decay() {
            for (Entity e : entities.values()) {
                e.base = (e.base + e.current) / 2;
                e.current = 0;
            }
        }

        private List<Mention> sentence(int si) {
            Sentence s = sentences.get(si);
            here = new ArrayList<>();
            List<Mention> ms = input.get(si);
            List<EntityMention> organisations = unknownOrganisations(s, ms);
            Entity itInSentence = null;
            Mention owner = null; // what the last "its", "their" stands for, and the token after it
            List<Mention> owners = List.of(); // what the last "their" stands for when it is coordinated states
            int ownerAt = -1;
            int mi = 0;
            int oi = 0;
            int lastParagraph = s.size() == 0 ? 0 : paragraph(s.token(0).begin());
            for (Token t : s.tokens()) {
                int p = paragraph(t.begin());
                if (p != lastParagraph) {
                    decay(); // a paragraph the splitter ran into this sentence starts afresh all the same
                    lastParagraph = p;
                }
                while (mi < ms.size() && ms.get(mi).start() <= t.index()) {
                    Mention named = definite(s, unify(s, ms.get(mi)), si);
                    List<Mention> each = new ArrayList<>(owners.size());
                    for (Mention o : owners) {
                        Mention m = owned(s, named, o, ownerAt);
                        if (m != named) {
                            each.add(m);
                        }
                    }
                    if (each.isEmpty()) {
                        each.add(owned(s, named, owner, ownerAt));
                    }
                    for (Mention m : each) {
                        here.add(m);
                        see(s, m, false);
                    }
                    mi++;
                }
                while (oi < organisations.size() && organisations.get(oi).startToken() <= t.index()) {
                    seeOrganisation(s, organisations.get(oi++));
                }
                if (!t.tag().startsWith("PRP")) {
                    Mention d = descriptionAt(s, t, here, si);
                    if (d != null) {
                        here.add(d);
                        see(s, d, true);
                        if (t.index() + 1 < s.size() && s.token(t.index() + 1).tag().equals("POS")) {
                            // "the country's armed forces", "the group's fighters": owned as after "its"
                            owner = d;
                            owners = List.of();
                            ownerAt = t.index() + 2;
                        }
                    }
                    here.addAll(pairAt(s, t, si));
                    continue;
                }
                String w = t.lowerWord();
                Entity antecedent = null;
                boolean plural = false;
                if (MASCULINE.contains(w) || FEMININE.contains(w)) {
                    antecedent = personFor(si, t.index());
                } else if (NEUTER.contains(w)) {
                    // the subject "it" is most salient: a second "it" in the sentence takes the same referent
                    antecedent = itInSentence != null ? itInSentence : bodyFor(s, t);
                    if (antecedent != null && itInSentence == null) {
                        itInSentence = antecedent;
                    }
                } else if (PLURAL.contains(w) && !inQuote(t.begin())) {
                    List<Mention> states = t.tag().equals("PRP$") ? coordinatedSubject(s, t) : List.of();
                    if (!states.isEmpty()) {
                        // "Iran and Iraq said their foreign ministers would meet": each state's ministers
                        owners = states;
                        owner = null;
                        ownerAt = t.index() + 1;
                        continue;
                    }
                    antecedent = best(s, t, e -> e.many, BODY_WINDOW, si);
                    plural = true;
                }
                if (antecedent != null) {
                    antecedent.referredTo = true;
                    Mention link = link(si, t, antecedent.antecedent, plural);
                    here.add(link);
                    seeAs(antecedent, s, link);
                    if (t.tag().equals("PRP$")) {
                        owner = antecedent.antecedent;
                        owners = List.of();
                        ownerAt = t.index() + 1;
                    }
                }
            }
            while (mi < ms.size()) {
                Mention m = definite(s, unify(s, ms.get(mi++)), si);
                here.add(m);
                see(s, m, false);
            }
            here.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return here;
        }

        /**
         * The states a possessive "their" stands for when the subject of its sentence before it is a coordination
         * of two or more states ("Iran and Iraq said their ministers …", "Chad, Niger and Mali agreed that their
         * armies …"): the states of the coordination, in order; empty otherwise.
         */
        private List<Mention> coordinatedSubject(Sentence s, Token t) {
            List<Mention> states = new ArrayList<>();
            for (Mention m : here) {
                if (m.end() > t.index() || m.resolvedBy().equals("coreference")) {
                    continue;
                }
                boolean joined = !states.isEmpty() && joins(s, states.get(states.size() - 1).end(), m.start());
                if (!joined) {
                    if (states.size() >= 2) {
                        break;
                    }
                    states.clear();
                }
                if (m.actor().kind() != Actor.Kind.STATE || m.actor().country() == null
                    || states.stream().anyMatch(o -> o.actor().country().equals(m.actor().country()))) {
                    states.clear();
                    continue;
                }
                states.add(m);
            }
            if (states.size() < 2 || role(s, states.get(0).head(), states.get(0).start(), states.get(0).end()) != Role.SUBJECT) {
                return List.of();
            }
            return states;
        }

        /** Whether the tokens {@code [from, to)} only join coordinated names: "and", ",", ", and". */
        private static boolean joins(Sentence s, int from, int to) {
            if (from >= to) {
                return false;
            }
            boolean and = false;
            for (int i = from; i < to; i++) {
                String w = s.token(i).lowerWord();
                if (w.equals("and")) {
                    and = true;
                } else if (!w.equals(",")) {
                    return false;
                }
            }
            return and || to - from == 1;
        }

        /**
         * A sector noun after "its" or "their" belongs to what the pronoun stands for, as after a possessive name:
         * "Russia said its troops …" are Russian troops (RUSMIL), "the Syrian government said its forces …" Syrian
         * forces. Only a noun of no state of its own right after the pronoun (or its adjectives, "its own
         * troops"), and only an owner that gives it one: a state, a state's sector, a group or an organisation.
         */
        private Mention owned(Sentence s, Mention m, Mention owner, int ownerAt) {
            if (owner == null || m.start() < ownerAt || m.person() != null || m.actor().kind() != Actor.Kind.SECTOR
                || !m.actor().code().startsWith("---") || m.actor().sector() == null) {
                return m;
            }
            for (int i = ownerAt; i < m.start(); i++) {
                if (!s.token(i).isAdjective() && !s.token(i).lowerWord().equals("own")) {
                    return m;
                }
            }
            Actor o = owner.actor();
            if (o.kind() == Actor.Kind.PERSON && o.country() != null && o.code().length() >= 6) {
                // "Yildirim said his government …": a state's office-holder's government, army or party is the
                // state's; a group leader's fighters are the group's
                o = new Actor(o.name(), o.code().length() > 6 ? o.code() : o.country(), o.country(), o.sector(),
                    o.code().length() > 6 ? Actor.Kind.GROUP : Actor.Kind.STATE);
            }
            Actor.Kind k = o.kind();
            boolean gives = k == Actor.Kind.STATE || k == Actor.Kind.GROUP || k == Actor.Kind.IGO || k == Actor.Kind.NGO
                || k == Actor.Kind.SECTOR && o.country() != null;
            if (!gives || o.code().startsWith("---")) {
                return m;
            }
            Actor composed = ActorRecognizer.ownedBy(o, m.actor().sector(), m.actor().name());
            return new Mention(m.sentence(), m.start(), m.end(), m.head(), composed, m.span(), m.role(), "composition",
                null, m.plural());
        }

        /** "he", "she": the most salient person of agreeing gender, not the speaker of the quote around it. */
        private Entity personFor(int si, int token) {
            String key = si + ":" + token;
            if (decided.containsKey(key)) {
                return decided.get(key);
            }
            decided.put(key, null); // a misparse cannot send the speaker search round in a circle
            Sentence s = sentences.get(si);
            Token t = s.token(token);
            Gender g = MASCULINE.contains(t.lowerWord()) ? Gender.MALE : Gender.FEMALE;
            Entity speaker = null;
            int q = quoteAt(t.begin());
            if (q >= 0) {
                speaker = speakerOf(q, si, token);
            }
            Entity notSpeaker = speaker;
            Role role = role(s, token, token, token + 1);
            Entity local = localSubject(s, token, t.tag().equals("PRP$"));
            Entity best = null;
            double bestScore = -1;
            double second = -1;
            for (Entity e : entities.values()) {
                if (!e.person || distance(si, e) > PERSON_WINDOW || !e.gender.agreesWith(g) || e == notSpeaker
                    || boundAway(s, token, e)) {
                    continue;
                }
                double score = e.salience() + (role == Role.SUBJECT && e.lastRole == Role.SUBJECT ? PARALLEL : 0)
                    + (e.gender == g && e.genderStrength >= 3 ? GENDER_MATCH : 0) + (e == local ? LOCAL_SUBJECT : 0)
                    + (q >= 0 && sameQuotation(e.lastQuote, q) ? SAME_QUOTE : 0);
                if (score > bestScore) {
                    second = bestScore;
                    bestScore = score;
                    best = e;
                } else if (score > second) {
                    second = score;
                }
            }
            if (best != null && best.genderStrength == 0 && (second < 0 || bestScore >= 2 * second)) {
                best.gender(g, 1); // "he" with no close rival: the person is a man from now on
            }
            decided.put(key, best);
            return best;
        }

        /**
         * Binding: an object pronoun is not the subject of its own verb ("Obama told him"); a possessive
         * is not the noun it modifies' own entity.
         */
        private boolean boundAway(Sentence s, int token, Entity e) {
            if (!s.parsed()) {
                return false;
            }
            String rel = s.graph().relationToHead(token);
            int verb = s.graph().head(token);
            if (verb < 0 || !(rel.startsWith("obj") || rel.startsWith("iobj"))) {
                return false;
            }
            for (int subject : s.graph().children(verb, "nsubj")) {
                Mention m = covering(output.size() > s.index() ? output.get(s.index()) : List.of(), subject);
                if (m == null) {
                    m = covering(input.get(s.index()), subject);
                }
                if (m != null && key(m).equals(e.key)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The entity of the subject of the clause above a pronoun, or null: for a possessive, the subject of the
         * nearest verb ("Vermelhudo shared with her mother"); for a subject pronoun, the subject of the verb its
         * clause depends on ("Putin said he …", "Ban Ki-moon condemned what he called …").
         */
        private Entity localSubject(Sentence s, int token, boolean possessive) {
            if (!s.parsed()) {
                return null;
            }
            int h = s.graph().head(token);
            if (!possessive) {
                if (h < 0 || !s.graph().relationToHead(token).startsWith("nsubj")) {
                    return null;
                }
                String clause = s.graph().relationToHead(h);
                if (!clause.startsWith("ccomp") && !clause.startsWith("acl")) {
                    return null; // "as he lay", "before he was killed": an adverbial clause is no one's report
                }
                h = s.graph().head(h); // from the pronoun's own verb up to the clause it depends on
            }
            for (int steps = 0; h >= 0 && steps < 4 && !s.token(h).isVerb(); steps++) {
                h = s.graph().head(h);
            }
            if (h < 0 || !s.token(h).isVerb()) {
                return null;
            }
            for (int subject : s.graph().children(h, "nsubj")) {
                if (subject == token) {
                    continue;
                }
                for (Mention m : here) {
                    if (m.covers(subject)) {
                        return entities.get(key(m));
                    }
                }
            }
            return null;
        }

        /** Whether quotation {@code last} is {@code q} or the one before it in the same or the previous paragraph. */
        private boolean sameQuotation(int last, int q) {
            return last == q || last == q - 1 && last >= 0
                && paragraph(quotes.get(q).begin()) - paragraph(quotes.get(last).begin()) <= 1;
        }

        /** "it", "its": the most salient body, unless "it" is an object or expletive ("it is clear that"). */
        private Entity bodyFor(Sentence s, Token t) {
            if (expletive(s, t) || objectIt(s, t)) {
                return null;
            }
            int q = quoteAt(t.begin());
            if (q >= 0) {
                // inside a quotation "it" is mostly a thing; only a body the same quotation or sentence named counts
                return best(s, t, e -> e.body && (e.lastSentence == s.index() || sameQuotation(e.lastQuote, q)),
                    BODY_WINDOW, s.index());
            }
            Entity reacted = reactedTo(s, t);
            return reacted != null ? reacted : best(s, t, e -> e.body, BODY_WINDOW, s.index());
        }

        /**
         * The entity a reaction is aimed at, when "it" is the subject of the clause giving the reason: "The EU imposed
         * sanctions on Russia after it annexed Crimea", "Washington condemned Pyongyang after it tested a missile",
         * "Qatar thanked Turkey because it sent troops": one reacts to what the other did, so the "it" of an
         * after-, because-, since- or when-clause of a verb of praise, blame or punishment ({@link #REACTIONS}, or
         * imposing {@link #PENALTIES} on someone) is the one the reaction is aimed at (its object, or the on- or
         * against-phrase of the penalty), when that is a body named before "it" in the sentence. Null otherwise, and the
         * most salient body is taken as for any "it" ("Russia withdrew its troops after it reached a deal").
         */
        private Entity reactedTo(Sentence s, Token t) {
            if (!s.parsed() || !s.graph().relationToHead(t.index()).startsWith("nsubj")) {
                return null;
            }
            int clause = s.graph().head(t.index());
            if (clause < 0 || !s.graph().relationToHead(clause).startsWith("advcl")
                || s.graph().children(clause, "mark").stream().noneMatch(k -> REASON_MARKERS.contains(s.token(k).lowerWord()))) {
                return null;
            }
            int main = s.graph().head(clause);
            if (main < 0 || !s.token(main).isVerb()) {
                return null;
            }
            List<Integer> aimed = new ArrayList<>();
            if (REACTIONS.contains(s.token(main).lemma().toLowerCase(Locale.ROOT))) {
                aimed.addAll(s.graph().children(main, "obj"));
            }
            for (int obj : s.graph().children(main, "obj")) {
                if (PENALTIES.contains(s.token(obj).lemma().toLowerCase(Locale.ROOT))) {
                    for (String rel : List.of("obl:on", "obl:against", "nmod:on", "nmod:against")) {
                        aimed.addAll(s.graph().children(main, rel));
                        aimed.addAll(s.graph().children(obj, rel));
                    }
                }
            }
            for (int a : aimed) {
                if (a >= t.index()) {
                    continue;
                }
                for (Mention m : here) {
                    if (m.covers(a)) {
                        Entity e = entities.get(key(m));
                        return e != null && e.body ? e : null;
                    }
                }
            }
            return null;
        }

        private Entity best(Sentence s, Token t, java.util.function.Predicate<Entity> kind, int window, int si) {
            Role role = role(s, t.index(), t.index(), t.index() + 1);
            Entity best = null;
            double bestScore = -1;
            for (Entity e : entities.values()) {
                // an organisation only named-entity recognition found is a weaker antecedent: one sentence back at most
                if (!kind.test(e) || distance(si, e) > (e.unknown ? Math.min(window, 1) : window)) {
                    continue;
                }
                double score = e.salience() + (role == Role.SUBJECT && e.lastRole == Role.SUBJECT ? PARALLEL : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = e;
                }
            }
            return best;
        }

        /** Records a mention the text names: its entity gains salience and what the mention tells about it. */
        private void see(Sentence s, Mention m, boolean description) {
            if (!m.resolvedBy().equals("coreference") && m.resolved()) {
                recentActors.removeIf(x -> x.actor().code().equals(m.actor().code()));
                recentActors.add(m);
                if (recentActors.size() > 6) {
                    recentActors.remove(0);
                }
            }
            Actor.Kind k = m.actor().kind();
            boolean locative = afterLocative(s, m);
            boolean personal = k == Actor.Kind.PERSON && m.person() != null;
            if (!personal && locative) {
                return; // "in Syria" names a place here, not an actor one refers back to
            }
            // a state's adjective ("Russian action … It must …") may stand for it under "it", never for "the country"
            boolean stateNoun = k == Actor.Kind.STATE && s.token(m.head()).isNoun();
            Entity e = entity(m);
            if (e.nounPerson && inQuote(m.span().begin())) {
                return; // "student groups" in a quotation is not the student the reporter wrote of
            }
            if (personal) {
                e.person = true;
                genderOf(s, m, e);
                if (m.role() != null) {
                    String role = m.role().toLowerCase(Locale.ROOT);
                    if (!e.roles.contains(role)) {
                        e.roles.add(role);
                    }
                }
            } else {
                boolean link = m.resolvedBy().equals("coreference") && !description;
                Token head = s.token(m.head());
                // a sector mention is "plural" by composition ("the Syrian government"): its head tells its number
                boolean one = head.tag().equals("NN") || head.tag().equals("NNP");
                boolean bodyHead = BODY_HEADS.contains(head.key()) || m.resolvedBy().startsWith("capital")
                    || m.resolvedBy().startsWith("metonym") || m.resolvedBy().equals("company") || head.isProperNoun(); // "the Coptic Orthodox Church"
                // a named group is "plural" by composition too ("Hamas"): a singular head makes it an "it"
                e.body |= (!m.plural() || one) && (k == Actor.Kind.IGO || k == Actor.Kind.GROUP || k == Actor.Kind.NGO)
                    || k == Actor.Kind.STATE
                    || k == Actor.Kind.SECTOR && one && bodyHead;
                if (k == Actor.Kind.SECTOR && head.tag().equals("NN") && !bodyHead && !inQuote(m.span().begin()) && !NOT_ONE_PERSON.contains(head.key())
                    && !ORGANISATION_NOUNS.contains(head.key()) && m.end() - m.start() <= (possessive(s, m) ? 5 : 3)
                    && (m.end() >= s.size() || !s.token(m.end()).isNoun())) {
                    e.person = true; // "the gunman", "a Turkish policeman": one person, "he" or "she"
                    e.nounPerson = true;
                    e.gender(genders.word(head.word()), 3);
                }
                e.many |= (m.plural() || k == Actor.Kind.GROUP) && !link;
                e.group |= k == Actor.Kind.GROUP || k == Actor.Kind.IGO;
                e.state |= stateNoun;
                e.organisation |= k == Actor.Kind.IGO || k == Actor.Kind.NGO || k == Actor.Kind.GROUP
                    || k == Actor.Kind.SECTOR && one && ORGANISATION_NOUNS.contains(head.key())
                    || m.resolvedBy().equals("company"); // "Samsung … the company said"
            }
            if (!m.resolvedBy().equals("coreference") || description) {
                e.antecedent = m;
            }
            seeAs(e, s, m);
            if (!m.resolvedBy().equals("coreference")) {
                seeNamedState(s, m);
            }
        }

        /**
         * The state a sector or person mention names inside it ("Pakistan's army chief", "Iranian officials",
         * "Egyptian Foreign Minister Sameh Shoukry") is in the reader's mind as a state: "the country" may refer
         * to it ("… said the country's armed forces"). It weighs as the modifier it is, and stays no antecedent
         * of "it", which the mention itself may be.
         */
        private void seeNamedState(Sentence s, Mention m) {
            Actor a = m.actor();
            if (a.kind() == Actor.Kind.STATE || a.country() == null || m.end() - m.start() < 2) {
                return;
            }
            Country c = countries.get(a.country());
            if (c == null) {
                return;
            }
            for (int i = m.start(); i < m.end(); i++) {
                Token t = s.token(i);
                if (i == m.head() || !(t.isProperNoun() || t.isAdjective()) || !namesState(c, t.word())) {
                    continue;
                }
                Actor state = new Actor(c.name(), c.iso3(), c.iso3(), null, Actor.Kind.STATE);
                Mention named = new Mention(m.sentence(), i, i + 1, i, state, new Span(t.begin(), t.end()), null,
                    "coreference", null, false);
                Entity e = entities.computeIfAbsent("A:" + c.iso3(), Entity::new);
                e.state = true;
                if (e.antecedent == null) {
                    e.antecedent = named;
                }
                seeAs(e, s, named);
                return;
            }
        }

        /** Whether a word is the state's one-word name, alias or adjective ("Pakistan", "Pakistani"). */
        private static boolean namesState(Country c, String word) {
            if (c.name().equalsIgnoreCase(word)) {
                return true;
            }
            for (String x : c.aliases()) {
                if (x.equalsIgnoreCase(word)) {
                    return true;
                }
            }
            for (String x : c.adjectives()) {
                if (x.equalsIgnoreCase(word)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a mention holds a possessive "'s": "Turkey's prime minister" is one person in four words. */
        private static boolean possessive(Sentence s, Mention m) {
            for (int i = m.start(); i < m.end(); i++) {
                if (s.token(i).tag().equals("POS")) {
                    return true;
                }
            }
            return false;
        }

        /** Adds a mention's weight to its entity's salience in the current sentence. */
        private void seeAs(Entity e, Sentence s, Mention m) {
            Role role = role(s, m.head(), m.start(), m.end());
            double w = RECENCY;
            switch (role) {
                case SUBJECT -> w += SUBJECT + HEAD + NON_ADVERBIAL;
                case OBJECT -> w += OBJECT + HEAD + NON_ADVERBIAL;
                case INDIRECT -> w += INDIRECT + HEAD + NON_ADVERBIAL;
                case OBLIQUE -> w += HEAD;
                case MODIFIER -> w += NON_ADVERBIAL;
            }
            boolean main = role == Role.SUBJECT && mainSubject(s, m.head());
            if (main) {
                w += MAIN_CLAUSE;
            }
            int q = quoteAt(m.span().begin());
            if (q >= 0) {
                w *= QUOTED;
            }
            e.current = Math.max(e.current, w);
            e.lastSentence = s.index();
            e.lastRole = role;
            e.lastMain = main;
            e.lastQuote = q;
        }

        /** An organisation only named-entity recognition found ("Acme Logistics"): an antecedent for "it", "the company". */
        private void seeOrganisation(Sentence s, EntityMention o) {
            String name = new Span(o.begin(), o.end()).of(text);
            Entity e = entities.get("O:" + name);
            if (e == null) {
                Actor actor = new Actor(name, "---", null, null, Actor.Kind.SECTOR);
                Mention m = new Mention(s.index(), o.startToken(), o.endToken(), o.endToken() - 1, actor,
                    new Span(o.begin(), o.end()), null, "coreference", null, false);
                e = new Entity("O:" + name);
                e.antecedent = m;
                e.unknown = true;
                e.body = true;
                e.organisation = true;
                entities.put(e.key, e);
            }
            Mention named = new Mention(s.index(), o.startToken(), o.endToken(), o.endToken() - 1, e.antecedent.actor(),
                new Span(o.begin(), o.end()), null, "coreference", null, false);
            e.names.add(named);
            seeAs(e, s, named);
        }

        private Entity entity(Mention m) {
            String key = key(m);
            return entities.computeIfAbsent(key, Entity::new);
        }

        /** The gender a person mention shows: a title or noun around the name, else the given name. */
        private void genderOf(Sentence s, Mention m, Entity e) {
            for (int i = Math.max(0, m.start() - 1); i < m.end(); i++) {
                e.gender(genders.word(s.token(i).word()), 3);
            }
            if (m.role() != null) {
                for (String w : m.role().split("[\\s,]+")) {
                    e.gender(genders.word(w), 3);
                }
            }
            e.gender(genders.fullName(m.person()), 2);
            e.gender(genders.fullName(new Span(s.token(m.start()).begin(), s.token(m.end() - 1).end()).of(text)), 2);
        }

        /** The unknown organisations of a sentence: ORGANIZATION entities that no actor mention overlaps. */
        private List<EntityMention> unknownOrganisations(Sentence s, List<Mention> ms) {
            List<EntityMention> out = new ArrayList<>(1);
            // the agency of a dateline ("ABIDJAN, Ivory Coast (AP) —") filed the story and is no antecedent
            int dateline = s.index() == 0 ? org.dyad.nlp.Dateline.dash(s.tokens().stream().map(Token::word).toList()) : -1;
            for (EntityMention o : s.entities()) {
                if (!o.type().equals("ORGANIZATION") || o.endToken() <= dateline) {
                    continue;
                }
                boolean covered = false;
                for (Mention m : ms) {
                    boolean adjective = m.actor().kind() == Actor.Kind.STATE && s.token(m.head()).isAdjective();
                    // "Quebec Health Minister Gaetan Barrette": an organisation right before a person's title is its office
                    covered |= !adjective && m.start() < o.endToken() && o.startToken() < m.end() || m.start() == o.endToken();
                    // "The International Labor Office (ILO)": the name a known acronym spells out is that actor
                    covered |= m.start() == o.endToken() + 1 && o.endToken() < s.size()
                        && (s.token(o.endToken()).word().equals("(") || s.token(o.endToken()).word().equals("-LRB-"));
                }
                if (!covered) {
                    out.add(o);
                }
            }
            return out;
        }

        /** The entity of the speaker of quotation {@code q}, or null; pronoun {@code (si, token)} asks. */
        private Entity speakerOf(int q, int si, int token) {
            for (int k = q; k >= 0; k--) {
                Attribution a = attributions[k];
                if (a == null) {
                    // a quotation without its own attribution goes on with the last speaker of its paragraph
                    if (k > 0 && paragraph(quotes.get(k - 1).begin()) >= paragraph(quotes.get(k).begin()) - 1) {
                        continue;
                    }
                    return null;
                }
                Sentence s = sentences.get(a.sentence());
                Token t = s.token(a.token());
                if (a.sentence() == si && a.token() == token) {
                    return null;
                }
                if (t.tag().startsWith("PRP")) {
                    return MASCULINE.contains(t.lowerWord()) || FEMININE.contains(t.lowerWord())
                        ? personFor(a.sentence(), a.token()) : null;
                }
                Mention m = a.sentence() < output.size() ? covering(output.get(a.sentence()), a.token()) : null;
                if (m != null) {
                    return entities.get(key(m));
                }
                m = covering(input.get(a.sentence()), a.token());
                if (m == null) {
                    return null;
                }
                String surname = m.person() == null ? null : surname(s, m);
                String full = surname == null ? null : fullNameFor(s, m, surname);
                return entities.get(full != null ? "P:" + full : key(m));
            }
            return null;
        }

        /** Finds each quotation's attribution: the subject of the nearest speech verb outside quotes in its sentences. */
        private void attribute() {
            for (int q = 0; q < quotes.size(); q++) {
                Span quote = quotes.get(q);
                Attribution best = null;
                int bestDistance = Integer.MAX_VALUE;
                for (Sentence s : sentences) {
                    if (s.end() <= quote.begin() - 1 || s.begin() > quote.end() + 1) {
                        continue;
                    }
                    for (Token v : s.tokens()) {
                        if (!v.isVerb() || !SPEECH_VERBS.contains(v.key()) || inQuote(v.begin())
                            || paragraph(v.begin()) != paragraph(quote.begin()) && paragraph(v.begin()) != paragraph(quote.end())) {
                            continue;
                        }
                        int speaker = speakerToken(s, v);
                        int distance = v.begin() >= quote.end() ? v.begin() - quote.end() : quote.begin() - v.end();
                        if (speaker >= 0 && distance < bestDistance) {
                            best = new Attribution(s.index(), speaker);
                            bestDistance = distance;
                        }
                    }
                }
                attributions[q] = best;
            }
        }

        /** The token naming who speaks: the verb's subject, else a name or pronoun right before or after it. */
        private int speakerToken(Sentence s, Token verb) {
            int v = verb.index();
            if (s.parsed()) {
                for (Dependency d : s.graph().children(v)) {
                    if (d.relation().startsWith("nsubj") && !d.relation().startsWith("nsubj:pass")) {
                        return d.dependent();
                    }
                }
            }
            for (int i = v - 1; i >= Math.max(0, v - 2); i--) {
                Token t = s.token(i);
                if (t.isProperNoun() || t.tag().equals("PRP")) {
                    return i;
                }
            }
            if (v > 0 && (s.token(v - 1).word().equals(",") || s.token(v - 1).word().equals("''")
                || s.token(v - 1).word().equals("\u201D"))) {
                for (int i = v + 1; i < Math.min(s.size(), v + 5); i++) {
                    if (s.token(i).isNoun() && (i + 1 == s.size() || !s.token(i + 1).isNoun())) {
                        return i; // '"…," said the minister'
                    }
                }
            }
            return -1;
        }

        /**
         * "the president", "the minister": a title alone refers to the most salient person holding it (or,
         * when nobody does, of the same sector) within a few sentences; "the company", "the agency" to the
         * most salient organisation.
         */
        private Mention definite(Sentence s, Mention m, int si) {
            if (m.person() != null || m.start() == 0 || m.end() - m.start() > 3) {
                return m;
            }
            // the title's words the holder's role must have: "the commission president", "the prime minister"
            List<String> words = new ArrayList<>(3);
            int the = m.start() - 1;
            while (the >= 0 && the >= m.start() - 2 && modifier(s.token(the))) {
                words.add(s.token(the--).key());
            }
            if (the < 0 || !s.token(the).lowerWord().equals("the") || establishing(s, m.end() - 1)) {
                return m;
            }
            String by = m.resolvedBy();
            if (by.equals("dictionary") || by.equals("metonym") || by.equals("capital") || by.equals("company")) {
                return m; // "the FBI", "the Kremlin", "the BBC": a name, not a description of someone named before
            }
            // "the North Korean leader": a nationality in the description, which the holder must share
            boolean national = false;
            for (int i = m.start(); i < m.end(); i++) {
                Token t = s.token(i);
                // a nationality is an adjective ("Chinese", "North Korean"); a place name ("the Kabul police chief") is
                // a toponym the description keeps, and no sign the holder was named before
                boolean nationality = t.isAdjective()
                    || t.isProperNoun() && i + 1 < m.end() && i + 1 != m.head() && s.token(i + 1).isAdjective();
                if (i == m.head() ? !t.isNoun() : !modifier(t) && !nationality) {
                    return m;
                }
                if (i != m.head() && !modifier(t)) {
                    national = true;
                } else if (i != m.head()) {
                    words.add(t.key());
                }
            }
            if (national && (m.actor().country() == null || s.token(m.head()).isProperNoun())) {
                return m; // "the Russian ambassador" of no known country, "the Kremlin": the words name the actor
            }
            String head = s.token(m.head()).key();
            words.add(head);
            if (ORGANISATION_NOUNS.contains(head) && m.actor().kind() == Actor.Kind.SECTOR
                && s.token(m.head()).tag().equals("NN")) {
                Entity org = best(s, s.token(m.head()), e -> e.organisation && !e.state && !e.person && fits(e, head),
                    BODY_WINDOW, si);
                if (org == null) {
                    return m;
                }
                org.referredTo = true;
                Actor a = org.antecedent.actor();
                Actor coded = org.unknown || a.code().startsWith("---")
                    ? new Actor(a.name(), m.actor().code(), m.actor().country(), m.actor().sector(), m.actor().kind())
                    : a;
                Mention linked = new Mention(m.sentence(), m.start(), m.end(), m.head(), coded, m.span(), m.role(),
                    "coreference", null, false);
                if (org.unknown) {
                    org.antecedent = linked; // the organisation keeps the description's sector from now on
                }
                return linked;
            }
            boolean pluralHead = s.token(m.head()).tag().equals("NNS");
            if (words.size() == 1 && !national && m.actor().kind() == Actor.Kind.SECTOR && m.actor().sector() != null
                && m.actor().code().startsWith("---") && (pluralHead || s.token(m.head()).tag().equals("NN")
                && BODY_HEADS.contains(head))) {
                // "Palestinian militants fired rockets … Israeli aircraft struck the militants' positions": the
                // same people named again by their noun alone
                // "the Venezuelan government … The government": a body named again by its noun alone
                Entity same = best(s, s.token(m.head()), e -> namedAs(e, head, m.actor(), pluralHead), BODY_WINDOW, si);
                if (same != null) {
                    Mention a = same.antecedent;
                    return new Mention(m.sentence(), m.start(), m.end(), m.head(), a.actor(), m.span(), null,
                        "coreference", null, true);
                }
            }
            // a sector mention is "plural" by composition ("the Chinese leader"): its head tells its number
            boolean one = s.token(m.head()).tag().equals("NN") && m.actor().kind() == Actor.Kind.SECTOR;
            if (m.plural() && !one || !m.actor().code().startsWith("---") && !m.actor().kind().equals(Actor.Kind.PERSON)
                && !m.actor().kind().equals(Actor.Kind.SECTOR)) {
                return m;
            }
            if (BODY_HEADS.contains(head) || NOT_ONE_PERSON.contains(head) || ORGANISATION_NOUNS.contains(head)) {
                return m; // "the Syrian army", "the police": a body, not the person who heads it
            }
            Entity holder = null;
            Entity any = null;
            for (Entity e : entities.values()) {
                if (!e.person || e.nounPerson || distance(si, e) > PERSON_WINDOW) {
                    continue;
                }
                boolean compatriot = m.actor().country() != null && m.actor().country().equals(e.antecedent.actor().country());
                if (national && !compatriot) {
                    continue;
                }
                if (holdsTitle(e, words, head) && (holder == null || e.salience() > holder.salience())) {
                    holder = e;
                }
                if (any == null || e.salience() > any.salience()) {
                    any = e;
                }
            }
            boolean plain = words.size() == 1 && !national;
            Entity antecedent = holder != null ? holder
                : plain && any != null && sameSector(any.antecedent, m) ? any : null;
            if (antecedent == null) {
                return m;
            }
            Mention a = antecedent.antecedent;
            return new Mention(m.sentence(), m.start(), m.end(), m.head(), a.actor(), m.span(), a.role(), "coreference",
                a.person(), false);
        }

        /**
         * Whether an entity is a sector mention of the description's number with this head noun and sector that says more than the
         * description ("Palestinian militants", "Kurdish protesters" for "the militants", "the protesters"; "the
         * Venezuelan government" for "the government"), or, for a plural, a group of this sector ("Boko Haram" for "the
         * militants", "the Taliban" for "the insurgents").
         */
        private boolean namedAs(Entity e, String head, Actor description, boolean plural) {
            Mention a = e.antecedent;
            if (a == null || e.person || a.resolvedBy().equals("coreference") || a.actor().code().equals(description.code())
                || !description.sector().equals(a.actor().sector())) {
                return false;
            }
            if (a.actor().kind() == Actor.Kind.GROUP) {
                return plural;
            }
            Token h = sentences.get(a.sentence()).token(a.head());
            return a.actor().kind() == Actor.Kind.SECTOR && h.key().equals(head)
                && (plural ? a.plural() : h.tag().equals("NN"));
        }

        /**
         * Whether a person holds the title a description gives: every word of it is in a role the text or the
         * dictionary gave them ("the commission president", "President of the European Commission"), or the head
         * names a title their role implies (a president is a leader).
         */
        private boolean holdsTitle(Entity e, List<String> words, String head) {
            for (String w : words) {
                if (!e.holds(w) && !(w.equals(head) && TITLE_HOLDERS.getOrDefault(head, Set.of()).stream().anyMatch(e::holds))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether an organisation fits a description: any for "the company"; a business, a news organisation or an
         * organisation only named-entity recognition found for "the carmaker", "the broadcaster"; else one named so ("the university", "the ministry").
         */
        private boolean fits(Entity e, String noun) {
            Actor a = e.antecedent.actor();
            return GENERIC_ORGANISATION_NOUNS.contains(noun)
                || BUSINESS_NOUNS.contains(noun) && (e.unknown || "BUS".equals(a.sector()) || "MED".equals(a.sector()))
                || a.name().toLowerCase(Locale.ROOT).contains(noun);
        }

        /** "the group", "the movement", "the country": a noun no actor covers that refers back to a group, body or state. */
        private Mention descriptionAt(Sentence s, Token t, List<Mention> here, int si) {
            if (!t.isNoun() || t.tag().startsWith("NNS") || t.index() == 0 || covered(here, t.index())) {
                return null;
            }
            int the = determiner(s, t.index());
            if (the < 0 || establishing(s, t.index())) {
                return null;
            }
            String k = t.key();
            Entity antecedent;
            if (STATE_NOUNS.contains(k)) {
                antecedent = best(s, t, e -> e.state, BODY_WINDOW, si);
            } else if (ANY_ORGANISATION_NOUNS.contains(k)) {
                antecedent = best(s, t, e -> e.group || e.unknown || e.organisation && !e.state, BODY_WINDOW, si);
            } else if (GROUP_NOUNS.contains(k)) {
                antecedent = best(s, t, e -> e.group || e.unknown, BODY_WINDOW, si);
            } else if (ORGANISATION_NOUNS.contains(k)) {
                antecedent = best(s, t, e -> e.organisation && !e.state && fits(e, k), BODY_WINDOW, si);
            } else {
                return null;
            }
            if (antecedent == null) {
                return null;
            }
            antecedent.referredTo = true;
            Mention a = antecedent.antecedent;
            int begin = s.token(the).begin();
            return new Mention(si, the, t.index() + 1, t.index(), a.actor(), new Span(begin, t.end()),
                a.role(), "coreference", null, false);
        }

        /**
         * The "the" that opens a description headed by token {@code head}, or -1: right before it ("the group"),
         * or before up to two common modifiers when the head ends the phrase ("the paramilitary group", "the power
         * utility"; not "the group leader").
         */
        private int determiner(Sentence s, int head) {
            int i = head - 1;
            while (i >= 0 && i >= head - 2 && !s.token(i).lowerWord().equals("the") && modifier(s.token(i))) {
                i--;
            }
            if (i < 0 || !s.token(i).lowerWord().equals("the")) {
                return -1;
            }
            boolean modified = i < head - 1;
            return modified && head + 1 < s.size() && s.token(head + 1).isNoun() ? -1 : i;
        }

        /**
         * "both sides", "the two countries": the last two distinct actors named in this or the last
         * {@value #PAIR_WINDOW} sentences, one mention each. Neither is the one who acts on the pair, nor of its state
         * ("The United States imposed sanctions ... Washington urged both sides": not the United States), nor civilians, refugees or the press, who suffer or report a conflict but are
         * no side of it ("sanctions over attacks on civilians. Washington urged both sides").
         */
        private List<Mention> pairAt(Sentence s, Token t, int si) {
            if (!t.isNoun() || t.index() == 0 || !PAIR_NOUNS.contains(t.key()) || recentActors.size() < 2) {
                return List.of();
            }
            int i = t.index();
            boolean both = s.token(i - 1).lowerWord().equals("both");
            boolean two = i >= 2 && s.token(i - 1).lowerWord().equals("two") && s.token(i - 2).lowerWord().equals("the");
            if (!both && !two) {
                return List.of();
            }
            int start = both ? i - 1 : i - 2;
            Span span = new Span(s.token(start).begin(), t.end());
            List<Integer> actingOnPair = actingOn(s, i);
            Set<String> addressers = new HashSet<>(); // the codes and states of those who act on the pair
            for (Mention a : recentActors) {
                if (a.sentence() == si && actingOnPair.stream().anyMatch(a::covers)) {
                    addressers.add(a.actor().code());
                    if (a.actor().country() != null) {
                        addressers.add(a.actor().country());
                    }
                }
            }
            List<Mention> out = new ArrayList<>(2);
            for (int k = recentActors.size() - 1; k >= 0 && out.size() < 2; k--) {
                Mention a = recentActors.get(k);
                if (si - a.sentence() > PAIR_WINDOW || a.actor().sector() != null && NO_SIDE_SECTORS.contains(a.actor().sector())
                    || addressers.contains(a.actor().code()) || a.actor().country() != null && addressers.contains(a.actor().country())) {
                    continue;
                }
                out.add(0, new Mention(si, start, i + 1, i, a.actor(), span, a.role(), "coreference", a.person(), true));
            }
            return out.size() == 2 ? out : List.of();
        }

        /** The subjects of the verb whose object (or oblique) the token is: those who act on it. */
        private static List<Integer> actingOn(Sentence s, int token) {
            if (!s.parsed()) {
                return List.of();
            }
            int verb = s.graph().head(token);
            String rel = s.graph().relationToHead(token);
            if (verb < 0 || !(rel.startsWith("obj") || rel.startsWith("iobj") || rel.startsWith("obl"))) {
                return List.of();
            }
            return s.graph().children(verb, "nsubj");
        }

        /**
         * A person named again takes the code the text gave them first; a bare surname is the person last
         * named in full with it (of the gender a title before it gives), even where the dictionary knows
         * another person by that surname.
         */
        private Mention unify(Sentence s, Mention m) {
            if (m.actor().kind() != Actor.Kind.PERSON || m.person() == null) {
                return m;
            }
            String person = m.person();
            String surname = surname(s, m);
            if (surname != null) {
                String full = fullNameFor(s, m, surname);
                if (full != null && !full.equals(person)) {
                    Mention f = fullNames.get(full);
                    Mention first = textRole.get(full);
                    Mention from = first != null ? first : f;
                    return new Mention(m.sentence(), m.start(), m.end(), m.head(), from.actor(), m.span(), from.role(),
                        "coreference", full, false);
                }
            } else if (writtenInFull(s, m)) {
                String last = person.substring(person.lastIndexOf(' ') + 1);
                List<String> withIt = surnames.computeIfAbsent(last, x -> new ArrayList<>(1));
                withIt.remove(person);
                withIt.add(person);
                fullNames.putIfAbsent(person, m);
                String written = s.token(m.head()).word();
                if (!written.equals(last)) {
                    List<String> asWritten = surnames.computeIfAbsent(written, x -> new ArrayList<>(1));
                    asWritten.remove(person);
                    asWritten.add(person); // a dictionary name written another way ("Assad" for "Bashar al-Assad")
                }
            }
            Mention first = textRole.get(person);
            if (first == null) {
                if (m.resolvedBy().equals("title") || m.resolvedBy().equals("apposition")) {
                    textRole.put(person, m);
                }
                return m;
            }
            if (!m.resolvedBy().equals("title") && !first.actor().code().equals(m.actor().code())) {
                return new Mention(m.sentence(), m.start(), m.end(), m.head(), first.actor(), m.span(), first.role(),
                    "title", person, false);
            }
            return m;
        }

        /** The person a surname stands for: the latest full name with it whose gender agrees with a title before it. */
        private String fullNameFor(Sentence s, Mention m, String surname) {
            List<String> candidates = surnames.get(surname);
            if (candidates == null || candidates.isEmpty()) {
                return null;
            }
            Gender title = m.start() > 0 ? genders.word(s.token(m.start() - 1).word()) : Gender.UNKNOWN;
            for (int i = m.start(); i < m.end() && title == Gender.UNKNOWN; i++) {
                title = genders.word(s.token(i).word());
            }
            for (int i = candidates.size() - 1; i >= 0; i--) {
                Entity e = entities.get("P:" + candidates.get(i));
                Gender g = e == null ? Gender.UNKNOWN : e.gender;
                if (g.agreesWith(title)) {
                    return candidates.get(i);
                }
            }
            return candidates.get(candidates.size() - 1);
        }

        /** The surname when the mention writes a person by one name only ("Tusk", "Mrs Clinton", "Ambassador Karlov"), else null. */
        private String surname(Sentence s, Mention m) {
            List<Token> names = nameTokens(s, m);
            if (names.size() != 1) {
                return null;
            }
            String only = names.get(0).word();
            return genders.isGivenName(only) ? null : only;
        }

        /** Whether the mention writes the person's name with two or more words ("Hillary Clinton"). */
        private boolean writtenInFull(Sentence s, Mention m) {
            return m.person().contains(" ") && nameTokens(s, m).size() >= 2;
        }

        /** The entity key of a mention, as the reading stands: people by name, organisations by name, others by code. */
        private String key(Mention m) {
            if (m.person() != null) {
                return "P:" + m.person();
            }
            Actor a = m.actor();
            if (m.resolvedBy().equals("coreference") && a.code().startsWith("---")) {
                for (Entity e : entities.values()) {
                    if (e.unknown && e.antecedent.actor().name().equals(a.name())) {
                        return e.key;
                    }
                }
            }
            return a.kind() == Actor.Kind.STATE ? "A:" + a.code() : "A:" + a.code() + ":" + a.name();
        }

        private boolean inQuote(int offset) {
            return quoteAt(offset) >= 0;
        }

        private int quoteAt(int offset) {
            for (int i = 0; i < quotes.size(); i++) {
                Span q = quotes.get(i);
                if (q.begin() <= offset && offset < q.end()) {
                    return i;
                }
                if (q.begin() > offset) {
                    break;
                }
            }
            return -1;
        }

        /** Paragraph number of a character offset (see {@link Paragraphs}). */
        private int paragraph(int offset) {
            return paragraphs.of(offset);
        }
    }

    /** The grammatical role of tokens {@code start..end} headed by {@code head}: from the parse, else from the words around. */
    private static Role role(Sentence s, int head, int start, int end) {
        if (s.parsed()) {
            int h = head;
            String rel = s.graph().relationToHead(h);
            for (int steps = 0; steps < 3 && (rel.startsWith("appos") || rel.startsWith("conj") || rel.startsWith("flat"));
                 steps++) {
                h = s.graph().head(h); // "Altintas, the gunman," and "Putin and Erdogan" take their head's role
                if (h < 0) {
                    return Role.OBLIQUE;
                }
                rel = s.graph().relationToHead(h);
            }
            if (rel.startsWith("nsubj")) {
                return Role.SUBJECT;
            }
            if (rel.startsWith("obj")) {
                return Role.OBJECT;
            }
            if (rel.startsWith("iobj")) {
                return Role.INDIRECT;
            }
            if (rel.startsWith("nmod:poss") || rel.startsWith("compound") || rel.startsWith("amod")) {
                return Role.MODIFIER;
            }
            return Role.OBLIQUE;
        }
        if (end < s.size() && s.token(end).tag().equals("POS") || s.token(head).tag().equals("PRP$")
            || s.token(head).isAdjective()) {
            return Role.MODIFIER;
        }
        int before = start - 1;
        while (before >= 0 && (s.token(before).tag().equals("DT") || s.token(before).isAdjective()
            || s.token(before).tag().equals("PRP$"))) {
            before--;
        }
        if (before >= 0 && (s.token(before).tag().equals("IN") || s.token(before).tag().equals("TO"))) {
            return Role.OBLIQUE;
        }
        if (before >= 0 && s.token(before).isVerb()) {
            return Role.OBJECT;
        }
        for (int i = end; i < s.size() && i < end + 3; i++) {
            Token t = s.token(i);
            if (t.isVerb() || t.tag().equals("MD")) {
                return Role.SUBJECT;
            }
            if (!t.tag().startsWith("RB")) {
                break;
            }
        }
        return Role.OBLIQUE;
    }

    /**
     * The words of a person mention that are the name: those named-entity recognition tags PERSON, else its
     * proper nouns; titles ("Mrs", "Ambassador") are not.
     */
    /** Honorifics, which are no part of a name: "Mr Trump" is written by one name. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mme",
        "mlle", "messrs", "prof");

    private static List<Token> nameTokens(Sentence s, Mention m) {
        List<Token> tagged = new ArrayList<>(3);
        List<Token> proper = new ArrayList<>(3);
        for (int i = m.start(); i < m.end(); i++) {
            Token t = s.token(i);
            if (HONORIFICS.contains(t.lowerWord().replace(".", ""))) {
                continue;
            }
            if (t.ner().equals("PERSON") && t.isProperNoun()) {
                tagged.add(t);
            }
            if (t.isProperNoun()) {
                proper.add(t);
            }
        }
        return tagged.isEmpty() ? proper : tagged;
    }

    /** Whether a subject belongs to the main clause: its verb is the root of the parse (or joined to it by "and"). */
    private static boolean mainSubject(Sentence s, int head) {
        if (!s.parsed()) {
            return false;
        }
        int h = head;
        String rel = s.graph().relationToHead(h);
        for (int steps = 0; steps < 3 && (rel.startsWith("appos") || rel.startsWith("conj") || rel.startsWith("flat")); steps++) {
            h = s.graph().head(h);
            if (h < 0) {
                return false;
            }
            rel = s.graph().relationToHead(h);
        }
        int verb = s.graph().head(h);
        if (verb < 0) {
            return false;
        }
        String up = s.graph().relationToHead(verb);
        int above = s.graph().head(verb);
        return up.equals("root") || up.startsWith("conj") && above >= 0 && s.graph().relationToHead(above).equals("root");
    }

    /** "it is clear that", "it seems unlikely": an "it" that refers to nothing. */
    private static boolean expletive(Sentence s, Token it) {
        int i = it.index() + 1;
        if (!it.lowerWord().equals("it") || i >= s.size() || !COPULAS.contains(s.token(i).key())
            && !(s.token(i).tag().equals("MD") && i + 1 < s.size() && s.token(i + 1).key().equals("be"))) {
            return false;
        }
        for (int j = i + 1; j < s.size() && j <= i + 3; j++) {
            Token t = s.token(j);
            if (t.isAdjective() || t.isNoun()) {
                return EXTRAPOSING.contains(t.key());
            }
            if (!t.tag().startsWith("RB") && !t.isVerb() && !t.tag().equals("MD")) {
                return false;
            }
        }
        return false;
    }

    /** "cut it out", "reverse it": an object "it" is a thing, not an actor. */
    private static boolean objectIt(Sentence s, Token it) {
        if (!it.lowerWord().equals("it")) {
            return false;
        }
        if (s.parsed()) {
            String rel = s.graph().relationToHead(it.index());
            return rel.startsWith("obj") || rel.startsWith("iobj") || rel.startsWith("obl") || rel.startsWith("nmod");
        }
        int before = it.index() - 1;
        return before >= 0 && (s.token(before).isVerb() || s.token(before).tag().equals("IN")
            || s.token(before).tag().equals("TO"));
    }

    private static Mention link(int si, Token t, Mention antecedent, boolean plural) {
        return new Mention(si, t.index(), t.index() + 1, t.index(), antecedent.actor(), new Span(t.begin(), t.end()),
            antecedent.role(), "coreference", antecedent.person(), plural);
    }

    private static boolean sameSector(Mention a, Mention b) {
        return a.actor().sector() != null && a.actor().sector().equals(b.actor().sector());
    }

    private static boolean covered(List<Mention> ms, int token) {
        return covering(ms, token) != null;
    }

    private static Mention covering(List<Mention> ms, int token) {
        for (Mention m : ms) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether a restrictive relative clause follows a description's head ("the militant group that has seized
     * …"): such a description introduces its referent by the clause rather than refer back (Vieira and Poesio's
     * "establishing relatives", 2000).
     */
    private static boolean establishing(Sentence s, int head) {
        int next = head + 1;
        return next < s.size() && RELATIVES.contains(s.token(next).lowerWord());
    }

    /** A word that can modify a description's head: a common adjective or noun ("paramilitary", "power"). */
    private static boolean modifier(Token t) {
        return (t.isAdjective() || t.tag().equals("NN") || t.tag().equals("VBN")) && !t.isProperNoun()
            && Character.isLowerCase(t.word().charAt(0));
    }

    private static boolean afterLocative(Sentence s, Mention m) {
        int before = m.start() - 1;
        while (before >= 0 && (s.token(before).tag().equals("DT") || s.token(before).isAdjective())) {
            before--;
        }
        return before >= 0 && LOCATIVE.contains(s.token(before).lowerWord());
    }
}
