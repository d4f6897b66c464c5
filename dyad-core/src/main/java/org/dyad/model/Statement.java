package org.dyad.model;

/**
 * Indirect (reported) speech: "Tusk said that both countries must cooperate" records who said it, by
 * which verb, and the span of what was said.
 *
 * @param speaker     the resolved speaker, or null when the subject is not an actor Dyad knows
 * @param speakerSpan span of the mention that names the speaker (may be a pronoun), or null
 * @param verb        lemma of the speech verb ("say", "warn", "tell")
 * @param verbSpan    span of the speech verb
 * @param content     span of the reported content (the clause after "said that", or before ", Tusk said")
 * @param text        the content's words
 * @param sentence    0-based sentence index
 * @param rule        {@code complement} (the verb's clausal complement in the parse), {@code fronted} (the
 *                    content comes first: "X has happened, Tusk said"), or {@code that-clause} (an
 *                    unparsed sentence: the words after "said that")
 * @param confidence  0..1
 */
public record Statement(Actor speaker, Span speakerSpan, String verb, Span verbSpan, Span content, String text,
                        int sentence, String rule, double confidence) {
}
