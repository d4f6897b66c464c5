package org.dyad.nlp;

import java.util.List;
import java.util.Map;

/**
 * Dyad's read-only view of an annotated text: sentences, tokens, entities and dependency graphs.
 * Offsets are character offsets into {@code text}, 0-based, end exclusive.
 *
 * @param text      the annotated text
 * @param sentences its sentences in order
 * @param nanos     time the annotator spent per step (e.g. {@code tag}, {@code parse}), in nanoseconds
 */
public record Document(String text, List<Sentence> sentences, Map<String, Long> nanos) {
    public Document {
        sentences = List.copyOf(sentences);
        nanos = Map.copyOf(nanos);
    }

    public Document(String text, List<Sentence> sentences) {
        this(text, sentences, Map.of());
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.size();
        }
        return n;
    }
}
