package org.dyad.model;

/**
 * A direct quotation: words between quote marks, with who said them.
 *
 * @param text        the quoted words, without the quote marks
 * @param span        span of the quoted words (inside the marks)
 * @param speaker     the resolved speaker, or null when none could be found
 * @param speakerSpan span of the mention that names the speaker (may be a pronoun), or null
 * @param sentence    0-based index of the sentence where the quote starts
 * @param rule        how the speaker was found: {@code speech-verb} (a said/added/told... clause names
 *                    the speaker), {@code pronoun} (that clause's subject is a pronoun resolved by
 *                    coreference), {@code according-to}, {@code clause-subject} (a partial quote: the
 *                    subject of the clause holding it), {@code paragraph} (the last speaker of the same or
 *                    the previous paragraph), or {@code none}
 * @param confidence  0..1
 * @param verb        lemma of the speech verb that introduces the quote ("say", "add"), or null
 * @param partial     whether the quote is a phrase inside a sentence of the reporter's own
 *                    (He called the attack "an act of cowardice") rather than the speaker's sentence(s)
 */
public record Quote(String text, Span span, Actor speaker, Span speakerSpan, int sentence, String rule,
                    double confidence, String verb, boolean partial) {

    /** A full (not partial) quotation with no verb recorded. */
    public Quote(String text, Span span, Actor speaker, Span speakerSpan, int sentence, String rule, double confidence) {
        this(text, span, speaker, speakerSpan, sentence, rule, confidence, null, false);
    }
}
