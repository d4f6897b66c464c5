package org.dyad.model;

/**
 * A number together with what it counts ("1 million asylum-seekers", "at least 12 people were killed",
 * "dozens of protesters", "$2 billion in aid").
 *
 * @param text      the words
 * @param value     the normalised number; for vague amounts a conventional value ("dozens" 24,
 *                  "hundreds" 200, "thousands" 2,000) with {@code qualifier} {@code vague}
 * @param category  what is counted: killed, wounded, refugees, arrested, protesters, troops, money, people, ...
 * @param noun      the counted noun's lemma, or null (money)
 * @param unit      ISO 4217 currency code for money ("USD"), else null
 * @param qualifier how exact the number is: null (exact), {@code at-least}, {@code at-most}, {@code about},
 *                  {@code more-than}, {@code less-than}, or {@code vague}
 * @param span      where it is
 * @param sentence  0-based sentence index
 * @param event     index into {@link CodedArticle#events()} of the event in the same clause, or null
 * @param rule      how the category was found: {@code noun} (counts.tsv noun), {@code event-word} (a verb or
 *                  adjective of counts.tsv saying what happened to them), {@code money}
 */
public record Count(String text, double value, String category, String noun, String unit, String qualifier,
                    Span span, int sentence, Integer event, String rule) {

    /** An exact count with no unit, event link or rule recorded. */
    public Count(String text, double value, String category, String noun, Span span, int sentence) {
        this(text, value, category, noun, null, null, span, sentence, null, null);
    }

    /** The same count linked to the event at {@code eventIndex}. */
    public Count withEvent(Integer eventIndex) {
        return new Count(text, value, category, noun, unit, qualifier, span, sentence, eventIndex, rule);
    }
}
