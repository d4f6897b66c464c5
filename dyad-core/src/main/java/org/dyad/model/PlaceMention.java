package org.dyad.model;

/**
 * One place name in the text.
 *
 * @param span     the characters of the name
 * @param sentence 0-based sentence index
 * @param kind     {@code literal} ("Syria") or {@code adjectival} ("Syrian")
 */
public record PlaceMention(Span span, int sentence, String kind) {
    public static final String LITERAL = "literal";
    public static final String ADJECTIVAL = "adjectival";
}
