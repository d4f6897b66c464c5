package org.dyad.store.ingest;

import org.dyad.Coder;
import org.dyad.Dyad;
import org.dyad.DyadConfig;
import org.dyad.ingest.ArticleReader;
import org.dyad.store.WriteResult;
import org.dyad.store.duckdb.DuckDbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ingest pipeline with the real coder, and the merge rule on hand-written articles that do and do not
 * describe the same real-world event.
 */
class IngestionTest {

    @TempDir
    Path dir;

    static Coder coder;

    @BeforeAll
    static void loadCoder() {
        coder = Dyad.coder(DyadConfig.defaults());
    }

    /** Collects what the pipeline reports. */
    static final class Recorder implements IngestListener {
        final List<String> problems = new ArrayList<>();
        final List<WriteResult> batches = new ArrayList<>();
        long total = -2;
        Progress last;

        @Override
        public void started(long total) {
            this.total = total;
        }

        @Override
        public void problem(String origin, String message) {
            problems.add(origin + ": " + message);
        }

        @Override
        public void progress(Progress p) {
            last = p;
        }

        @Override
        public void committed(WriteResult batch, Progress p) {
            batches.add(batch);
        }
    }

    private static long count(DuckDbStore s, String sql) throws SQLException {
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private IngestSummary ingest(DuckDbStore store, String jsonl, int batch, Recorder rec) throws Exception {
        Path f = Files.writeString(dir.resolve("in-" + System.nanoTime() + ".jsonl"), jsonl);
        return new Ingestion(coder, store, 2, batch, 30, rec).run(List.of(f.toString()), new ArticleReader(null),
            new ByteArrayInputStream(new byte[0]));
    }

    /** The event records that an article's asserted mentions of a root joined (the coder decides the mentions). */
    private static List<Long> records(DuckDbStore s, String articleId, String root) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
            "SELECT DISTINCT m.event_id FROM event_mentions m JOIN articles a USING (article_id) WHERE a.id = '" + articleId
                + "' AND m.root = '" + root + "' AND m.event_id IS NOT NULL ORDER BY 1")) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    /** The dyads of those mentions, to check that only the day or the place tells two articles apart. */
    private static List<String> dyads(DuckDbStore s, String articleId, String root) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
            "SELECT DISTINCT coalesce(m.dyad_source, '') || '>' || coalesce(m.dyad_target, '') FROM event_mentions m "
                + "JOIN articles a USING (article_id) WHERE a.id = '" + articleId + "' AND m.root = '" + root
                + "' AND m.event_id IS NOT NULL ORDER BY 1")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    @Test
    void a_meeting_and_talks_reported_a_day_apart_by_two_outlets_are_one_event() throws Exception {
        String reports = """
            {"id":"m1","source":"Coastal Times","date":"2020-03-01","text":"The Turkish foreign minister met his Russian counterpart in Ankara on Sunday to discuss the ceasefire."}
            {"id":"m2","source":"Northern Wire","date":"2020-03-02","text":"Turkey's foreign minister held talks with Russia's foreign minister in Ankara, the ministry said."}
            """;
        try (DuckDbStore s = DuckDbStore.open(dir.resolve("db"), 0.5)) {
            IngestSummary sum = ingest(s, reports, 16, new Recorder());
            assertEquals(2, sum.ingested());
            // "met" (040) and "held talks" (046) share the root 04 and the dyad TURGOV -> RUSGOV
            assertEquals(1, count(s, "SELECT count(*) FROM events WHERE dyad_source = 'TURGOV' AND dyad_target = 'RUSGOV' "
                + "AND root = '04' AND num_articles = 2 AND num_sources = 2"));
            assertEquals(2, count(s, "SELECT count(DISTINCT cameo) FROM event_mentions WHERE dyad_source = 'TURGOV' "
                + "AND dyad_target = 'RUSGOV' AND event_id IS NOT NULL"), "two wordings, two codes, one record");
        }
    }

    @Test
    void strikes_in_two_distant_cities_or_a_week_apart_are_separate_events() throws Exception {
        String reports = """
            {"id":"s1","source":"Northern Wire","date":"2020-03-01","text":"Russian warplanes bombed rebel positions in Idlib on Sunday, activists said."}
            {"id":"s2","source":"Coastal Times","date":"2020-03-01","text":"Russian warplanes bombed rebel positions in Damascus on Sunday, activists said."}
            {"id":"s3","source":"Northern Wire","date":"2020-03-09","text":"Russian warplanes bombed rebel positions in Idlib on Monday, activists said."}
            {"id":"s4","source":"Daily Ledger","date":"2020-03-02","text":"Russian warplanes bombed rebel positions in Idlib on Sunday, local activists said."}
            """;
        try (DuckDbStore s = DuckDbStore.open(dir.resolve("db"), 0.5)) {
            // batches of one: merging across transactions must come out as within one
            Recorder rec = new Recorder();
            ingest(s, reports, 1, rec);
            assertEquals(4, rec.batches.size());
            List<Long> s1 = records(s, "s1", "19");
            assertEquals(1, s1.size(), "the coder no longer codes one strike in s1; the test needs new wording");
            for (String other : List.of("s2", "s3", "s4")) {
                assertEquals(dyads(s, "s1", "19"), dyads(s, other, "19"), "precondition: " + other + " has s1's dyad");
            }
            assertEquals(s1, records(s, "s4", "19"), "s1 and s4 report the same strike");
            assertEquals(2, count(s, "SELECT num_articles FROM events WHERE event_id = " + s1.get(0)));
            assertEquals(1, records(s, "s2", "19").size());
            assertTrue(!records(s, "s2", "19").equals(s1), "Damascus is not Idlib");
            assertTrue(!records(s, "s3", "19").equals(s1), "eight days later: another strike");
        }
    }

    @Test
    void stored_and_repeated_articles_are_skipped_before_coding_and_bad_lines_reported() throws Exception {
        String reports = """
            {"id":"a","date":"2020-03-01","text":"China criticized Japan over the disputed islands."}
            {"id":"a-again","date":"2020-03-01","text":"China  criticized Japan over the disputed islands."}
            not json
            {"id":"b","date":"2020-03-01","text":"Kenya thanked Japan for emergency aid."}
            """;
        try (DuckDbStore s = DuckDbStore.open(dir.resolve("db"), 0.5)) {
            Recorder first = new Recorder();
            IngestSummary one = ingest(s, reports, 16, first);
            assertEquals(4, first.total, "inputs counted before coding, for the ETA");
            assertEquals(2, one.ingested());
            assertEquals(java.util.Map.of("repeated in the input", 1L), one.skipped());
            assertEquals(java.util.Map.of("not JSON", 1L), one.failed());
            assertEquals(1, first.problems.size());
            assertTrue(first.problems.get(0).contains(":3: not JSON"), first.problems.toString());
            assertEquals(4, first.last.done());
            assertEquals(2, first.last.coded(), "the repeated article was not coded");

            Recorder second = new Recorder();
            IngestSummary two = ingest(s, reports, 16, second);
            assertEquals(0, two.ingested());
            assertEquals(2L, two.skipped().get("stored already"));
            assertEquals(0, second.last.coded(), "nothing coded on a re-run");
            assertEquals(2, count(s, "SELECT count(*) FROM articles"));
        }
    }

    @Test
    void settings_are_checked() {
        try (DuckDbStore s = DuckDbStore.open(dir.resolve("db"), 0.5)) {
            assertThrows(IllegalArgumentException.class, () -> new Ingestion(coder, s, 0, 16, 30, new Recorder()));
            assertThrows(IllegalArgumentException.class, () -> new Ingestion(coder, s, 2, 0, 30, new Recorder()));
            assertThrows(IllegalArgumentException.class, () -> new Ingestion(coder, s, 2, 16, 0, new Recorder()));
        }
    }

    @Test
    void reasons_are_the_words_before_the_detail() {
        assertEquals("not JSON", Ingestion.reason("not JSON: Unexpected character ('n')"));
        assertEquals("binary data, not text", Ingestion.reason("binary data, not text (9 bytes)"));
        assertEquals("empty file", Ingestion.reason("empty file"));
        assertEquals("invalid UTF-8", Ingestion.reason("invalid UTF-8; undecodable bytes replaced"));
    }
}
