package org.dyad.nlp;

/**
 * A named-entity mention found by the annotator: tokens {@code [startToken, endToken)} of one sentence.
 *
 * @param startToken first token, 0-based within the sentence
 * @param endToken   token after the last (exclusive)
 * @param type       PERSON, ORGANIZATION, LOCATION, DATE, DURATION, TIME, SET, NUMBER, MONEY, PERCENT, ...
 * @param normalized normalised value (TIMEX value for dates, number for numbers), or null
 * @param begin      character offset into the article text
 * @param end        character offset after the last character
 */
public record EntityMention(int startToken, int endToken, String type, String normalized, int begin, int end) {
}
