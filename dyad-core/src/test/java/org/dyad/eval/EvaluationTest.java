package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.Coder;
import org.dyad.event.Codebook;
import org.dyad.event.EventType;
import org.dyad.model.Event;
import org.dyad.model.PlaceMention;
import org.dyad.model.PlaceEntity;
import org.dyad.model.Place;
import org.dyad.model.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.dyad.eval.Coded.article;
import static org.dyad.eval.Coded.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationTest {

    private static final double EPS = 1e-12;
    private static final Coder SILENT = a -> article(a);

    /** A coder that answers with the gold: one event per record, its category, first source and last target. */
    private static Coder ploverOracle(List<PloverRecord> gold) {
        Map<String, PloverRecord> byId = gold.stream().collect(Collectors.toMap(PloverRecord::id, Function.identity()));
        return a -> {
            PloverRecord r = byId.get(a.id());
            String category = PloverScorer.to2021(r.category());
            String cameo = Codebook.standard().all().values().stream().filter(t -> category.equals(t.plover()))
                .map(EventType::code).findFirst().orElseThrow();
            List<GoldActor> targets = PloverScorer.effectiveTargets(r);
            return article(a, event(cameo,
                r.sources().isEmpty() ? null : PloverScorer.goldCountry(r.sources().get(0).code()),
                targets.isEmpty() ? null : PloverScorer.goldCountry(targets.get(targets.size() - 1).code())));
        };
    }

    /** A coder that answers with the gold codings, after a pause that differs between records. */
    private static Coder petrOracle(List<PetrRecord> gold) {
        Map<String, PetrRecord> byId = gold.stream().collect(Collectors.toMap(PetrRecord::id, Function.identity()));
        return a -> {
            try {
                Thread.sleep(Math.floorMod(a.id().hashCode(), 4));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return article(a, byId.get(a.id()).codings().stream()
                .map(c -> event(c.event(), c.source(), c.target())).toArray(Event[]::new));
        };
    }

    @Test
    void the_gold_itself_scores_full_marks_on_the_plover_set() {
        Path file = GoldData.file("plover-gsr-dev.json");
        List<PloverRecord> gold = PloverGold.read(file).records();
        EvalReport report = Evaluation.run(ploverOracle(gold), List.of(file));

        FileResult f = report.file("plover-gsr-dev.json").orElseThrow();
        PloverScores s = (PloverScores) f.scores();
        assertEquals(new Ratio(164, 164), s.categoryAccuracy());
        assertEquals(new Prf(164, 0, 0), s.micro());
        // one gold record names no source, so no event can be fully right there
        assertEquals(new Ratio(163, 164), s.full());
        assertEquals(1.0, f.metrics().get(Metric.PLOVER_SOURCE_COUNTRY), EPS);
        assertEquals(1.0, f.metrics().get(Metric.PLOVER_TARGET_COUNTRY), EPS);
        assertEquals(16, s.categories().size());
        CategoryRow assault = s.categories().stream().filter(r -> r.category().equals("ASSAULT")).findFirst()
            .orElseThrow();
        assertEquals(new CategoryRow("ASSAULT", null, 17, 17, 17), assault, "FIGHT (9) and ASSAULT (8) are one in 2021");
        assertEquals(Map.of(Metric.PLOVER_CATEGORY_ACCURACY, 0.25, Metric.PLOVER_MICRO_F1, 0.35,
            Metric.PLOVER_FULL, 0.20), f.petrarch2());
    }

    @Test
    void the_gold_itself_scores_full_marks_on_the_petrarch_set_and_silence_gets_only_the_no_event_sentences() {
        Path file = GoldData.file("petr2-gsr-dev.xml");
        List<PetrRecord> gold = PetrGold.read(file).evaluated();

        PetrScores perfect = (PetrScores) Evaluation.run(petrOracle(gold), List.of(file)).files().get(0).scores();
        assertEquals(new Prf(42, 0, 0), perfect.triples());
        assertEquals(new Ratio(40, 40), perfect.exact());
        assertEquals(1.0, perfect.roots().f1(), EPS);

        PetrScores silent = (PetrScores) Evaluation.run(SILENT, List.of(file)).files().get(0).scores();
        assertEquals(new Prf(0, 0, 42), silent.triples());
        assertEquals(0.0, silent.metrics().get(Metric.PETR_TRIPLE_F1), EPS);
        assertEquals(new Ratio(7, 40), silent.exact(), "the seven noevents sentences are right");
    }

    /** A coder that answers with the gold toponyms of a geoparsing file, each at its gold point. */
    private static Coder geoOracle(List<GeoArticle> gold) {
        Map<String, GeoArticle> byId = gold.stream().collect(Collectors.toMap(GeoArticle::id, Function.identity()));
        return a -> {
            List<PlaceEntity> places = new ArrayList<>();
            for (GeoToponym t : byId.get(a.id()).toponyms()) {
                Place p = new Place(t.phrase(), t.geonameId(), null, null, t.located() ? t.lat() : 0, t.located() ? t.lon() : 0,
                    t.featureCode());
                String kind = GoldKinds.adjectival(t.phrase()) ? PlaceMention.ADJECTIVAL : PlaceMention.LITERAL;
                places.add(new PlaceEntity(p, List.of(new PlaceMention(t.span(), 0, kind)), "oracle", 1));
            }
            return new CodedArticle(a, List.of(), 0, List.of(), List.of(), List.of(), List.of(), places, List.of(),
                List.of(), List.of(), Map.of());
        };
    }

    @Test
    void the_gold_itself_scores_full_marks_on_the_geoparsing_sets() {
        Path file = GoldData.file("geo/tr-news-dev.xml");
        FileResult f = Evaluation.run(geoOracle(GeoGold.read(file).articles()), List.of(file)).files().get(0);
        GeoScores s = (GeoScores) f.scores();
        assertEquals(59, s.articles());
        assertEquals(new Prf(706, 0, 0), s.toponyms());
        assertEquals(1.0, f.metrics().get(Metric.GEO_TOPONYM_F1), EPS);
        assertEquals(1.0, f.metrics().get(Metric.GEO_LITERAL_F1), EPS);
        assertEquals(1.0, f.metrics().get(Metric.GEO_WITHIN_161KM), EPS);
        assertEquals(1.0, f.metrics().get(Metric.GEO_EXACT_ID), EPS);
        assertTrue(s.categories().stream().anyMatch(r -> r.category().equals("adjectival") && r.gold() > 50),
            "TR-News marks adjectival toponyms: " + s.categories());

        EvalReport silent = Evaluation.run(SILENT, List.of(file));
        assertEquals(new Prf(0, 0, 706), ((GeoScores) silent.files().get(0).scores()).toponyms());
        String text = silent.toText(true);
        assertTrue(text.contains("tr-news-dev.xml (geoparsing XML, 59 articles)"), text);
        assertTrue(text.contains("missed    'Turkish'"), "details list every missed toponym");
        assertTrue(silent.toJson().contains("\"geo.toponymF1\" : 0.0"), silent.toJson());
    }

    @Test
    void a_directory_is_searched_and_what_cannot_be_scored_is_noted() {
        Path dir = GoldData.evalDir();
        EvalReport report = Evaluation.run(SILENT, List.of(dir), Evaluation.Options.defaults().withThreads(2));
        assertEquals(List.of("lgl-dev.xml", "tr-news-dev.xml", "petr2-gsr-dev.xml", "plover-gsr-dev.json"),
            report.files().stream().map(FileResult::name).toList());
        assertEquals(GoldFormat.GEO, report.file("lgl-dev.xml").orElseThrow().format());
        assertEquals(1, report.notes().size(), report.notes().toString());
        assertTrue(report.notes().get(0).contains("PETR.UnitTest.records.xml: written for the PETRARCH dictionaries"),
            report.notes().get(0));

        EvalReport withPetrarch = Evaluation.run(SILENT, List.of(dir), Evaluation.Options.defaults().withPetrarch(true));
        FileResult unit = withPetrarch.file("PETR.UnitTest.records.xml").orElseThrow();
        assertEquals(284, unit.scores().sentences());
        assertEquals(Map.of(Metric.PETR_EXACT, 91.0 / 284), unit.petrarch2());
        assertEquals(0, withPetrarch.notes().size(), withPetrarch.notes().toString());
    }

    @Test
    void results_do_not_depend_on_the_number_of_threads_and_progress_comes_in_order() {
        Path file = GoldData.file("petr2-gsr-dev.xml");
        Coder oracle = petrOracle(PetrGold.read(file).evaluated());
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        String one = Evaluation.run(oracle, List.of(file), Evaluation.Options.defaults().withThreads(1)).toJson(true);
        String four = Evaluation.run(oracle, List.of(file), Evaluation.Options.defaults().withThreads(4)
            .withProgress((name, n, total) -> done.add(n))).toJson(true);
        assertEquals(one, four);
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            expected.add(i);
        }
        assertEquals(expected, done);
    }

    @Test
    void a_coder_failure_is_noted_and_scored_as_no_events() {
        Path file = GoldData.file("petr2-gsr-dev.xml");
        Coder oracle = petrOracle(PetrGold.read(file).evaluated());
        Coder failing = a -> {
            if (a.id().equals("AFP0808020625_4")) {
                throw new IllegalStateException("boom");
            }
            return oracle.code(a);
        };
        EvalReport report = Evaluation.run(failing, List.of(file));
        FileResult f = report.files().get(0);
        assertEquals(new Ratio(39, 40), ((PetrScores) f.scores()).exact());
        assertEquals(1, f.coderFailures());
        assertEquals(1, report.coderFailures());
        assertTrue(f.notes().contains("the coder failed on 1 of 40 records (scored as no events): AFP0808020625_4"),
            f.notes().toString());
        assertTrue(f.notes().stream().anyMatch(n -> n.startsWith("first failure: AFP0808020625_4:"
            + " java.lang.IllegalStateException: boom at org.dyad.eval.EvaluationTest")), f.notes().toString());
    }

    @Test
    void bad_paths_are_clear_errors(@TempDir Path tmp) throws Exception {
        Path missing = tmp.resolve("nothing-here");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Evaluation.run(SILENT, List.of(missing)));
        assertEquals("no such file or directory: " + missing, e.getMessage());

        Path notes = Files.writeString(tmp.resolve("notes.xml"), "<notes><note>hello</note></notes>");
        e = assertThrows(IllegalArgumentException.class, () -> Evaluation.run(SILENT, List.of(notes)));
        assertTrue(e.getMessage().endsWith("is not a gold file dyad eval can score"
            + " (PLOVER gold JSON, PETRARCH validation XML or geoparsing XML)"), e.getMessage());

        EvalReport report = Evaluation.run(SILENT, List.of(tmp));
        assertEquals(List.of(), report.files());
        assertEquals(List.of("skipped " + notes + ": not a gold format dyad eval scores yet"), report.notes());
        assertThrows(IllegalArgumentException.class, () -> Evaluation.Options.defaults().withThreads(0));
    }

    @Test
    void text_report_shows_scores_counts_petrarch2_figures_and_the_category_table() {
        Path file = GoldData.file("plover-gsr-dev.json");
        String text = Evaluation.run(ploverOracle(PloverGold.read(file).records()), List.of(file)).toText();
        List<String> lines = text.lines().toList();
        assertTrue(lines.contains("plover-gsr-dev.json (PLOVER gold JSON, 164 sentences)"), text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("  category accuracy +1\\.000 +164/164 +\\[0\\.25]")), text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("  full: category\\+source\\+target +0\\.994 +163/164 +\\[0\\.20]")),
            text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("  category +gold +dyad +TP +P +R +F1")), text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("  ASSAULT +17 +17 +17 +1\\.000 +1\\.000 +1\\.000")), text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("  all +164 +164 +164 +1\\.000 +1\\.000 +1\\.000")), text);
        assertTrue(lines.contains("  note: PLOVER-GSR01-AGREE-0007: target is \"diplomatic\", not a list of actors;"
            + " read as none"), text);
    }

    @Test
    void json_report_carries_the_same_numbers() throws Exception {
        Path file = GoldData.file("petr2-gsr-dev.xml");
        EvalReport report = Evaluation.run(SILENT, List.of(file));
        JsonNode root = new ObjectMapper().readTree(report.toJson());
        assertEquals("2021", root.get("ploverVersion").asText());
        JsonNode f = root.get("files").get(0);
        assertEquals("petr2-gsr-dev.xml", f.get("file").asText());
        assertEquals("petrarch", f.get("format").asText());
        assertEquals(40, f.get("sentences").asInt());
        assertEquals(0, f.get("coderFailures").asInt());
        assertEquals(7.0 / 40, f.get("metrics").get("petr.exact").asDouble(), EPS);
        assertEquals(0.0, f.get("metrics").get("petr.tripleF1").asDouble(), EPS);
        assertEquals(42, f.get("counts").get("triples").get("fn").asInt());
        assertEquals(0.60, f.get("petrarch2").get("petr.tripleF1").asDouble(), EPS);
        assertEquals(0.88, f.get("petrarch2").get("petr.rootF1").asDouble(), EPS);
        assertTrue(f.get("records") == null, "records only with details");
        assertEquals(report.files().get(0).scores().categories().size(), f.get("categories").size());
        JsonNode details = new ObjectMapper().readTree(report.toJson(true)).get("files").get(0).get("records");
        assertEquals(40, details.size());
        assertEquals("USA CHN 042", details.get(0).get("gold").get(0).asText());
    }
}
