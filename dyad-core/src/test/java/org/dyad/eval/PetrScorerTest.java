package org.dyad.eval;

import org.dyad.model.Modality;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.dyad.eval.Coded.article;
import static org.dyad.eval.Coded.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrScorerTest {

    private static final double EPS = 1e-12;
    private final PetrScorer scorer = new PetrScorer();

    private static PetrRecord gold(String id, PetrCoding... codings) {
        return new PetrRecord(id, null, "TEST", "text of " + id, List.of(codings), codings.length == 0, List.of(),
            true, Map.of(), Map.of(), 1);
    }

    private static PetrCoding c(String source, String target, String event) {
        return new PetrCoding(source, target, event);
    }

    private PetrScores example() {
        List<PetrRecord> gold = List.of(
            gold("s1", c("USA", "CHN", "042"), c("RUS", "USA", "040")),
            gold("s2"),
            gold("s3", c("GUYJUD", "BRAPPL", "173")));
        return scorer.score(gold, List.of(
            // one right triple (twice: counted once), one with the right root but not the right code,
            // and an event without a target: no triple, but its root counts
            article("s1", event("042", "USA", "CHN"), event("042", "USA", "CHN"), event("043", "RUS", "USA"),
                event("190", "USA", null)),
            // no events: only a negated one
            article("s2", event("190", "SYR", "ISR", Modality.NEGATED)),
            // GUY is not GUYJUD
            article("s3", event("173", "GUY", "BRAPPL"))));
    }

    @Test
    void triples_are_compared_as_sets_with_exact_actor_codes() {
        PetrScores s = example();
        assertEquals(new Prf(1, 2, 2), s.triples());
        assertEquals(1.0 / 3, s.metrics().get(Metric.PETR_TRIPLE_PRECISION), EPS);
        assertEquals(1.0 / 3, s.metrics().get(Metric.PETR_TRIPLE_RECALL), EPS);
        assertEquals(1.0 / 3, s.metrics().get(Metric.PETR_TRIPLE_F1), EPS);
    }

    @Test
    void root_pairs_cut_the_event_code_to_its_root() {
        PetrScores s = example();
        assertEquals(new Prf(2, 1, 1), s.rootPairs());
        assertEquals(2.0 / 3, s.metrics().get(Metric.PETR_ROOT_PAIR_F1), EPS);
    }

    @Test
    void roots_alone_count_every_asserted_event() {
        PetrScores s = example();
        // gold: s1 {04}, s3 {17}; Dyad: s1 {04, 19}, s3 {17}
        assertEquals(new Prf(2, 1, 0), s.roots());
        assertEquals(2.0 / 3, s.metrics().get(Metric.PETR_ROOT_PRECISION), EPS);
        assertEquals(1.0, s.metrics().get(Metric.PETR_ROOT_RECALL), EPS);
        assertEquals(0.8, s.metrics().get(Metric.PETR_ROOT_F1), EPS);
    }

    @Test
    void actors_are_scored_apart_from_the_event_code() {
        PetrScores s = example();
        // gold sources USA, RUS (s1) and GUYJUD (s3): Dyad's s3 source is GUY
        assertEquals(new Ratio(2, 3), s.sourceActor());
        // gold targets CHN, USA (s1) and BRAPPL (s3): all among Dyad's targets, whatever the codes
        assertEquals(new Ratio(3, 3), s.targetActor());
        assertEquals(2.0 / 3, s.metrics().get(Metric.PETR_SOURCE_ACTOR), EPS);
    }

    @Test
    void exact_means_the_same_triple_set_and_no_triple_for_a_no_events_sentence() {
        PetrScores s = example();
        assertEquals(new Ratio(1, 3), s.exact());
        assertFalse(s.outcomes().get(0).exact());
        assertTrue(s.outcomes().get(1).exact());
        assertFalse(s.outcomes().get(2).exact());
        assertEquals(List.of(c("RUS", "USA", "043"), c("USA", "CHN", "042")), s.outcomes().get(0).dyad());
    }

    @Test
    void per_root_table_counts_sentence_root_pairs() {
        assertEquals(List.of(
            new CategoryRow("04", "CONSULT", 1, 1, 1),
            new CategoryRow("17", "COERCE", 1, 1, 1),
            new CategoryRow("19", "FIGHT", 0, 1, 0)), example().categories());
    }

    @Test
    void an_event_without_a_target_cannot_match_a_gold_triple_but_an_unknown_actor_code_can() {
        List<PetrRecord> gold = List.of(gold("s1", c("RWALEG", "---", "140")), gold("s2", c("RWALEG", "---", "140")));
        PetrScores s = scorer.score(gold, List.of(
            article("s1", event("140", "RWALEG", null)),
            article("s2", event("140", "RWALEG", "---"))));
        assertEquals(new Prf(1, 0, 1), s.triples());
        assertEquals(new Ratio(1, 2), s.exact());
        assertEquals(new Prf(2, 0, 0), s.roots());
    }
}
