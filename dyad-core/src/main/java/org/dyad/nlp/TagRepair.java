package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;

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
 * <p>Noun modifiers tagged as verbs: the tagger reads "drone" as a base-form verb in "a US drone strike",
 * "drone attacks", and the parse then makes "US" the subject of droning and loses the strike. A word of
 * {@link #NOUN_MODIFIERS} tagged as a verb right before a common noun is a singular noun.
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
        List<String> out = tags;
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
        return out;
    }

    /** Words that, before a noun, modify it in news text, but that the tagger reads as verbs: "drone strike". */
    private static final java.util.Set<String> NOUN_MODIFIERS = java.util.Set.of("drone");

    /** A tag a subject ends with: a pronoun or a noun. */
    private static boolean subjectLike(String tag) {
        return tag.equals("PRP") || tag.startsWith("NN");
    }
}
