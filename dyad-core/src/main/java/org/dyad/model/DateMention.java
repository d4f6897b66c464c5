package org.dyad.model;

/**
 * A date expression, normalised against the article date.
 *
 * @param text        the words ("on Sunday", "November 15, 2015")
 * @param value       ISO value at its granularity: 2015-11-15, 2015-11, 2015, 199X; null if unresolved
 * @param granularity day, week, month, year, decade, or null
 * @param span        where it is
 * @param sentence    0-based sentence index
 */
public record DateMention(String text, String value, String granularity, Span span, int sentence) {
}
