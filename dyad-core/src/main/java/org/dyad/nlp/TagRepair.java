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
 * {@link #NOUN_MODIFIERS} tagged as a verb right before a common noun is a singular noun.
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
        List<String> out = mandative(words, reducedRelatives(words, pastTense(words, tags)));
        for (int i = 0; i + 1 < tags.size(); i++) {
            if (tags.get(i).startsWith("VB") && NOUN_MODIFIERS.contains(words.get(i).toLowerCase(java.util.Locale.ROOT))
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

    /** A tag a subject ends with: a pronoun or a noun. */
    private static boolean subjectLike(String tag) {
        return tag.equals("PRP") || tag.startsWith("NN");
    }
}
