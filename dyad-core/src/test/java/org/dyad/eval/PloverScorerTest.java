package org.dyad.eval;

import org.dyad.event.PloverVersion;
import org.dyad.model.Modality;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.dyad.eval.Coded.article;
import static org.dyad.eval.Coded.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PloverScorerTest {

    private static final double EPS = 1e-12;
    private final PloverScorer scorer = new PloverScorer(PloverVersion.V2021);

    private static List<GoldActor> actors(String... codes) {
        return Arrays.stream(codes).map(c -> new GoldActor(c, c, null)).toList();
    }

    private static PloverRecord gold(String id, String category, List<GoldActor> sources, List<GoldActor> targets,
                                     String markup) {
        return new PloverRecord(id, "text of " + id, null, category, sources, targets, markup);
    }

    private static PloverRecord gold(String id, String category, String source, String target) {
        return gold(id, category, source == null ? List.of() : actors(source),
            target == null ? List.of() : actors(target), "");
    }

    @Test
    void gold_2016_categories_map_to_2021() {
        assertEquals("REQUEST", PloverScorer.to2021("DEMAND"));
        assertEquals("ACCUSE", PloverScorer.to2021("DISAPPROVE"));
        assertEquals("ACCUSE", PloverScorer.to2021("INVESTIGATE"));
        assertEquals("ASSAULT", PloverScorer.to2021("FIGHT"));
        assertEquals("AGREE", PloverScorer.to2021("AGREE"));
        assertEquals("ASSAULT", PloverScorer.to2021("ASSAULT"));
    }

    @Test
    void gold_non_iso_codes_are_fixed() {
        assertEquals("ITA", PloverScorer.goldCountry("ITL"));
        assertEquals("JPN", PloverScorer.goldCountry("JAP"));
        assertEquals("VNM", PloverScorer.goldCountry("VTN"));
        assertEquals("IGO", PloverScorer.goldCountry("IGO"));
        assertEquals("USA", PloverScorer.goldCountry("usa"));
    }

    @Test
    void category_accuracy_and_micro_scores_count_sentence_category_pairs() {
        List<PloverRecord> gold = List.of(
            gold("s1", "FIGHT", "USA", "IRQ"),
            gold("s2", "DEMAND", "USA", null),
            gold("s3", "AGREE", "HUN", null));
        PloverScores s = scorer.score(gold, List.of(
            // ASSAULT (the 2021 name of FIGHT) is right; REQUEST is a false positive
            article("s1", event("190", "USA", "IRQ"), event("100", "USA", "IRQ"), event("195", "USA", "IRQ")),
            // a negated demand and a statement (no PLOVER category) make no pairs
            article("s2", event("100", "USA", null, Modality.NEGATED), event("010", "USA", null)),
            article("s3")));

        assertEquals(new Ratio(1, 3), s.categoryAccuracy());
        assertEquals(new Prf(1, 1, 2), s.micro());
        assertEquals(0.5, s.micro().precision(), EPS);
        assertEquals(1.0 / 3, s.micro().recall(), EPS);
        assertEquals(0.4, s.micro().f1(), EPS);
        assertEquals(0.4, s.metrics().get(Metric.PLOVER_MICRO_F1), EPS);
        assertEquals(List.of("ASSAULT", "REQUEST"), s.outcomes().get(0).dyad());
        assertEquals(List.of(), s.outcomes().get(1).dyad());
        assertEquals("REQUEST", s.outcomes().get(1).gold());
    }

    @Test
    void per_category_table_counts_gold_dyad_and_true_positives_in_codebook_order() {
        List<PloverRecord> gold = List.of(
            gold("s1", "FIGHT", "USA", "IRQ"),
            gold("s2", "DEMAND", "USA", null),
            gold("s3", "AGREE", "HUN", null),
            gold("s4", "ASSAULT", "RUS", "UKR"));
        PloverScores s = scorer.score(gold, List.of(
            article("s1", event("190", "USA", "IRQ"), event("100", "USA", "IRQ")),
            article("s2", event("111", "USA", null)),
            article("s3"),
            article("s4", event("195", "RUS", "UKR"))));

        assertEquals(List.of(
            new CategoryRow("AGREE", null, 1, 0, 0),
            // ACCUSE first appears at CAMEO 09 (investigate), before REQUEST at 10
            new CategoryRow("ACCUSE", null, 0, 1, 0),
            new CategoryRow("REQUEST", null, 1, 1, 0),
            new CategoryRow("ASSAULT", null, 2, 2, 2)), s.categories());
        assertEquals(1.0, s.categories().get(3).prf().f1(), EPS);
    }

    @Test
    void full_needs_one_event_with_category_source_country_and_target_country() {
        List<PloverRecord> gold = List.of(
            // ITL is the gold's code for Italy; IGO matches any IGO code
            gold("s1", "FIGHT", "ITL", "IGO"),
            // right category and source in one event, right target only in another
            gold("s2", "FIGHT", "RUS", "UKR"),
            // no gold target: the target is not required
            gold("s3", "PROTEST", "PSE", null),
            // wrong category
            gold("s4", "AGREE", "USA", "CHN"));
        PloverScores s = scorer.score(gold, List.of(
            article("s1", event("190", "ITAMIL", "IGOUNO")),
            article("s2", event("190", "RUSMIL", "SYR"), event("042", "RUSGOV", "UKR")),
            article("s3", event("141", "PSECVL", null)),
            article("s4", event("042", "USA", "CHN"))));

        assertEquals(new Ratio(2, 4), s.full());
        assertTrue(s.outcomes().get(0).full(), "ITAMIL -> IGOUNO should match gold ITL -> IGO");
        assertFalse(s.outcomes().get(1).full(), "category, source and target must hold in one event");
        assertTrue(s.outcomes().get(2).full(), "no gold target: a source alone is enough");
        assertFalse(s.outcomes().get(3).full(), "wrong category");
        assertEquals(0.5, s.metrics().get(Metric.PLOVER_FULL), EPS);
    }

    @Test
    void src_tar_markup_makes_the_sources_targets_when_gold_has_no_target() {
        String marked = "Senior (SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials (EVT: agreed)";
        String plain = "Senior (SRC: Hungarian) and (SRC: Romanian) officials (EVT: agreed)";
        List<PloverRecord> gold = List.of(
            gold("dyadic", "AGREE", actors("HUN", "ROU"), List.of(), marked),
            gold("no-target", "AGREE", actors("HUN", "ROU"), List.of(), marked),
            gold("plain", "AGREE", actors("HUN", "ROU"), List.of(), plain));
        PloverScores s = scorer.score(gold, List.of(
            article("dyadic", event("036", "HUNGOV", "ROUGOV")),
            article("no-target", event("036", "HUNGOV", null)),
            article("plain", event("036", "HUNGOV", null))));

        assertTrue(s.outcomes().get(0).full());
        assertFalse(s.outcomes().get(1).full(), "SRC/TAR: the sources are targets, so a target is needed");
        assertTrue(s.outcomes().get(2).full(), "no SRC/TAR and no gold target: no target needed");
        assertEquals(new Ratio(2, 3), s.full());
        // target country is scored only where gold (after the rule) has targets: the two marked sentences
        assertEquals(new Ratio(1, 2), s.targetCountry());
        assertNull(s.outcomes().get(2).targetCountry());
        assertEquals(List.of(new GoldActor("HUN", "HUN", null), new GoldActor("ROU", "ROU", null)),
            PloverScorer.effectiveTargets(gold.get(0)));
        assertEquals(List.of(), PloverScorer.effectiveTargets(gold.get(2)));
    }

    @Test
    void actor_country_accuracy_counts_only_sentences_with_an_asserted_event_and_gold_actors() {
        List<PloverRecord> gold = List.of(
            gold("hit", "FIGHT", "USA", "IRQ"),
            gold("no-events", "FIGHT", "USA", "IRQ"),
            gold("only-future", "FIGHT", "USA", "IRQ"),
            gold("miss", "DEMAND", "GBR", null),
            gold("no-gold-source", "DEMAND", null, "FRA"));
        PloverScores s = scorer.score(gold, List.of(
            // the source country is right even though the category is not
            article("hit", event("042", "USAGOV", "IRQGOV")),
            article("no-events"),
            article("only-future", event("190", "USA", "IRQ", Modality.FUTURE)),
            article("miss", event("100", "FRA", "GBR")),
            article("no-gold-source", event("100", "DEU", "FRA"))));

        assertEquals(new Ratio(1, 2), s.sourceCountry());
        assertEquals(new Ratio(2, 2), s.targetCountry());
        assertEquals(0.5, s.metrics().get(Metric.PLOVER_SOURCE_COUNTRY), EPS);
        assertEquals(1.0, s.metrics().get(Metric.PLOVER_TARGET_COUNTRY), EPS);
        assertNull(s.outcomes().get(1).sourceCountry());
        assertNull(s.outcomes().get(2).sourceCountry());
        assertEquals(Boolean.FALSE, s.outcomes().get(3).sourceCountry());
        assertNull(s.outcomes().get(4).sourceCountry());
    }

    @Test
    void version_2016_compares_the_gold_as_it_is_with_the_codebooks_2016_category() {
        List<PloverRecord> gold = List.of(gold("s1", "FIGHT", "USA", "IRQ"), gold("s2", "DISAPPROVE", "USA", "IRQ"),
            gold("s3", "INVESTIGATE", "USA", "IRQ"));
        List<org.dyad.model.CodedArticle> coded = List.of(article("s1", event("190", "USA", "IRQ")),
            article("s2", event("111", "USA", "IRQ")), article("s3", event("111", "USA", "IRQ")));

        PloverScores v2016 = new PloverScorer(PloverVersion.V2016).score(gold, coded);
        assertEquals(new Ratio(2, 3), v2016.categoryAccuracy(), "111 is DISAPPROVE in 2016, not INVESTIGATE");
        assertEquals("FIGHT", v2016.outcomes().get(0).gold());
        assertEquals(List.of("DISAPPROVE"), v2016.outcomes().get(2).dyad());

        PloverScores v2021 = scorer.score(gold, coded);
        assertEquals(new Ratio(3, 3), v2021.categoryAccuracy(), "DISAPPROVE and INVESTIGATE are both ACCUSE in 2021");
    }

    @Test
    void misaligned_coded_articles_are_rejected() {
        List<PloverRecord> gold = List.of(gold("s1", "FIGHT", "USA", "IRQ"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> scorer.score(gold, List.of(article("s2"))));
        assertEquals("coded article 0 is 's2', expected gold record 's1'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scorer.score(gold, List.of()));
    }
}
