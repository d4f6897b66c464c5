package org.dyad.eval;

import org.dyad.model.Span;

import java.util.Objects;

/**
 * One toponym of a geoparsing gold article.
 *
 * @param span        the name's characters in the article text (0-based, end exclusive, UTF-16 units as
 *                    Java counts them), repaired where the file's offsets drift (see {@link GeoGold})
 * @param phrase      the name as the text writes it
 * @param geonameId   the gold GeoNames id, or null where the gold resolves the toponym to no GeoNames entry
 * @param name        the gold entry's name, or null
 * @param featureCode the gold entry's GeoNames feature code ({@code PPL}, {@code ADM2}, ...), or null
 * @param lat         the gold latitude in degrees north, or null where the gold gives no coordinates
 * @param lon         the gold longitude in degrees east, or null
 */
public record GeoToponym(Span span, String phrase, Long geonameId, String name, String featureCode, Double lat,
                         Double lon) {

    public GeoToponym {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(phrase, "phrase");
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("toponym '" + phrase + "' has one coordinate without the other");
        }
    }

    /** Whether the gold places the toponym on the map. */
    public boolean located() {
        return lat != null;
    }
}
