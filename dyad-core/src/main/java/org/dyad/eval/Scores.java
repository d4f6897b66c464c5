package org.dyad.eval;

import java.util.List;
import java.util.Map;

/** The scores of one gold file: headline metrics and a per-category table. Immutable. */
public sealed interface Scores permits PloverScores, PetrScores, GeoScores {

    /** Records scored: sentences, or articles for geoparsing files (see {@link #unit()}). */
    int sentences();

    /** What {@link #sentences()} counts, as the report prints it. */
    default String unit() {
        return "sentences";
    }

    /** Every metric of this format, in a fixed order. */
    Map<Metric, Double> metrics();

    /** The per-category table (PLOVER categories, CAMEO roots, or toponym kinds and classes), in a fixed order. */
    List<CategoryRow> categories();
}
