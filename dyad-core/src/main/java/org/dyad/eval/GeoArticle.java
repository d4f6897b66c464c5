package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article of a geoparsing gold file.
 *
 * @param id        the {@code docid}
 * @param title     the title, or null
 * @param text      the article text that the toponym offsets point into
 * @param date      the download date ({@code dltime}), or null
 * @param toponyms  the gold toponyms, in text order
 */
public record GeoArticle(String id, String title, String text, LocalDate date, List<GeoToponym> toponyms) {

    public GeoArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        toponyms = List.copyOf(toponyms);
    }
}
