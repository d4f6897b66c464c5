package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs of part-of-speech tagger errors that recur in news text and cost events, applied before the
 * dependency parse so that the parser reads the repaired tags. Each repair is narrow.
 *
 * <p>Noun after a modal: "the strikers said they would blockade the port" is often tagged
 * {@code would/MD blockade/NN}, and the parse then has a noun with an auxiliary and an object, so nobody
 * blockades anything. Words that are both noun and verb (blockade, boycott, picket, ban) after a modal
 * auxiliary are verbs in a declarative clause: a singular common noun ({@code NN}, lower case) right
 * after a modal, or after a modal and adverbs ("would soon blockade"), is a base-form verb ({@code VB})
 * when the modal follows its subject (a pronoun or noun before it). Questions ("When will peace
 * return?", "Would aid help?") put the modal first and are left alone, as are plural nouns.
 *
 * <p>Participle of feeling after "be": "Israel was deeply disappointed by the resolution" is tagged
 * {@code disappointed/VBN} and parsed as a passive, so the resolution becomes the doer and Israel the one
 * acted on. Participles that name a state of mind (disappointed, dismayed, worried, pleased, …) after a form
 * of "be", directly or after adverbs, are adjectives ({@code JJ}, and their lemma is the word itself): Israel is
 * the one who is disappointed.
 *
 * <p>Noun modifiers tagged as verbs: the tagger reads "drone" as a base-form verb in "a US drone strike",
 * "drone attacks", and the parse then makes "US" the subject of droning and loses the strike. A word of
 * {@link #NOUN_MODIFIERS} tagged as a verb right before a common noun is a singular noun; so is "warning" before
 * "shot(s)" ("fired warning shots at a patrol boat", read as "warning shots at the boat" otherwise).
 *
 * <p>A base-form verb after "a" or "an" and a capitalised name or adjective is a noun: "Houthi rebels shot down a US
 * drone" is tagged {@code drone/VB} at the end of the phrase, and the parse then has "a US" droning. An indefinite
 * article before a proper name makes the name a modifier, never a subject, so no verb can follow it.
 *
 * <p>Past tense read as a participle: "The junta released opposition leader Aung San Suu Kyi", "Indian
 * authorities relaxed restrictions" are often tagged {@code released/VBN}, {@code relaxed/JJ}, and the
 * parse is then one long noun phrase with no event. A word whose past tense and participle are alike
 * ("released", "freed", "sent") tagged {@code VBN} or {@code JJ} is a past-tense verb ({@code VBD}) when it
 * follows a noun, an object begins right after it (a determiner, number, possessive, adjective or noun,
 * not a date: "prisoners released Monday"), and its clause has no finite verb: none before it, none after
 * it up to the next comma ("the U.S. led coalition bombed" keeps its participle, "…, officials said" does
 * not count).
 *
 * <p>Verb of a mandative clause read as a noun: "Kiev demanded that Moscow return Crimea", "protesters demanded that
 * the army hand power to civilians" are often tagged {@code return/NN}, {@code hand/NN}, and the parse then has
 * one noun phrase "Moscow return Crimea" and no one told to act. After a verb of demanding ({@link #MANDATIVE})
 * and "that", a subject of proper nouns or of a determiner, adjectives and one common noun, the lower-case
 * singular noun right after it is a base-form verb ({@code VB}) when an object or a preposition follows it and
 * the clause has no verb of its own up to the next comma: "demanded that the army chief resign" keeps "chief".
 *
 * <p>Participle read as past tense: "a court issued warrants for two men sought in the killing", "police
 * arrested two men wanted in connection with the bombing" are often tagged {@code sought/VBD}, and the parse
 * then makes the participle the main verb of a second clause ("warrants sought"), so the warrants go to nobody.
 * A word whose past tense and participle are alike tagged {@code VBD} is a participle ({@code VBN}) when it
 * follows a noun phrase that is already the object of a verb or of a preposition ({@link #OBJECT_PREPOSITIONS})
 * in a clause that has its finite verb, and a preposition follows it; a finite verb that takes a clause
 * ("said the rebels attacked at dawn") leaves it alone.
 *
 * <p>Verb after "do" read as a noun or adjective: "Israeli forces did not open fire" is often tagged
 * {@code open/JJ}, and "Did Pakistani troops fire on Indian posts?" {@code fire/NN}; the parse then has no
 * verb but "did", and the negation or the question is lost with the event. "Do" as an auxiliary is followed by a
 * base-form verb: after "did/does/do" and "not", "n't" or "never" (and adverbs), a lower-case word tagged
 * {@code NN}, {@code JJ}, {@code VBD} or {@code VBN} is a base-form verb ({@code VB}); in a question that begins
 * with "do" or a modal (after an optional wh-word) and ends with "?", the first such word after the subject's
 * noun is, when the question has no base-form verb of its own ("Did Russia bomb the hospital?" is left alone).
 *
 * <p>Past tense read as a noun before a coordinated past tense: "a gunman shot and killed three people" is often
 * tagged {@code shot/NN}, and the parse then has a noun "gunman shot" and no one who killed. A word whose past
 * tense and participle are alike ({@link #SAME_PAST}) tagged {@code NN}, {@code VBN} or {@code JJ} right after a
 * noun and right before "and" and a past-tense verb is itself a past-tense verb ({@code VBD}); so is "set" after a
 * noun in "set fire to", "set fire on" ("an angry mob set fire to a church", read as a noun "mob set fire" otherwise).
 *
 * <p>Gerund after "rule out" read as an adjective: "The White House did not rule out striking Syrian air bases" is
 * often tagged {@code striking/JJ}, and the parse then rules out bases. A word in "-ing" tagged {@code JJ} or
 * {@code NN} right after "rule out" is a gerund ({@code VBG}).
 *
 * <p>Verb of a conditional clause read as a noun: "If the Houthis attack Saudi territory again, …", "If Russia
 * attacks Ukraine, …" are often tagged {@code attack/NN}, {@code attacks/NNS}. After "if", "unless", "whether",
 * "once", "until", "lest" or "in case", in a clause that has no verb up to the next comma, the lower-case noun
 * right after the subject's noun, agreeing with it (a singular name before "-s", a plural before a bare
 * form) and followed by an object, a preposition or an adverb, is a present-tense verb ({@code VBZ} for "-s",
 * {@code VBP} otherwise); a singular common noun before "-s" is a compound ("until the peace talks in Geneva").
 *
 * <p>Given name read as a modal: "Turkish journalist Can Dundar", "Can Dundar criticised the government", "police
 * detained Can Atalay" are tagged {@code Can/MD}, and the name then loses its first word and the sentence gains a
 * modal ("criticised" becomes hypothetical). A capitalised modal (Can, May, Will, Might, Must, Shall) before a
 * capitalised word is a proper noun ({@code NNP}) where a modal cannot stand capitalised: after a lower-case word or a
 * comma; as a sentence's first word it is one only before a run of proper nouns and a finite verb of the past or the
 * third person ("May Mobley said", not "Can Russia stop the war?"). A capitalised word after it that the tagger read
 * as a verb ("Atalay/VB") is a proper noun too.
 */
public final class TagRepair {

    private TagRepair() {
    }

    /**
     * The repaired tags, one per token; the same list when nothing was repaired.
     *
     * @param words the sentence's words
     * @param tags  their part-of-speech tags (Penn Treebank)
     */
    public static List<String> repair(List<String> words, List<String> tags) {
        List<String> out = verblessConditions(words, doSupport(words,
            mandative(words, reducedRelatives(words, raisedParticiples(words, coordinatedPasts(words,
                pastTense(words, nounsOnly(words, modalNames(words, tags)))))))));
        for (int i = 0; i + 1 < tags.size(); i++) {
            String next = words.get(i + 1).toLowerCase(java.util.Locale.ROOT);
            if (tags.get(i).startsWith("VB") && (NOUN_MODIFIERS.contains(words.get(i).toLowerCase(java.util.Locale.ROOT))
                || words.get(i).equalsIgnoreCase("warning") && (next.equals("shot") || next.equals("shots")))
                && (tags.get(i + 1).equals("NN") || tags.get(i + 1).equals("NNS"))) {
                if (out == tags) {
                    out = new ArrayList<>(tags);
                }
                out.set(i, "NN");
            }
        }
        for (int i = 1; i < tags.size(); i++) {
            if (!tags.get(i).equals("MD") || !subjectLike(tags.get(i - 1))) {
                continue;
            }
            int j = i + 1;
            while (j < tags.size() && tags.get(j).equals("RB")) {
                j++;
            }
            if (j < tags.size() && tags.get(j).equals("NN") && !words.get(j).isEmpty()
                && Character.isLowerCase(words.get(j).charAt(0))) {
                if (out == tags) {
                    out = new ArrayList<>(tags);
                }
                out.set(j, "VB");
            }
        }
        for (int i = 1; i + 2 < tags.size(); i++) {
            String w = words.get(i).toLowerCase(java.util.Locale.ROOT);
            String t = tags.get(i);
            if ((t.equals("NN") || t.equals("VBN") || t.equals("JJ")) && SAME_PAST.contains(w)
                && tags.get(i - 1).startsWith("NN") && words.get(i + 1).equalsIgnoreCase("and")
                && tags.get(i + 2).equals("VBD")) {
                out = set(out, tags, i, "VBD"); // "a gunman shot and killed three people"
            }
            if ((t.equals("NN") || t.equals("VBN") || t.equals("JJ")) && w.equals("set")
                && tags.get(i - 1).startsWith("NN") && words.get(i + 1).equalsIgnoreCase("fire")
                && (words.get(i + 2).equalsIgnoreCase("to") || words.get(i + 2).equalsIgnoreCase("on"))) {
                out = set(out, tags, i, "VBD"); // "an angry mob set fire to a church"
            }
        }
        for (int i = 2; i < tags.size(); i++) {
            String article = words.get(i - 2).toLowerCase(java.util.Locale.ROOT);
            String named = words.get(i - 1);
            if (tags.get(i).equals("VB") && (article.equals("a") || article.equals("an"))
                && (tags.get(i - 1).equals("NNP") || tags.get(i - 1).equals("JJ")) && Character.isUpperCase(named.charAt(0))) {
                out = set(out, tags, i, "NN"); // "shot down a US drone": "a US" is no subject, so no verb follows it
            }
        }
        for (int i = 2; i < tags.size(); i++) {
            String w = words.get(i).toLowerCase(java.util.Locale.ROOT);
            if ((tags.get(i).equals("JJ") || tags.get(i).equals("NN")) && w.endsWith("ing") && w.length() > 5
                && words.get(i - 1).equalsIgnoreCase("out") && RULE.contains(words.get(i - 2).toLowerCase(java.util.Locale.ROOT))) {
                out = set(out, tags, i, "VBG"); // "did not rule out striking Syrian air bases"
            }
        }
        for (int i = 1; i < tags.size(); i++) {
            if (!tags.get(i).equals("VBN") || !FEELINGS.contains(words.get(i).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && tags.get(j).equals("RB")) {
                j--;
            }
            if (BE.contains(words.get(j).toLowerCase(java.util.Locale.ROOT))) {
                if (out == tags) {
                    out = new ArrayList<>(tags);
                }
                out.set(i, "JJ");
            }
        }
        return out;
    }

    /**
     * Plural nouns that are never verbs but that the tagger reads as verbs after a name: "Taliban insurgents" is
     * tagged {@code insurgents/VBZ} (of some fifty nouns for armed men and suspects tried after "Taliban" and
     * "Hamas", the only one so read that is no verb).
     */
    private static final Set<String> NOUNS_ONLY = Set.of("insurgents");

    /** Modals that are also given names ("Can", "May", "Will"): {@link #modalNames}. */
    private static final Set<String> MODAL_NAMES = Set.of("can", "may", "will", "might", "must", "shall");

    /** A given name read as a modal: see the class comment. */
    static List<String> modalNames(List<String> words, List<String> tags) {
        List<String> out = tags;
        int n = tags.size();
        for (int i = 0; i + 1 < n; i++) {
            String w = words.get(i);
            String next = words.get(i + 1);
            if (!tags.get(i).equals("MD") || !MODAL_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT))
                || !Character.isUpperCase(w.charAt(0)) || w.length() > 1 && Character.isUpperCase(w.charAt(1))
                || next.isEmpty() || !Character.isUpperCase(next.charAt(0))
                || !(tags.get(i + 1).startsWith("NNP") || tags.get(i + 1).startsWith("VB"))) {
                continue;
            }
            boolean name;
            String prev = i > 0 ? words.get(i - 1) : "";
            if (i > 0 && (prev.equals(",") || !prev.isEmpty() && Character.isLowerCase(prev.charAt(0)))) {
                name = true; // "journalist Can Dundar", "detained Can Atalay": a modal is never capitalised there
            } else if (i == 0 || prev.equals("``") || prev.equals("\"") || prev.equals("'")) {
                int j = i + 1;
                while (j < n && tags.get(j).startsWith("NNP") && Character.isUpperCase(words.get(j).charAt(0))) {
                    j++;
                }
                name = j > i + 1 && j < n && (tags.get(j).equals("VBD") || tags.get(j).equals("VBZ"))
                    && !words.get(n - 1).equals("?");
            } else {
                name = false;
            }
            if (name) {
                out = set(out, tags, i, "NNP");
                if (tags.get(i + 1).startsWith("VB")) {
                    out = set(out, tags, i + 1, "NNP");
                }
            }
        }
        return out;
    }

    /** Words for burning that are never nouns, though the tagger reads "alight" after a noun as one. */
    private static final Set<String> BURNING = Set.of("alight", "ablaze", "afire");

    /**
     * Plural noun read as a verb: "Taliban insurgents plan to attack the city" is tagged {@code insurgents/VBZ
     * plan/NN}, and the parse then has "insurgents" as the verb and "plan" as the one who attacks. A word of
     * {@link #NOUNS_ONLY} tagged as a verb is a plural noun ({@code NNS}); a lower-case singular noun right after it
     * and before "to" and a base-form verb is its verb ({@code VBP}), as the tagger gives "Taliban fighters plan to
     * attack". A participle after it is left to the past-tense repair ("Taliban insurgents attacked a post").
     * Likewise "alight", "ablaze" and "afire" tagged {@code NN} ("set the party headquarters alight") are adverbs
     * ({@code RB}), as the tagger gives "set three police stations ablaze".
     */
    private static List<String> nounsOnly(List<String> words, List<String> tags) {
        List<String> out = tags;
        int n = tags.size();
        for (int i = 0; i < n; i++) {
            if (tags.get(i).equals("NN") && BURNING.contains(words.get(i).toLowerCase(java.util.Locale.ROOT))) {
                out = set(out, tags, i, "RB"); // "set the party headquarters alight", as the tagger gives "ablaze"
                continue;
            }
            if (!tags.get(i).startsWith("VB") || !NOUNS_ONLY.contains(words.get(i).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            out = set(out, tags, i, "NNS");
            if (i + 3 < n && tags.get(i + 1).equals("NN") && lowerCase(words.get(i + 1))
                && tags.get(i + 2).equals("TO") && tags.get(i + 3).equals("VB")) {
                out = set(out, tags, i + 1, "VBP");
            }
        }
        return out;
    }

    /**
     * Coordinated past tenses read as participles: "Police say rebels ambushed and killed four soldiers" is tagged
     * {@code ambushed/VBN}, {@code killed/VBN}, and the parse then has rebels that were ambushed and no one who
     * kills. Two words that look like past tenses ("-ed" or {@link #SAME_PAST}), tagged {@code VBN} or {@code JJ} (the
     * second maybe {@code VBD}), joined by "and" right after a noun, with an object after the second (a determiner,
     * number, possessive, adjective or noun; not a time word), are past-tense verbs ({@code VBD}): participles joined
     * so take no object. The noun phrase must open the sentence or follow a comma, "that" or a verb that takes a
     * clause ({@link #CLAUSE_TAKING}), so that the two verbs are its clause's.
     */
    private static List<String> coordinatedPasts(List<String> words, List<String> tags) {
        List<String> out = tags;
        int n = tags.size();
        for (int i = 1; i + 3 < n; i++) {
            int j = i + 2;
            if (!pastLike(words.get(i)) || !pastLike(words.get(j)) || !words.get(i + 1).equalsIgnoreCase("and")
                || !(tags.get(i).equals("VBN") || tags.get(i).equals("JJ"))
                || !(tags.get(j).equals("VBN") || tags.get(j).equals("JJ") || tags.get(j).equals("VBD"))
                || !tags.get(i - 1).startsWith("NN") || !OBJECT_START.contains(tags.get(j + 1))
                || TIME_WORDS.contains(words.get(j + 1).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && NOUN_PHRASE.contains(tags.get(k))) {
                k--;
            }
            String before = k < 0 ? "" : words.get(k).toLowerCase(java.util.Locale.ROOT);
            if (k < 0 || before.equals(",") || before.equals("that")
                || tags.get(k).startsWith("VB") && CLAUSE_TAKING.contains(before) && !BE.contains(before)) {
                out = set(out, tags, i, "VBD");
                out = set(out, tags, j, "VBD");
            }
        }
        return out;
    }

    private static boolean pastLike(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.endsWith("ed") && w.length() > 4 || SAME_PAST.contains(w);
    }

    /** Verbs whose passive takes an infinitive of its subject: "men believed to be members of the group". */
    static final Set<String> RAISING = Set.of("believed", "thought", "said", "reported", "alleged", "suspected",
        "known", "understood", "feared", "presumed", "considered", "rumoured", "rumored", "expected", "estimated",
        "claimed");
    /** Words that open another clause between a participle and a later verb, which may then be that clause's. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "because", "after", "before", "while", "as", "if",
        "since", "when", "until", "and", "but", "or", "where", "who", "which", "whom", "whose", "although", "though");

    /**
     * Participle of a passive with an infinitive read as past tense: "Armed men believed to be members of the group
     * beheaded a police officer" is tagged {@code believed/VBD}, and the parse then makes the men believe and leaves
     * "beheaded" without a subject, so that no one beheads anyone. A word of {@link #RAISING} tagged {@code VBD} right
     * after a noun and before "to" and a base-form verb is a participle ({@code VBN}) when a finite verb follows in
     * the same clause (up to the next comma, with no word that opens another clause between), as in "men said to
     * be loyal to the general seized the radio station"; without one ("the minister said to expect delays") it is
     * left alone.
     */
    private static List<String> raisedParticiples(List<String> words, List<String> tags) {
        List<String> out = tags;
        int n = tags.size();
        for (int i = 1; i + 2 < n; i++) {
            if (!tags.get(i).equals("VBD") || !RAISING.contains(words.get(i).toLowerCase(java.util.Locale.ROOT))
                || !tags.get(i - 1).startsWith("NN") || !tags.get(i + 1).equals("TO") || !tags.get(i + 2).equals("VB")) {
                continue;
            }
            boolean finite = false;
            for (int k = i + 3; k < n && !finite; k++) {
                String w = words.get(k).toLowerCase(java.util.Locale.ROOT);
                if (w.equals(",") || w.equals(";") || w.equals(":") || CLAUSE_OPENERS.contains(w)
                    || tags.get(k).startsWith("W")) {
                    break;
                }
                finite = tags.get(k).equals("VBD") || tags.get(k).equals("VBZ") || tags.get(k).equals("VBP")
                    || tags.get(k).equals("MD");
            }
            if (finite) {
                out = set(out, tags, i, "VBN");
            }
        }
        return out;
    }

    /** Participles that name a state of mind: adjectives after "be". */
    private static final Set<String> FEELINGS = Set.of("disappointed", "dismayed", "worried",
        "concerned", "pleased", "satisfied", "dissatisfied", "alarmed", "troubled", "saddened", "shocked", "outraged",
        "angered", "frustrated", "encouraged", "heartened", "delighted", "appalled", "disturbed", "disgusted",
        "offended");

    /** Forms of "be". */
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being",
        "'s", "'re", "am", "'m");

    /** Words that, before a noun, modify it in news text, but that the tagger reads as verbs: "drone strike". */
    private static final Set<String> NOUN_MODIFIERS = Set.of("drone");

    /** Finite verb tags: a clause that has one needs no other. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Tags an object noun phrase may begin with. */
    private static final Set<String> OBJECT_START = Set.of("DT", "CD", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS");
    /** Words that begin a time phrase, not an object: "prisoners released Monday", "freed two days ago". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "yesterday", "today", "tonight", "last", "this", "earlier", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "decade", "decades");
    /** Irregular verbs whose past tense is their participle (regular ones end in "-ed"). */
    private static final Set<String> SAME_PAST = Set.of("sent", "held", "met", "left", "cut", "put", "set", "lent",
        "built", "lost", "won", "struck", "shot", "fought", "caught", "brought", "bought", "sold", "told", "paid",
        "made", "kept", "led", "fled", "laid", "hit", "quit", "shut", "spread", "sought", "found");

    /** The past-tense repair (see the class comment); {@code tags} itself when nothing changes. */
    private static List<String> pastTense(List<String> words, List<String> tags) {
        int n = tags.size();
        for (int i = 1; i + 1 < n; i++) {
            String t = tags.get(i);
            if (FINITE.contains(t)) {
                return tags; // the clause already has its verb
            }
            String w = words.get(i).toLowerCase(java.util.Locale.ROOT);
            boolean pastLike = w.endsWith("ed") && w.length() > 4 || SAME_PAST.contains(w);
            if (!(t.equals("VBN") || t.equals("JJ")) || !pastLike || !tags.get(i - 1).startsWith("NN")
                || !OBJECT_START.contains(tags.get(i + 1))) {
                continue;
            }
            int o = tags.get(i + 1).equals("CD") && i + 2 < n ? i + 2 : i + 1;
            if (TIME_WORDS.contains(words.get(i + 1).toLowerCase(java.util.Locale.ROOT))
                || TIME_WORDS.contains(words.get(o).toLowerCase(java.util.Locale.ROOT))) {
                return tags;
            }
            for (int j = i + 1; j < n && !words.get(j).equals(",") && !words.get(j).equals(";"); j++) {
                if (FINITE.contains(tags.get(j))) {
                    return tags; // "the U.S. led coalition bombed": the participle modifies
                }
            }
            List<String> out = new ArrayList<>(tags);
            out.set(i, "VBD");
            return out;
        }
        return tags;
    }

    /** Verbs of demanding whose "that" clause takes a base-form verb: "demanded that Moscow return Crimea". */
    private static final Set<String> MANDATIVE = Set.of("demand", "demanded", "demands", "demanding", "insist",
        "insisted", "insists", "insisting", "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking",
        "request", "requested", "requests", "requesting", "recommend", "recommended", "recommends", "propose",
        "proposed", "proposes", "require", "required", "requires", "order", "ordered", "orders");
    /** Tags after a mandative verb that say an object or complement follows it. */
    private static final Set<String> AFTER_VERB = Set.of("DT", "CD", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "NNPS",
        "TO", "IN", "RP", "RB");

    /** The mandative repair (see the class comment); {@code tags} itself when nothing changes. */
    private static List<String> mandative(List<String> words, List<String> tags) {
        List<String> out = tags;
        int n = tags.size();
        for (int i = 0; i + 3 < n; i++) {
            if (!MANDATIVE.contains(words.get(i).toLowerCase(java.util.Locale.ROOT)) || !tags.get(i).startsWith("VB")
                || !words.get(i + 1).equalsIgnoreCase("that")) {
                continue;
            }
            int j = i + 2;
            if (tags.get(j).equals("DT") || tags.get(j).equals("PRP$")) {
                j++;
                while (j < n && tags.get(j).equals("JJ")) {
                    j++;
                }
                if (j >= n || !tags.get(j).equals("NN") && !tags.get(j).startsWith("NNP")) {
                    continue;
                }
                j++;
                while (j < n && tags.get(j).startsWith("NNP") && tags.get(j - 1).startsWith("NNP")) {
                    j++;
                }
            } else if (tags.get(j).startsWith("NNP")) {
                while (j < n && tags.get(j).startsWith("NNP")) {
                    j++;
                }
            } else {
                continue;
            }
            if (j + 1 >= n || !tags.get(j).equals("NN") || words.get(j).isEmpty()
                || !Character.isLowerCase(words.get(j).charAt(0)) || !AFTER_VERB.contains(tags.get(j + 1))) {
                continue;
            }
            boolean ownVerb = false;
            for (int k = j + 1; k < n && !words.get(k).equals(",") && !words.get(k).equals(";"); k++) {
                ownVerb |= tags.get(k).startsWith("VB") || tags.get(k).equals("MD");
            }
            if (!ownVerb) {
                if (out == tags) {
                    out = new ArrayList<>(tags);
                }
                out.set(j, "VB");
            }
        }
        return out;
    }

    /** Prepositions whose object a participle may describe; not subordinators ("after the rebels attacked in …"). */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "of", "with", "against", "on", "to", "from",
        "among", "about", "including", "into", "at");
    /** Tags inside a noun phrase, walked back over from its head. */
    private static final Set<String> NOUN_PHRASE = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "DT",
        "PRP$", "POS", "HYPH");
    /** Verbs (as written) that take a clause, whose "object" may be its subject: "said the rebels attacked at dawn". */
    private static final Set<String> CLAUSE_TAKING = Set.of("say", "says", "said", "tell", "tells", "told", "believe",
        "believes", "believed", "think", "thinks", "thought", "claim", "claims", "claimed", "report", "reports",
        "reported", "announce", "announced", "warn", "warned", "add", "added", "note", "noted", "argue", "argued",
        "insist", "insisted", "know", "knew", "hope", "hoped", "fear", "feared", "suggest", "suggested", "show",
        "showed", "deny", "denied", "confirm", "confirmed", "expect", "expected", "learn", "learned", "mean", "meant",
        "see", "saw", "hear", "heard", "feel", "felt", "ensure", "ensured", "state", "stated", "explain", "explained",
        "admit", "admitted", "acknowledge", "acknowledged", "allege", "alleged", "assert", "asserted", "find", "found",
        "charge", "charged", "accuse", "accused", "is", "are", "was", "were");

    /** The participle repair (see the class comment); {@code tags} itself when nothing changes. */
    private static List<String> reducedRelatives(List<String> words, List<String> tags) {
        List<String> out = tags;
        int n = tags.size();
        for (int i = 2; i + 1 < n; i++) {
            String w = words.get(i).toLowerCase(java.util.Locale.ROOT);
            boolean pastLike = w.endsWith("ed") && w.length() > 4 || SAME_PAST.contains(w);
            String next = words.get(i + 1).toLowerCase(java.util.Locale.ROOT);
            if (!tags.get(i).equals("VBD") || !pastLike || !tags.get(i - 1).startsWith("NN")
                || !(tags.get(i + 1).equals("IN") || tags.get(i + 1).equals("TO")) || next.equals("that")) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && NOUN_PHRASE.contains(tags.get(j))) {
                j--;
            }
            if (j < 1) {
                continue;
            }
            String before = words.get(j).toLowerCase(java.util.Locale.ROOT);
            boolean object = tags.get(j).startsWith("VB") && !CLAUSE_TAKING.contains(before)
                || tags.get(j).equals("IN") && OBJECT_PREPOSITIONS.contains(before);
            // the clause's own finite verb, before the noun phrase: the nearest verb, not one that takes a clause
            boolean finite = false;
            for (int k = tags.get(j).startsWith("VB") ? j : j - 1; k >= 0; k--) {
                if (tags.get(k).startsWith("VB") || tags.get(k).equals("MD")) {
                    String v = words.get(k).toLowerCase(java.util.Locale.ROOT);
                    finite = (FINITE.contains(tags.get(k)) || tags.get(k).equals("VBN") || tags.get(k).equals("VB"))
                        && !CLAUSE_TAKING.contains(v);
                    break;
                }
                if (words.get(k).equals(",") || words.get(k).equals(";")) {
                    break;
                }
            }
            if (object && finite) {
                if (out == tags) {
                    out = new ArrayList<>(tags);
                }
                out.set(i, "VBN");
            }
        }
        return out;
    }

    /** Forms of "rule", whose "out" takes a gerund. */
    private static final Set<String> RULE = Set.of("rule", "rules", "ruled", "ruling");
    /** Forms of "do" that, as auxiliaries, take a base-form verb. */
    private static final Set<String> DO = Set.of("do", "does", "did");
    /** Negators after an auxiliary. */
    private static final Set<String> NOT = Set.of("not", "n't", "never");
    /** Tags a base-form verb after "do" is misread with. */
    private static final Set<String> MISREAD_BASE = Set.of("NN", "JJ", "VBD", "VBN");
    /** Tags a subject noun phrase may hold before the verb of a question or a conditional clause. */
    private static final Set<String> SUBJECT = Set.of("DT", "PRP$", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "PRP", "HYPH");

    /** The "do" repair (see the class comment); {@code tags} itself when nothing changes. */
    private static List<String> doSupport(List<String> words, List<String> tags) {
        List<String> out = tags;
        int n = tags.size();
        boolean question = n > 0 && words.get(n - 1).equals("?");
        for (int i = 0; i + 1 < n; i++) {
            String w = words.get(i).toLowerCase(java.util.Locale.ROOT);
            boolean doAux = DO.contains(w) && tags.get(i).startsWith("VB");
            if (!doAux && !tags.get(i).equals("MD")) {
                continue;
            }
            int j = i + 1;
            if (doAux && NOT.contains(words.get(j).toLowerCase(java.util.Locale.ROOT))) {
                j++;
                while (j < n && tags.get(j).equals("RB")) {
                    j++;
                }
                if (j < n && MISREAD_BASE.contains(tags.get(j)) && lowerCase(words.get(j))) {
                    out = set(out, tags, j, "VB");
                }
                continue;
            }
            int before = i - 1;
            while (before >= 0 && (tags.get(before).startsWith("W") || tags.get(before).startsWith("NN")
                && before > 0 && tags.get(before - 1).startsWith("W"))) {
                before--; // "Why did …", "What weapons did …"
            }
            if (!question || before >= 0) {
                continue;
            }
            int found = -1;
            boolean noun = false;
            for (int k = j; k < n && (SUBJECT.contains(tags.get(k)) || tags.get(k).equals("POS")); k++) {
                if (tags.get(k).equals("POS")) {
                    noun = false; // "Did Mali's army attack …": the possessor is not the subject's noun
                    continue;
                }
                if (noun && MISREAD_BASE.contains(tags.get(k)) && lowerCase(words.get(k))) {
                    found = k;
                    break;
                }
                noun |= tags.get(k).startsWith("NN") || tags.get(k).equals("PRP");
            }
            boolean base = false;
            for (int k = j; k < n; k++) {
                base |= tags.get(k).equals("VB");
            }
            if (found >= 0 && !base) {
                out = set(out, tags, found, "VB");
            }
        }
        return out;
    }

    /** Words that open a clause of condition or of time still to come: "if the Houthis attack …". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "once", "until", "lest");

    /** The conditional-clause repair (see the class comment); {@code tags} itself when nothing changes. */
    private static List<String> verblessConditions(List<String> words, List<String> tags) {
        List<String> out = tags;
        int n = tags.size();
        for (int i = 0; i + 2 < n; i++) {
            String w = words.get(i).toLowerCase(java.util.Locale.ROOT);
            boolean opens = CONDITIONS.contains(w) && tags.get(i).equals("IN")
                || w.equals("case") && i > 0 && words.get(i - 1).equalsIgnoreCase("in");
            if (!opens) {
                continue;
            }
            int end = i + 1;
            boolean verb = false;
            while (end < n && !words.get(end).equals(",") && !words.get(end).equals(";") && !words.get(end).equals(".")) {
                verb |= tags.get(end).startsWith("VB") || tags.get(end).equals("MD");
                end++;
            }
            if (verb) {
                continue;
            }
            boolean noun = false;
            for (int k = i + 1; k + 1 < end && SUBJECT.contains(tags.get(k)); k++) {
                String t = tags.get(k);
                String prev = tags.get(k - 1);
                String prevWord = words.get(k - 1).toLowerCase(java.util.Locale.ROOT);
                // the subject agrees with the verb, and is no compound's first noun ("the peace talks in Geneva"):
                // "Russia attacks", "the Houthis attack", "the rebels attack"
                boolean agrees = t.equals("NNS") ? prev.startsWith("NNP")
                    : prev.equals("NNS") || prev.equals("NNPS") || prev.equals("NNP") && prevWord.endsWith("s")
                    || prev.equals("PRP");
                if (noun && agrees && !TIME_WORDS.contains(prevWord) && lowerCase(words.get(k))
                    && (OBJECT_START.contains(tags.get(k + 1)) || AFTER_VERB.contains(tags.get(k + 1)))) {
                    out = set(out, tags, k, t.equals("NNS") ? "VBZ" : "VBP");
                    break;
                }
                noun |= t.startsWith("NN") || t.equals("PRP");
            }
        }
        return out;
    }

    private static boolean lowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }

    /** {@code out} with tag {@code i} set, copied from {@code tags} the first time. */
    private static List<String> set(List<String> out, List<String> tags, int i, String tag) {
        List<String> copy = out == tags ? new ArrayList<>(tags) : out;
        copy.set(i, tag);
        return copy;
    }

    /** A tag a subject ends with: a pronoun or a noun. */
    private static boolean subjectLike(String tag) {
        return tag.equals("PRP") || tag.startsWith("NN");
    }
}
