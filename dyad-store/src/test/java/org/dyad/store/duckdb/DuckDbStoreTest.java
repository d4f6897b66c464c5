package org.dyad.store.duckdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.Dyad;
import org.dyad.model.Actor;
import org.dyad.model.ActorEntity;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Count;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Modality;
import org.dyad.model.Place;
import org.dyad.model.PlaceEntity;
import org.dyad.model.PlaceMention;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.ThemeMention;
import org.dyad.model.Tone;
import org.dyad.store.ArticleKey;
import org.dyad.store.DyadQuery;
import org.dyad.store.DyadRow;
import org.dyad.store.GdeltTable;
import org.dyad.store.KnowledgeFiles;
import org.dyad.store.Period;
import org.dyad.store.RunInfo;
import org.dyad.store.RunOutcome;
import org.dyad.store.StoreItem;
import org.dyad.store.StoreStats;
import org.dyad.store.WriteResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DuckDB store on coded articles written out as records (the coder's output format; the coder itself is
 * exercised by {@code MergeWithCoderTest}). Real DuckDB databases in temporary folders.
 */
class DuckDbStoreTest {

    @TempDir
    Path dir;

    static final LocalDate SUNDAY = LocalDate.of(2020, 3, 1);
    static final Actor RUSSIA = new Actor("Russia", "RUS", "RUS", null, Actor.Kind.STATE);
    static final Actor RUSSIAN_MILITARY = new Actor("Russian warplanes", "RUSMIL", "RUS", "MIL", Actor.Kind.SECTOR);
    static final Actor SYRIAN_REBELS = new Actor("rebels", "SYRREB", "SYR", "REB", Actor.Kind.SECTOR);
    static final Actor TURKEY_GOV = new Actor("Turkish foreign minister", "TURGOV", "TUR", "GOV", Actor.Kind.PERSON);
    static final Place IDLIB = new Place("Idlib", 169389L, "SYR", "12", 35.93062, 36.63393, "PPLA");
    static final Place DEIR_EZ_ZOR = new Place("Deir ez-Zor", 170794L, "SYR", "07", 35.33588, 40.14084, "PPLA");

    private static Event event(String cameo, int quadClass, double goldstein, Actor source, Actor target, LocalDate date,
                               Place where, Modality modality, double confidence) {
        return new Event(cameo, "ASSAULT", null, null, goldstein, quadClass, source, target, date, where, modality,
            new Evidence(0, new Span(0, 7), new Span(8, 14), new Span(15, 21), "test:1", confidence, "sentence", "clause"));
    }

    private static Event strike(Actor source, LocalDate date, Place where) {
        return event("195", 4, -10, source, SYRIAN_REBELS, date, where, Modality.ASSERTED, 0.9);
    }

    private static StoreItem article(String text, LocalDate published, String outlet, Event... events) {
        Article a = new Article(text.substring(0, 12), null, text, published, outlet, null, "en");
        ActorEntity rebels = new ActorEntity(SYRIAN_REBELS, List.of(new Span(15, 21)), null, "sector");
        PlaceEntity idlib = new PlaceEntity(IDLIB, List.of(new PlaceMention(new Span(25, 30), 0, PlaceMention.LITERAL)),
            "population", 0.8);
        Quote quote = new Quote("We will go on", new Span(40, 53), SYRIAN_REBELS, new Span(15, 21), 0, "speech-verb", 0.9);
        Count count = new Count("twelve fighters", 12, "killed", "fighter", new Span(60, 75), 0);
        ThemeMention theme = new ThemeMention("ARMED_CONFLICT", "bomb", new Span(8, 14), 0);
        CodedArticle c = new CodedArticle(a, List.of(new Span(0, text.length())), 20, List.of(events), List.of(rebels),
            List.of(), List.of(quote), List.of(idlib), List.of(), List.of(count), List.of(), Map.of(), List.of(),
            List.of(theme), Tone.NONE, List.of(), List.of());
        return new StoreItem(c, "test/" + a.id(), "Jane Doe");
    }

    private static String text(String words) {
        // room for the spans the records point at
        return words + " ".repeat(Math.max(0, 80 - words.length())) + ".";
    }

    private static List<List<Object>> rows(DuckDbStore s, String table) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = s.connection().createStatement();
             ResultSet r = st.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
            ResultSetMetaData md = r.getMetaData();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object o = r.getObject(i);
                    row.add(o instanceof java.sql.Array a ? List.of((Object[]) a.getArray()) : o);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static long count(DuckDbStore s, String sql) throws SQLException {
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void writing_an_article_twice_adds_nothing() throws SQLException {
        StoreItem a = article(text("Russian warplanes bombed rebels in Idlib"), SUNDAY, "Wire", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB));
        try (DuckDbStore s = DuckDbStore.open(dir, 0.5)) {
            assertEquals(1, s.write(List.of(a)).articles());
            Map<String, List<List<Object>>> before = new java.util.TreeMap<>();
            for (String t : Schema.TABLES) {
                before.put(t, rows(s, t));
            }
            WriteResult again = s.write(List.of(a, a));
            assertEquals(0, again.articles());
            assertEquals(2, again.duplicates());
            assertTrue(s.contains(ArticleKey.of(a.coded().article())));
            for (String t : Schema.TABLES) {
                assertEquals(before.get(t), rows(s, t), "table " + t + " changed on re-writing");
            }
            assertEquals(1, count(s, "SELECT count(*) FROM articles"));
            assertEquals(1, count(s, "SELECT count(*) FROM actors"));
            assertEquals(1, count(s, "SELECT count(*) FROM quotations"));
            assertEquals(1, count(s, "SELECT count(*) FROM places"));
            assertEquals(1, count(s, "SELECT count(*) FROM counts"));
            assertEquals(1, count(s, "SELECT count(*) FROM themes WHERE theme = 'ARMED_CONFLICT' AND theme_begin = 8"));
        }
    }

    @Test
    void reports_of_one_strike_from_two_outlets_become_one_record_whose_counts_grow() throws SQLException {
        try (DuckDbStore s = DuckDbStore.open(dir, 0.5)) {
            s.write(List.of(article(text("Russian warplanes bombed rebels in Idlib on Sunday"), SUNDAY, "Northern Wire",
                strike(RUSSIAN_MILITARY, SUNDAY, IDLIB))));
            assertEquals(1, count(s, "SELECT num_articles FROM events"));
            // the next day another outlet reports the strike twice in one story, once with a 190 code
            WriteResult r = s.write(List.of(article(text("Russian jets struck rebel positions around Idlib"),
                SUNDAY.plusDays(1), "Coastal Times", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB),
                event("190", 4, -10, RUSSIAN_MILITARY, SYRIAN_REBELS, SUNDAY.plusDays(1), null, Modality.ASSERTED, 0.8))));
            assertEquals(0, r.newEvents());
            assertEquals(2, r.mergedMentions());
            // a third report from the first outlet
            s.write(List.of(article(text("Activists said Russian planes had bombed Idlib"), SUNDAY.plusDays(1),
                "northern wire", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB))));
            assertEquals(1, count(s, "SELECT count(*) FROM events"));
            try (Statement st = s.connection().createStatement(); ResultSet e = st.executeQuery(
                "SELECT num_mentions, num_articles, num_sources, first_seen, last_seen, cameo, location_name FROM events")) {
                e.next();
                assertEquals(4, e.getInt(1), "NumMentions: every mention");
                assertEquals(3, e.getInt(2), "NumArticles");
                assertEquals(2, e.getInt(3), "NumSources: outlets, case aside");
                assertEquals(SUNDAY, e.getObject(4, LocalDate.class));
                assertEquals(SUNDAY.plusDays(1), e.getObject(5, LocalDate.class));
                assertEquals("195", e.getString(6), "the record keeps the code of the report that opened it");
                assertEquals("Idlib", e.getString(7));
            }
            assertEquals(4, count(s, "SELECT count(*) FROM event_mentions WHERE event_id = (SELECT event_id FROM events)"));
        }
    }

    @Test
    void a_week_later_another_place_or_another_dyad_is_another_record() throws SQLException {
        try (DuckDbStore s = DuckDbStore.open(dir, 0.5)) {
            s.write(List.of(
                article(text("Russian warplanes bombed rebels in Idlib on Sunday"), SUNDAY, "A", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB)),
                article(text("Russian warplanes bombed rebels in Idlib again"), SUNDAY.plusWeeks(1), "B",
                    strike(RUSSIAN_MILITARY, SUNDAY.plusWeeks(1), IDLIB)),
                article(text("Russian warplanes bombed rebels near Deir ez-Zor"), SUNDAY, "C",
                    strike(RUSSIAN_MILITARY, SUNDAY, DEIR_EZ_ZOR)),
                article(text("Russia bombed rebels in Idlib on Sunday, Moscow said"), SUNDAY, "D", strike(RUSSIA, SUNDAY, IDLIB))));
            assertEquals(4, count(s, "SELECT count(*) FROM events"));
            assertEquals(0, count(s, "SELECT count(*) FROM events WHERE num_articles > 1"));
        }
    }

    @Test
    void only_asserted_confident_events_become_records_the_rest_stay_mentions_with_their_modality() throws SQLException {
        try (DuckDbStore s = DuckDbStore.open(dir, 0.5)) {
            s.write(List.of(article(text("Russia threatened to bomb the rebels and may strike Idlib"), SUNDAY, "A",
                event("195", 4, -10, RUSSIA, SYRIAN_REBELS, SUNDAY, IDLIB, Modality.FUTURE, 0.9),
                event("195", 4, -10, RUSSIA, SYRIAN_REBELS, SUNDAY, IDLIB, Modality.NEGATED, 0.9),
                event("195", 4, -10, RUSSIA, SYRIAN_REBELS, SUNDAY, IDLIB, Modality.ASSERTED, 0.3),
                event("138", 3, -7, RUSSIA, SYRIAN_REBELS, SUNDAY, IDLIB, Modality.ASSERTED, 0.9))));
            assertEquals(1, count(s, "SELECT count(*) FROM events"));
            assertEquals("13", rows(s, "events").get(0).get(2));
            StoreStats st = s.stats();
            assertEquals(4, st.mentions());
            assertEquals(1, st.mergedMentions());
            assertEquals(Map.of("future", 1L, "negated", 1L, "asserted", 1L), st.unmergedByModality());
        }
    }

    @Test
    void a_record_opened_without_a_place_takes_the_first_place_reported() throws SQLException {
        try (DuckDbStore s = DuckDbStore.open(dir, 0.5)) {
            s.write(List.of(article(text("Russian warplanes bombed rebels on Sunday"), SUNDAY, "A", strike(RUSSIAN_MILITARY, SUNDAY, null))));
            s.write(List.of(article(text("Russian warplanes bombed rebels in Idlib"), SUNDAY, "B", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB))));
            assertEquals(1, count(s, "SELECT count(*) FROM events"));
            assertEquals(169389, count(s, "SELECT geoname_id FROM events"));
        }
    }

    @Test
    void dyads_count_records_per_quad_class_and_the_views_agree() throws SQLException {
        try (DuckDbStore s = DuckDbStore.open(dir, 0.5)) {
            s.write(List.of(
                article(text("Russian warplanes bombed rebels in Idlib on Sunday"), SUNDAY, "A", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB)),
                article(text("Russian jets struck rebel positions around Idlib"), SUNDAY, "B", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB)),
                article(text("Russia accused the rebels of breaking the truce"), SUNDAY.minusDays(2), "A",
                    event("112", 3, -2, RUSSIA, SYRIAN_REBELS, SUNDAY.minusDays(2), null, Modality.ASSERTED, 0.9)),
                article(text("Russia offered the rebels safe passage from Idlib"), SUNDAY.plusDays(9), "A",
                    event("073", 2, 7, RUSSIA, SYRIAN_REBELS, SUNDAY.plusDays(9), IDLIB, Modality.ASSERTED, 0.9)),
                article(text("Turkey condemned the strikes on Idlib"), SUNDAY, "B",
                    event("111", 3, -2, TURKEY_GOV, RUSSIA, SUNDAY, IDLIB, Modality.ASSERTED, 0.9))));
            List<DyadRow> weeks = s.dyads(new DyadQuery("RUS", "SYR", Period.WEEK));
            assertEquals(2, weeks.size(), weeks.toString());
            DyadRow first = weeks.get(0);
            assertEquals(LocalDate.of(2020, 2, 24), first.period(), "weeks start on Monday");
            assertEquals(2, first.events(), "one strike (two reports) and one accusation");
            assertEquals(1, first.materialConflict());
            assertEquals(1, first.verbalConflict());
            assertEquals(-6.0, first.meanGoldstein(), 1e-9);
            assertEquals(3, first.mentions());
            assertEquals(List.of(new DyadRow.CodeCount("112", 1), new DyadRow.CodeCount("195", 1)), first.topCodes());
            assertEquals(1, weeks.get(1).materialCooperation());
            assertEquals(3, s.dyads(new DyadQuery("RUS", "SYR", Period.DAY)).size());
            assertEquals(1, s.dyads(new DyadQuery("TUR", null, Period.MONTH)).size());
            assertTrue(s.dyads(new DyadQuery("SYR", "RUS", Period.WEEK)).isEmpty(), "dyads have a direction");
            // the SQL views hold the same numbers, per exact dyad
            assertEquals(1, count(s, "SELECT events FROM dyads_by_week WHERE source = 'RUSMIL' AND target = 'SYRREB'"));
            assertEquals(1, count(s, "SELECT events FROM dyads_by_week WHERE source = 'RUS' AND target = 'SYRREB' "
                + "AND period = DATE '2020-02-24'"));
            assertEquals(4, count(s, "SELECT count(*) FROM dyads_by_day"), "three days of RUS-SYR, one of TUR-RUS");
            assertEquals(2, count(s, "SELECT sum(events) FROM dyad_series('RUS', 'SYR', 'week') WHERE period = DATE '2020-02-24'"));
        }
    }

    @Test
    void parquet_export_writes_every_table_readable_by_duckdb() throws Exception {
        Path out = dir.resolve("parquet");
        try (DuckDbStore s = DuckDbStore.open(dir.resolve("db"), 0.5)) {
            s.write(List.of(article(text("Russian warplanes bombed rebels in Idlib"), SUNDAY, "A", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB)),
                article(text("Russian jets struck rebels around Idlib"), SUNDAY, "B", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB))));
            List<Path> files = s.exportParquet(out);
            assertEquals(9, files.size());
            for (String t : Schema.TABLES) {
                Path f = out.resolve(t + ".parquet");
                assertTrue(Files.isRegularFile(f), f.toString());
                assertEquals(count(s, "SELECT count(*) FROM " + t),
                    count(s, "SELECT count(*) FROM read_parquet('" + f.toAbsolutePath() + "')"), t);
            }
            assertEquals(2, count(s, "SELECT num_articles FROM read_parquet('" + out.resolve("events.parquet").toAbsolutePath() + "')"));
            assertEquals(15, count(s, "SELECT mention_begins[1] FROM read_parquet('"
                + out.resolve("actors.parquet").toAbsolutePath() + "') LIMIT 1"), "lists survive the export");
        }
        // a read-only store exports too
        try (DuckDbStore r = DuckDbStore.openReadOnly(dir.resolve("db"))) {
            r.exportParquet(dir.resolve("again"));
            assertTrue(Files.size(dir.resolve("again/events.parquet")) > 0);
        }
    }

    @Test
    void jsonl_export_has_one_line_per_record_with_all_its_mentions() throws Exception {
        try (DuckDbStore s = DuckDbStore.open(dir, 0.5)) {
            s.write(List.of(article(text("Russian warplanes bombed rebels in Idlib"), SUNDAY, "A", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB)),
                article(text("Russian jets struck rebels around Idlib"), SUNDAY, "B", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB)),
                article(text("Turkey condemned the strikes on Idlib"), SUNDAY, "B",
                    event("111", 3, -2, TURKEY_GOV, RUSSIA, SUNDAY, IDLIB, Modality.ASSERTED, 0.9))));
            StringWriter w = new StringWriter();
            assertEquals(2, s.exportJsonl(w));
            String[] lines = w.toString().split("\n");
            assertEquals(2, lines.length);
            JsonNode strike = new ObjectMapper().readTree(lines[0]).get("cameo").asText().equals("195")
                ? new ObjectMapper().readTree(lines[0]) : new ObjectMapper().readTree(lines[1]);
            assertEquals(2, strike.get("numArticles").asInt());
            assertEquals(2, strike.get("mentions").size());
            assertEquals("RUSMIL", strike.get("source").get("code").asText());
            assertEquals("RUSMIL", strike.get("dyad").get("source").asText());
            assertEquals(169389, strike.get("location").get("geonameId").asLong());
            assertEquals("2020-03-01", strike.get("date").asText());
            assertEquals(8, strike.get("mentions").get(0).get("spans").get("trigger").get(0).asInt());
        }
    }

    @Test
    void gdelt_rows_carry_the_record_id_its_counts_and_first_day_and_mentions_join_them() throws Exception {
        try (DuckDbStore s = DuckDbStore.open(dir, 0.5)) {
            s.write(List.of(article(text("Russian warplanes bombed rebels in Idlib"), SUNDAY, "A", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB)),
                article(text("Russian jets struck rebels around Idlib"), SUNDAY.plusDays(1), "B", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB))));
            long eventId = count(s, "SELECT event_id FROM events");
            StringWriter events = new StringWriter();
            assertEquals(1, s.exportGdelt(GdeltTable.EVENTS, events));
            String[] f = events.toString().split("\n")[0].split("\t", -1);
            assertEquals(61, f.length);
            assertEquals(String.valueOf(eventId), f[0], "GLOBALEVENTID");
            assertEquals("20200301", f[1], "SQLDATE");
            assertEquals("195", f[26], "EventCode");
            assertEquals("2", f[31], "NumMentions");
            assertEquals("2", f[32], "NumSources");
            assertEquals("2", f[33], "NumArticles");
            assertEquals("20200301000000", f[59], "DATEADDED");
            StringWriter mentions = new StringWriter();
            assertEquals(2, s.exportGdelt(GdeltTable.MENTIONS, mentions));
            for (String row : mentions.toString().split("\n")) {
                String[] m = row.split("\t", -1);
                assertEquals(16, m.length);
                assertEquals(String.valueOf(eventId), m[0]);
                assertEquals("20200301000000", m[1], "EventTimeDate: when the record was first seen");
            }
            StringWriter gkg = new StringWriter();
            assertEquals(2, s.exportGdelt(GdeltTable.GKG, gkg));
            assertEquals(27, gkg.toString().split("\n")[0].split("\t", -1).length);
        }
    }

    @Test
    void runs_record_version_configuration_and_knowledge_hashes() throws SQLException {
        Map<String, String> knowledge = KnowledgeFiles.hashes(List.of());
        assertTrue(knowledge.containsKey("org/dyad/event/lexicon/19-fight.tsv"), knowledge.keySet().toString());
        assertTrue(knowledge.containsKey("org/dyad/actor/people.tsv"));
        assertTrue(knowledge.containsKey("org/dyad/event/cameo.tsv"));
        assertEquals(64, knowledge.get("org/dyad/actor/countries.tsv").length());
        try (DuckDbStore s = DuckDbStore.open(dir, 0.5)) {
            long first = s.startRun(new RunInfo(Dyad.VERSION, "{\"threads\":2}", knowledge, List.of("a", "b")));
            assertEquals(Map.of(), s.knowledgeBefore(first));
            s.finishRun(first, new RunOutcome(3, 1, 2, 1.5));
            long second = s.startRun(new RunInfo(Dyad.VERSION, "{}", Map.of(), List.of()));
            assertNotEquals(first, second);
            assertEquals(knowledge, s.knowledgeBefore(second));
            List<Object> run = rows(s, "runs").get(0);
            assertEquals("done", run.get(3));
            assertEquals(Dyad.VERSION, run.get(4));
            assertTrue(String.valueOf(run.get(5)).startsWith("v1."), "DuckDB version: " + run.get(5));
            assertEquals("{\"threads\":2}", run.get(7));
            assertEquals(List.of("a", "b"), run.get(9));
            assertEquals(3L, run.get(10));
        }
    }

    @Test
    void opening_a_missing_store_read_only_is_one_clear_error() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DuckDbStore.openReadOnly(dir.resolve("none")));
        assertTrue(e.getMessage().startsWith("no Dyad store in "), e.getMessage());
    }

    @Test
    void a_store_directory_that_is_a_file_is_refused() throws Exception {
        Path f = Files.writeString(dir.resolve("file"), "x");
        assertThrows(IllegalArgumentException.class, () -> DuckDbStore.open(f, 0.5));
        assertThrows(IllegalArgumentException.class, () -> DuckDbStore.open(dir, 1.5));
    }

    @Test
    void a_store_of_another_layout_version_is_refused() throws Exception {
        try (DuckDbStore s = DuckDbStore.open(dir, 0.5); Statement st = s.connection().createStatement()) {
            st.execute("UPDATE store_info SET schema_version = 99");
        }
        org.dyad.store.StoreException e = assertThrows(org.dyad.store.StoreException.class, () -> DuckDbStore.open(dir, 0.5));
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());
    }

    @Test
    void rows_point_into_the_article_text() throws SQLException {
        try (DuckDbStore s = DuckDbStore.open(dir, 0.5)) {
            s.write(List.of(article(text("Russian warplanes bombed rebels in Idlib"), SUNDAY, "A", strike(RUSSIAN_MILITARY, SUNDAY, IDLIB))));
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
                "SELECT substr(a.text, m.trigger_begin + 1, m.trigger_end - m.trigger_begin), a.byline, a.origin, a.outlet "
                    + "FROM event_mentions m JOIN articles a USING (article_id)")) {
                r.next();
                assertEquals("warpla", r.getString(1), "offsets are 0-based, end exclusive");
                assertEquals("Jane Doe", r.getString(2));
                assertEquals("test/Russian warp", r.getString(3).substring(0, 17));
                assertEquals("a", r.getString(4));
            }
            assertTrue(rows(s, "event_mentions").get(0).get(3) instanceof Long, "the mention points at its record");
        }
    }
}
