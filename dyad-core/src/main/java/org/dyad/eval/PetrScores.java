package org.dyad.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dyad's scores on PETRARCH validation records. See {@link PetrScorer} for the definitions.
 *
 * @param sentences  sentences scored
 * @param triples    (source, target, CAMEO code) triples
 * @param rootPairs  (source, target, CAMEO root) triples
 * @param roots      (sentence, CAMEO root) pairs
 * @param sourceActor gold codings whose source code is the source of a Dyad event in the sentence
 * @param targetActor gold codings whose target code is the target of a Dyad event in the sentence
 * @param exact      sentences whose triple set equals the gold's
 * @param categories per-root table over (sentence, root) pairs
 * @param outcomes   per-sentence results, in gold order
 */
public record PetrScores(int sentences, Prf triples, Prf rootPairs, Prf roots, Ratio sourceActor, Ratio targetActor, Ratio exact,
                         List<CategoryRow> categories, List<PetrOutcome> outcomes) implements Scores {

    public PetrScores {
        categories = List.copyOf(categories);
        outcomes = List.copyOf(outcomes);
    }

    @Override
    public Map<Metric, Double> metrics() {
        Map<Metric, Double> m = new LinkedHashMap<>();
        m.put(Metric.PETR_TRIPLE_PRECISION, triples.precision());
        m.put(Metric.PETR_TRIPLE_RECALL, triples.recall());
        m.put(Metric.PETR_TRIPLE_F1, triples.f1());
        m.put(Metric.PETR_ROOT_PAIR_PRECISION, rootPairs.precision());
        m.put(Metric.PETR_ROOT_PAIR_RECALL, rootPairs.recall());
        m.put(Metric.PETR_ROOT_PAIR_F1, rootPairs.f1());
        m.put(Metric.PETR_ROOT_PRECISION, roots.precision());
        m.put(Metric.PETR_ROOT_RECALL, roots.recall());
        m.put(Metric.PETR_ROOT_F1, roots.f1());
        m.put(Metric.PETR_SOURCE_ACTOR, sourceActor.value());
        m.put(Metric.PETR_TARGET_ACTOR, targetActor.value());
        m.put(Metric.PETR_EXACT, exact.value());
        return Collections.unmodifiableMap(m);
    }
}
