package org.dyad.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The paragraphs of an article text. A line break starts a paragraph, except in hard-wrapped text: a
 * line break followed by indentation after a line that does not end a sentence ("a last-minute recount
 * of\n            the result") only wraps the line. Stages that reason by paragraph (quotations,
 * their speakers, coreference) share this rule, so that a paragraph the sentence splitter ran into the
 * next sentence still ends where the text ends it.
 *
 * <p>Offsets are character offsets into the text, 0-based. Immutable and thread-safe.
 */
public final class Paragraphs {

    /** Offsets of the line breaks that start a paragraph, ascending. */
    private final int[] breaks;

    public Paragraphs(String text) {
        List<Integer> b = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (breakAt(text, i)) {
                b.add(i);
            }
        }
        this.breaks = b.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 0-based paragraph of character {@code offset}. */
    public int of(int offset) {
        int i = Arrays.binarySearch(breaks, offset);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Whether the character at {@code i} is a line break that starts a new paragraph: the last of a run
     * of line breaks, not a wrap of hard-wrapped text.
     */
    public static boolean breakAt(String text, int i) {
        if (text.charAt(i) != '\n' || i + 1 >= text.length() || text.charAt(i + 1) == '\n') {
            return false;
        }
        char next = text.charAt(i + 1);
        if (next != ' ' && next != '\t') {
            return true;
        }
        int before = i - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before)) && text.charAt(before) != '\n') {
            before--;
        }
        if (before < 0 || text.charAt(before) == '\n') {
            return true;
        }
        // an indented line after one that ends a sentence starts a paragraph; after any other, it wraps
        return ".!?:\"\u201D\u2019')\u00BB".indexOf(text.charAt(before)) >= 0;
    }
}
