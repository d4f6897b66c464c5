package org.dyad.nlp;

import java.util.List;

/**
 * One sentence of an annotated document.
 *
 * @param index    0-based position in the document
 * @param begin    character offset of its first character in the article text
 * @param end      character offset after its last character
 * @param tokens   its tokens in order
 * @param entities named entities (people, organisations, places, dates, numbers)
 * @param graph    enhanced++ UD dependency graph, or null when the sentence was not parsed
 *                 (Dyad parses only sentences that may hold an event)
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<EntityMention> entities,
                       DependencyGraph graph) {

    public Sentence {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }

    public boolean parsed() {
        return graph != null;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The index of the token that covers character {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.begin() <= offset && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }
}
