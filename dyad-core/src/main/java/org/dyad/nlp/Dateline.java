package org.dyad.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dateline that opens a wire story: "KABUL (Reuters) -", "ABUJA, Nigeria (AP) --", "PORT SUDAN, Aug 9 (Reuters) -",
 * "WASHINGTON —". It names the town the story was filed from and the agency that filed it; it is no part of the
 * first sentence's grammar, so the annotator parses that sentence without it (a parser given the whole line takes the
 * town for the subject and the real subject for its apposition), and the event coder takes none of its actors.
 *
 * <p>Stateless and thread-safe.
 */
public final class Dateline {

    /** Dashes that close a dateline. */
    private static final Set<String> DASHES = Set.of("-", "--", "---", "\u2014", "\u2013");

    /** A dateline is short: its closing dash comes within this many tokens of the sentence's start. */
    private static final int LONGEST = 14;

    private Dateline() {
    }

    /**
     * The index of the dash that closes the dateline opening a sentence of these words (tokens, in order), or -1:
     * the first dash within {@value #LONGEST} tokens, after an agency's closing bracket ("(Reuters) -") or in a
     * sentence whose first word is written in capitals ("WASHINGTON —").
     */
    public static int dash(List<String> words) {
        for (int i = 1; i < Math.min(words.size(), LONGEST); i++) {
            if (DASHES.contains(words.get(i))) {
                String before = words.get(i - 1);
                boolean agency = before.equals(")") || before.equals("-RRB-");
                String first = words.get(0);
                boolean capitals = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))
                    && Character.isLetter(first.charAt(0));
                return agency || capitals ? i : -1;
            }
        }
        return -1;
    }
}
