package org.dyad.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dyad's scores on a geoparsing gold file. See {@link GeoScorer} for the definitions.
 *
 * @param articles   articles scored
 * @param toponyms   toponym recognition over literal and adjectival names (span overlap, one to one)
 * @param literal    toponym recognition over literal names only, on both sides
 * @param within161  matched toponyms that the gold locates, resolved within 161 km of the gold point (or to the
 *                   gold's very GeoNames entry)
 * @param within161Raw the same by coordinates alone, an entry's representative point counting too
 * @param exactId    matched toponyms that the gold resolves to a GeoNames id, resolved to that very id
 * @param categories per kind and per feature class: gold toponyms, Dyad's mentions, matches that agree
 * @param outcomes   per gold toponym and per unmatched Dyad mention, in article and text order
 */
public record GeoScores(int articles, Prf toponyms, Prf literal, Ratio within161, Ratio within161Raw, Ratio exactId,
                        List<CategoryRow> categories, List<GeoOutcome> outcomes) implements Scores {

    public GeoScores {
        categories = List.copyOf(categories);
        outcomes = List.copyOf(outcomes);
    }

    @Override
    public int sentences() {
        return articles;
    }

    @Override
    public String unit() {
        return "articles";
    }

    @Override
    public Map<Metric, Double> metrics() {
        Map<Metric, Double> m = new LinkedHashMap<>();
        m.put(Metric.GEO_TOPONYM_PRECISION, toponyms.precision());
        m.put(Metric.GEO_TOPONYM_RECALL, toponyms.recall());
        m.put(Metric.GEO_TOPONYM_F1, toponyms.f1());
        m.put(Metric.GEO_LITERAL_PRECISION, literal.precision());
        m.put(Metric.GEO_LITERAL_RECALL, literal.recall());
        m.put(Metric.GEO_LITERAL_F1, literal.f1());
        m.put(Metric.GEO_WITHIN_161KM, within161.value());
        m.put(Metric.GEO_EXACT_ID, exactId.value());
        return Collections.unmodifiableMap(m);
    }
}
