package org.dyad.model;

/**
 * Why Dyad says an event happened: where in the text, by which rule, how sure.
 *
 * @param sentence       0-based sentence index
 * @param source         span of the source actor's mention, or null
 * @param trigger        span of the words that name the event
 * @param target         span of the target actor's mention, or null
 * @param rule           the lexicon entry or rule id that coded it (e.g. {@code lexicon:19-fight.tsv:12})
 * @param confidence     0..1
 * @param dateFrom       where the date came from: {@code sentence} (a day in it), {@code sentence-month} or
 *                       {@code sentence-year} (another month or year named in it: the date is its first day) or
 *                       {@code article}
 * @param locationFrom   where the location came from: {@code clause}, {@code sentence}, {@code article} or null
 */
public record Evidence(int sentence, Span source, Span trigger, Span target, String rule, double confidence,
                       String dateFrom, String locationFrom) {
}
