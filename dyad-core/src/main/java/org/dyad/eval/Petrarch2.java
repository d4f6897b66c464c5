package org.dyad.eval;

import java.util.Map;

/**
 * PETRARCH-2's published scores on the public gold sets (eval/README.md: measured on the whole of
 * each set, with CoreNLP parses and the Phoenix dictionaries), to print beside Dyad's. The sets are
 * recognised by their file names.
 */
final class Petrarch2 {

    static final String NOTE = "PETRARCH-2 on the whole set";

    private Petrarch2() {
    }

    /** PETRARCH-2's figures for the gold file {@code name}, by metric; empty where none are published. */
    static Map<Metric, Double> figures(String name, GoldFormat format) {
        if (format == GoldFormat.PLOVER && name.startsWith("plover-gsr")) {
            return Map.of(Metric.PLOVER_CATEGORY_ACCURACY, 0.25, Metric.PLOVER_MICRO_F1, 0.35,
                Metric.PLOVER_FULL, 0.20);
        }
        if (format == GoldFormat.PETRARCH && name.startsWith("petr2-gsr")) {
            return Map.of(Metric.PETR_TRIPLE_F1, 0.60, Metric.PETR_ROOT_PAIR_F1, 0.70, Metric.PETR_ROOT_F1, 0.88);
        }
        if (format == GoldFormat.PETRARCH && name.startsWith("PETR.UnitTest.records")) {
            return Map.of(Metric.PETR_EXACT, 91.0 / 284);
        }
        return Map.of();
    }
}
