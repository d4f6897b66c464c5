package org.dyad.nlp;

import java.util.List;

/**
 * Dyad's read-only view of an annotated text: sentences, tokens, entities and dependency graphs.
 * Offsets are character offsets into {@code text}, 0-based, end exclusive.
 *
 * @param text      the annotated text
 * @param sentences its sentences in order
 */
public record Document(String text, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.size();
        }
        return n;
    }
}
