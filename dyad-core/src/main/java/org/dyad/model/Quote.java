package org.dyad.model;

/**
 * A direct quotation.
 *
 * @param text        the quoted words, without the quote marks
 * @param span        span of the quoted words (inside the marks)
 * @param speaker     the resolved speaker, or null when none could be found
 * @param speakerSpan span of the mention that names the speaker (may be a pronoun), or null
 * @param sentence    0-based index of the sentence where the quote starts
 * @param rule        how the speaker was found (e.g. {@code speech-verb}, {@code pronoun}, {@code paragraph})
 * @param confidence  0..1
 */
public record Quote(String text, Span span, Actor speaker, Span speakerSpan, int sentence, String rule,
                    double confidence) {
}
