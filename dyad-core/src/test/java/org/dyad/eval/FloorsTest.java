package org.dyad.eval;

import org.dyad.event.PloverVersion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.dyad.eval.Coded.article;
import static org.dyad.eval.Coded.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FloorsTest {

    /** A report on "plover-gsr-dev.json": category accuracy 0.5, micro F1 2/3, full 0.5. */
    private static EvalReport report() {
        List<PloverRecord> gold = List.of(
            new PloverRecord("s1", "t", null, "FIGHT", List.of(new GoldActor("US", "USA", null)),
                List.of(new GoldActor("Iraq", "IRQ", null)), ""),
            new PloverRecord("s2", "t", null, "AGREE", List.of(new GoldActor("US", "USA", null)), List.of(), ""));
        PloverScores scores = new PloverScorer(PloverVersion.V2021).score(gold,
            List.of(article("s1", event("190", "USA", "IRQ")), article("s2")));
        return new EvalReport(PloverVersion.V2021, List.of(new FileResult("plover-gsr-dev.json",
            "x/plover-gsr-dev.json", GoldFormat.PLOVER, scores, Map.of(), 0, List.of())), List.of());
    }

    @Test
    void a_score_below_its_floor_is_a_breach() {
        Floors floors = Floors.parse("""
            # file\tmetric\tfloor
            plover-gsr-dev.json\tplover.categoryAccuracy\t0.6
            plover-gsr-dev.json\tplover.full\t0.5
            plover-gsr-dev.json\tplover.microF1\t0.66
            petr2-gsr-dev.xml\tpetr.tripleF1\t0.9
            """, "floors.tsv");
        List<Floors.Breach> breaches = floors.check(report());
        assertEquals(List.of(new Floors.Breach("plover-gsr-dev.json", Metric.PLOVER_CATEGORY_ACCURACY, 0.6, 0.5)),
            breaches);
        assertEquals("plover-gsr-dev.json plover.categoryAccuracy: 0.5000 is below the floor 0.6000",
            breaches.get(0).toString());
        assertEquals(List.of("petr2-gsr-dev.xml"), floors.unchecked(report()));
    }

    @Test
    void scores_at_or_above_their_floors_pass() {
        Floors floors = Floors.parse("""
            plover-gsr-dev.json\tplover.categoryAccuracy\t0.5
            plover-gsr-dev.json\tplover.microF1\t0.6
            plover-gsr-dev.json\tplover.sourceCountry\t1.0
            """, "floors.tsv");
        assertEquals(List.of(), floors.check(report()));
        assertEquals(List.of(), floors.unchecked(report()));
    }

    @Test
    void bad_floor_lines_are_rejected_with_file_and_line() {
        assertEquals("floors.tsv:2: unknown metric 'plover.accuracy'",
            assertThrows(IllegalArgumentException.class, () -> Floors.parse(
                "# header\nplover-gsr-dev.json\tplover.accuracy\t0.5\n", "floors.tsv")).getMessage().split(" \\(")[0]);
        assertEquals("floors.tsv:1: floor 1.5 is not in 0..1", assertThrows(IllegalArgumentException.class,
            () -> Floors.parse("plover-gsr-dev.json\tplover.full\t1.5\n", "floors.tsv")).getMessage());
        assertEquals("floors.tsv:1: floor 'high' is not a number", assertThrows(IllegalArgumentException.class,
            () -> Floors.parse("plover-gsr-dev.json\tplover.full\thigh\n", "floors.tsv")).getMessage());
        assertEquals("floors.tsv:2: a second floor for plover-gsr-dev.json plover.full",
            assertThrows(IllegalArgumentException.class, () -> Floors.parse(
                "plover-gsr-dev.json\tplover.full\t0.1\nplover-gsr-dev.json\tplover.full\t0.2\n", "floors.tsv"))
                .getMessage());
    }

    @Test
    void a_floor_on_a_metric_the_file_lacks_is_an_error_not_a_pass() {
        Floors floors = Floors.parse("plover-gsr-dev.json\tpetr.tripleF1\t0.1\n", "floors.tsv");
        assertEquals("floors.tsv:1: plover-gsr-dev.json has no metric petr.tripleF1",
            assertThrows(IllegalArgumentException.class, () -> floors.check(report())).getMessage());
    }

    @Test
    void the_repository_floors_file_reads_and_names_each_files_own_metrics() {
        Floors floors = Floors.read(GoldData.repoRoot().resolve("eval-floors.tsv"));
        assertFalse(floors.floors().isEmpty());
        for (Floors.Floor f : floors.floors()) {
            String prefix = f.file().endsWith(".json") ? "plover."
                : f.file().startsWith("lgl") || f.file().startsWith("tr-news") ? "geo." : "petr.";
            assertTrue(f.metric().id().startsWith(prefix), f.where() + ": " + f.metric().id() + " on " + f.file());
        }
        for (String m : List.of("plover.categoryAccuracy", "plover.microF1", "plover.full", "plover.sourceCountry")) {
            assertTrue(floors.floors().stream().anyMatch(f -> f.file().equals("plover-gsr-dev.json")
                && f.metric().id().equals(m)), "no floor for plover-gsr-dev.json " + m);
        }
        for (String file : List.of("tr-news-dev.xml", "lgl-dev.xml")) {
            for (String m : List.of("geo.toponymF1", "geo.within161km", "geo.exactId")) {
                assertTrue(floors.floors().stream().anyMatch(f -> f.file().equals(file) && f.metric().id().equals(m)),
                    "no floor for " + file + " " + m);
            }
        }
        for (String m : List.of("petr.tripleF1", "petr.rootPairF1", "petr.rootF1", "petr.exact")) {
            assertTrue(floors.floors().stream().anyMatch(f -> f.file().equals("petr2-gsr-dev.xml")
                && f.metric().id().equals(m)), "no floor for petr2-gsr-dev.xml " + m);
        }
    }
}
