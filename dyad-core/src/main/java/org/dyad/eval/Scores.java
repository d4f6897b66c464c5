package org.dyad.eval;

import java.util.List;
import java.util.Map;

/** The scores of one gold file: headline metrics and a per-category table. Immutable. */
public sealed interface Scores permits PloverScores, PetrScores {

    /** Sentences scored. */
    int sentences();

    /** Every metric of this format, in a fixed order. */
    Map<Metric, Double> metrics();

    /** The per-category table (PLOVER categories, or CAMEO roots), in a fixed order. */
    List<CategoryRow> categories();
}
