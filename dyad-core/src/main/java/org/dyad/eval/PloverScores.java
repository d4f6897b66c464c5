package org.dyad.eval;

import org.dyad.event.PloverVersion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dyad's scores on PLOVER gold records. See {@link PloverScorer} for the definitions.
 *
 * @param version          the PLOVER category set compared
 * @param sentences        sentences scored
 * @param categoryAccuracy sentences whose gold category is among Dyad's
 * @param micro            (sentence, category) pairs
 * @param full             sentences with one event right in category, source and target
 * @param sourceCountry    source-country hits among sentences with a Dyad event and a gold source
 * @param targetCountry    target-country hits among sentences with a Dyad event and a gold target
 * @param categories       per-category table
 * @param outcomes         per-sentence results, in gold order
 */
public record PloverScores(PloverVersion version, int sentences, Ratio categoryAccuracy, Prf micro, Ratio full,
                           Ratio sourceCountry, Ratio targetCountry, List<CategoryRow> categories,
                           List<PloverOutcome> outcomes) implements Scores {

    public PloverScores {
        categories = List.copyOf(categories);
        outcomes = List.copyOf(outcomes);
    }

    @Override
    public Map<Metric, Double> metrics() {
        Map<Metric, Double> m = new LinkedHashMap<>();
        m.put(Metric.PLOVER_CATEGORY_ACCURACY, categoryAccuracy.value());
        m.put(Metric.PLOVER_MICRO_PRECISION, micro.precision());
        m.put(Metric.PLOVER_MICRO_RECALL, micro.recall());
        m.put(Metric.PLOVER_MICRO_F1, micro.f1());
        m.put(Metric.PLOVER_FULL, full.value());
        m.put(Metric.PLOVER_SOURCE_COUNTRY, sourceCountry.value());
        m.put(Metric.PLOVER_TARGET_COUNTRY, targetCountry.value());
        return Collections.unmodifiableMap(m);
    }
}
