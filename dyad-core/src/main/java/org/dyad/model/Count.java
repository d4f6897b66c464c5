package org.dyad.model;

/**
 * A number together with what it counts ("1 million asylum-seekers").
 *
 * @param text     the words
 * @param value    the normalised number
 * @param category what is counted: killed, wounded, refugees, arrested, protesters, troops, money, people, ...
 * @param noun     the counted noun's lemma
 * @param span     where it is
 * @param sentence 0-based sentence index
 */
public record Count(String text, double value, String category, String noun, Span span, int sentence) {
}
