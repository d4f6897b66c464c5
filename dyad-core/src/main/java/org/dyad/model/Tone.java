package org.dyad.model;

/**
 * The article's tone, in the manner of GDELT's V1.5TONE: percentages of the article's words.
 *
 * @param tone             {@code positive - negative}, in percent of words (-100..100; news mostly -10..10)
 * @param positive         words of positive tone, in percent of all words
 * @param negative         words of negative tone, in percent of all words
 * @param polarity         {@code positive + negative}: how emotionally charged the text is, in percent
 * @param activityDensity  verbs, in percent of words (a proxy of how much happens in the text)
 * @param selfGroupDensity first-person pronouns (I, we, our, ...), in percent of words
 * @param words            number of words (tokens with a letter or digit)
 * @param positiveWords    number of positive words
 * @param negativeWords    number of negative words
 */
public record Tone(double tone, double positive, double negative, double polarity, double activityDensity,
                   double selfGroupDensity, int words, int positiveWords, int negativeWords) {

    /** The tone of a text without words. */
    public static final Tone NONE = new Tone(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
