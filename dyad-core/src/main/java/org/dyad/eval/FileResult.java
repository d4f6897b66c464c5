package org.dyad.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The evaluation of one gold file.
 *
 * @param name      the file name, the key of the floors file ({@code plover-gsr-dev.json})
 * @param path      the path as given or found
 * @param format    the gold format
 * @param scores    Dyad's scores
 * @param petrarch2 PETRARCH-2's published figures for this set, by metric; empty where none
 * @param coderFailures records the coder threw on (scored as no events; the notes say which)
 * @param notes     what was odd in the file or the run (reader problems, records left out, coder failures)
 */
public record FileResult(String name, String path, GoldFormat format, Scores scores, Map<Metric, Double> petrarch2,
                         int coderFailures, List<String> notes) {

    public FileResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(scores, "scores");
        if (coderFailures < 0) {
            throw new IllegalArgumentException("negative coderFailures: " + coderFailures);
        }
        petrarch2 = Collections.unmodifiableMap(new LinkedHashMap<>(petrarch2));
        notes = List.copyOf(notes);
    }

    public Map<Metric, Double> metrics() {
        return scores.metrics();
    }

    /** The value of {@code metric}, or empty where this file's format has no such metric. */
    public OptionalDouble metric(Metric metric) {
        Double v = scores.metrics().get(metric);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
