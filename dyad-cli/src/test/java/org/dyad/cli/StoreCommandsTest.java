package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.store.duckdb.DuckDbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dyad dyads} and {@code dyad export} on a store ingested from hand-written reports. */
class StoreCommandsTest {

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void ingest() throws Exception {
        // three outlets report one strike; a second strike nine days later; an accusation two days before
        String reports = """
            {"id":"s1","source":"Northern Wire","date":"2020-03-01","text":"Russian warplanes bombed rebel positions in Idlib on Sunday, activists said."}
            {"id":"s2","source":"Coastal Times","date":"2020-03-02","text":"Russian warplanes bombed rebel positions in Idlib on Sunday, a monitoring group said."}
            {"id":"s3","source":"Daily Ledger","date":"2020-03-02","text":"Russian warplanes bombed rebel positions in Idlib on Sunday, local activists said."}
            {"id":"s4","source":"Northern Wire","date":"2020-03-10","text":"Russian warplanes bombed rebel positions in Idlib on Tuesday, activists said."}
            {"id":"s5","source":"Coastal Times","date":"2020-02-28","text":"Russia accused Syrian rebels of violating the ceasefire on Friday."}
            """;
        Path in = Files.writeString(dir.resolve("reports.jsonl"), reports);
        db = dir.resolve("db");
        IngestCommandTest.Run r = IngestCommandTest.run("ingest", "--threads", "2", "--db", db.toString(), in.toString());
        assertEquals(0, r.exit(), r.all());
    }

    @Test
    void three_reports_of_one_strike_are_one_event_record() throws Exception {
        assertEquals(1, IngestCommandTest.count(db,
            "SELECT count(*) FROM events WHERE root = '19' AND event_date = DATE '2020-03-01' "
                + "AND num_articles = 3 AND num_sources = 3 AND num_mentions = 3"));
        assertEquals(1, IngestCommandTest.count(db,
            "SELECT count(*) FROM events WHERE root = '19' AND event_date = DATE '2020-03-10'"), "nine days later: another strike");
    }

    @Test
    void dyads_prints_per_period_what_the_sql_macro_holds() throws Exception {
        IngestCommandTest.Run r = IngestCommandTest.run("dyads", "--db", db.toString(), "--source", "RUS", "--target", "SYR",
            "--by", "week");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().get(0).startsWith("dyad RUS -> SYR by week"), r.all());
        List<String> rows = r.out().subList(2, r.out().size());
        List<String> expected = new ArrayList<>();
        try (DuckDbStore s = DuckDbStore.openReadOnly(db); Statement st = s.connection().createStatement();
             ResultSet q = st.executeQuery("SELECT * FROM dyad_series('RUS', 'SYR', 'week')")) {
            while (q.next()) {
                expected.add(String.format(java.util.Locale.ROOT, "%-10s %7d %7d %7d %7d %7d %10.2f %9d  %s",
                    q.getString("period"), q.getLong("events"), q.getLong("verbal_cooperation"),
                    q.getLong("material_cooperation"), q.getLong("verbal_conflict"), q.getLong("material_conflict"),
                    q.getDouble("mean_goldstein"), q.getLong("mentions"), q.getString("top_codes")));
            }
        }
        assertEquals(expected, rows);
        assertEquals(2, rows.size(), "the weeks of 24 February and 9 March:\n" + r.all());
        assertTrue(rows.get(0).startsWith("2020-02-24"), rows.get(0));
        assertTrue(rows.get(1).startsWith("2020-03-09"), rows.get(1));
        assertTrue(rows.get(0).contains("195 (1)"), "the strike, once: " + rows.get(0));
    }

    @Test
    void dyads_without_events_and_without_a_store_say_so_in_one_line() {
        IngestCommandTest.Run none = IngestCommandTest.run("dyads", "--db", db.toString(), "--source", "SYR", "--target", "RUS");
        assertEquals(0, none.exit());
        assertEquals(List.of("dyad SYR -> RUS: no event records"), none.out());
        IngestCommandTest.Run missing = IngestCommandTest.run("dyads", "--db", dir.resolve("nowhere").toString());
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().size(), missing.all());
        assertTrue(missing.err().get(0).startsWith("dyad: no Dyad store in "), missing.all());
        IngestCommandTest.Run badPeriod = IngestCommandTest.run("dyads", "--db", db.toString(), "--by", "year");
        assertEquals(2, badPeriod.exit());
        assertTrue(badPeriod.err().get(0).contains("unknown period 'year'"), badPeriod.all());
    }

    @Test
    void parquet_export_is_readable_by_duckdb() throws Exception {
        Path out = dir.resolve("parquet");
        IngestCommandTest.Run r = IngestCommandTest.run("export", "--db", db.toString(), "--format", "parquet", "--out", out.toString());
        assertEquals(0, r.exit(), r.all());
        try (DuckDbStore s = DuckDbStore.openReadOnly(db); Statement st = s.connection().createStatement()) {
            for (String t : List.of("articles", "events", "event_mentions", "actors", "quotations", "places", "counts", "themes", "runs")) {
                Path f = out.resolve(t + ".parquet");
                assertTrue(Files.isRegularFile(f), t);
                try (ResultSet a = st.executeQuery("SELECT count(*) FROM " + t)) {
                    a.next();
                    long stored = a.getLong(1);
                    try (ResultSet b = st.executeQuery("SELECT count(*) FROM read_parquet('" + f.toAbsolutePath() + "')")) {
                        b.next();
                        assertEquals(stored, b.getLong(1), t);
                    }
                }
            }
            try (ResultSet e = st.executeQuery("SELECT max(num_articles) FROM read_parquet('"
                + out.resolve("events.parquet").toAbsolutePath() + "')")) {
                e.next();
                assertEquals(3, e.getInt(1));
            }
        }
    }

    @Test
    void jsonl_export_writes_one_line_per_event_record() throws Exception {
        Path out = dir.resolve("events.jsonl");
        IngestCommandTest.Run r = IngestCommandTest.run("export", "--db", db.toString(), "--format", "jsonl", "-o", out.toString());
        assertEquals(0, r.exit(), r.all());
        List<String> lines = Files.readAllLines(out);
        assertEquals(IngestCommandTest.count(db, "SELECT count(*) FROM events"), lines.size());
        ObjectMapper json = new ObjectMapper();
        int mentions = 0;
        for (String l : lines) {
            JsonNode n = json.readTree(l);
            assertEquals(n.get("numMentions").asInt(), n.get("mentions").size());
            mentions += n.get("mentions").size();
        }
        assertEquals(IngestCommandTest.count(db, "SELECT count(*) FROM event_mentions WHERE event_id IS NOT NULL"), mentions);
    }

    @Test
    void gdelt_exports_have_one_event_row_per_record_with_its_counts_and_mentions_that_join_them() throws Exception {
        Path events = dir.resolve("events.tsv");
        Path mentions = dir.resolve("mentions.tsv");
        Path gkg = dir.resolve("gkg.tsv");
        assertEquals(0, IngestCommandTest.run("export", "--db", db.toString(), "--format", "gdelt", "-o", events.toString()).exit());
        assertEquals(0, IngestCommandTest.run("export", "--db", db.toString(), "--format", "mentions", "-o", mentions.toString()).exit());
        assertEquals(0, IngestCommandTest.run("export", "--db", db.toString(), "--format", "gkg", "-o", gkg.toString()).exit());
        List<String> eventRows = Files.readAllLines(events);
        assertEquals(IngestCommandTest.count(db, "SELECT count(*) FROM events"), eventRows.size());
        java.util.Set<String> ids = new java.util.HashSet<>();
        int strikes = 0;
        for (String row : eventRows) {
            String[] f = row.split("\t", -1);
            assertEquals(61, f.length, row);
            ids.add(f[0]);
            if (f[28].equals("19") && f[1].equals("20200301")) {
                strikes++;
                assertEquals("3", f[31], "NumMentions: " + row);
                assertEquals("3", f[32], "NumSources: " + row);
                assertEquals("3", f[33], "NumArticles: " + row);
                assertEquals("20200301000000", f[59], "DATEADDED: the first report's day: " + row);
            }
        }
        assertEquals(1, strikes, "the strike of 1 March is one GDELT event");
        List<String> mentionRows = Files.readAllLines(mentions);
        assertEquals(IngestCommandTest.count(db, "SELECT count(*) FROM event_mentions WHERE event_id IS NOT NULL"), mentionRows.size());
        for (String row : mentionRows) {
            String[] f = row.split("\t", -1);
            assertEquals(16, f.length, row);
            assertTrue(ids.contains(f[0]), "every mention joins an event row: " + row);
        }
        List<String> gkgRows = Files.readAllLines(gkg);
        assertEquals(5, gkgRows.size());
        for (String row : gkgRows) {
            assertEquals(27, row.split("\t", -1).length, row);
        }
    }

    @Test
    void an_unknown_format_is_one_clear_line() {
        IngestCommandTest.Run unknown = IngestCommandTest.run("export", "--db", db.toString(), "--format", "xlsx");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().get(0).startsWith("dyad: unknown --format 'xlsx'"), unknown.all());
    }
}
