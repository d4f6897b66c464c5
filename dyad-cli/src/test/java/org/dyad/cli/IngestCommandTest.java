package org.dyad.cli;

import org.dyad.store.duckdb.DuckDbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dyad ingest} end to end: the real coder, real files, real DuckDB stores; the crash test kills a real
 * child JVM with SIGKILL in the middle of an ingest.
 */
class IngestCommandTest {

    @TempDir
    Path dir;

    /** The tables whose contents must not depend on how a run went ({@code runs} records the runs themselves). */
    private static final List<String> DATA_TABLES = List.of("articles", "events", "event_mentions", "actors",
        "quotations", "places", "counts", "themes");

    record Run(int exit, List<String> out, List<String> err) {
        String all() {
            return String.join("\n", out) + "\n" + String.join("\n", err);
        }
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, lines(out), lines(err));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static List<String> lines(ByteArrayOutputStream b) {
        String s = b.toString(StandardCharsets.UTF_8).strip();
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    /** Every data table's rows, sorted, as text. */
    static Map<String, List<String>> contents(Path db) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (DuckDbStore s = DuckDbStore.openReadOnly(db); Statement st = s.connection().createStatement()) {
            for (String t : DATA_TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet r = st.executeQuery("SELECT * FROM " + t + " ORDER BY ALL")) {
                    ResultSetMetaData md = r.getMetaData();
                    while (r.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            b.append(md.getColumnName(i)).append('=').append(r.getString(i)).append('\t');
                        }
                        rows.add(b.toString());
                    }
                }
                out.put(t, rows);
            }
        }
        return out;
    }

    static long count(Path db, String sql) throws SQLException {
        try (DuckDbStore s = DuckDbStore.openReadOnly(db); Statement st = s.connection().createStatement();
             ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Hand-written reports: eight stories, each told by three outlets with their own addresses and publication
     * days, so that the store has events to merge across articles.
     */
    static Path corpus(Path dir) throws IOException {
        String[] stories = {
            "Russian warplanes bombed rebel positions in Idlib on Sunday, activists said.",
            "Turkey's foreign minister met his Russian counterpart in Ankara on Sunday to discuss the ceasefire.",
            "Israeli troops shelled Gaza on Sunday, Palestinian officials said.",
            "Thousands of Egyptian protesters marched against the government in Cairo on Sunday.",
            "China criticized Japan over the disputed islands on Sunday.",
            "The United States imposed new sanctions on Iran on Sunday.",
            "Kenya thanked Japan for emergency aid after the floods, officials said on Sunday.",
            "Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Nairobi on Sunday."};
        String[] outlets = {"Northern Wire", "Coastal Times", "Daily Ledger"};
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (int o = 0; o < outlets.length; o++) {
            for (String story : stories) {
                n++;
                b.append(String.format("{\"id\":\"r%02d\",\"source\":\"%s\",\"url\":\"https://outlet%d.example/%d\","
                    + "\"date\":\"2020-03-0%d\",\"text\":\"%s\"}%n", n, outlets[o], o, n, 2 + o, story));
            }
        }
        Path f = dir.resolve("reports.jsonl");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void bad_input_in_a_folder_is_skipped_with_one_line_each_counted_and_nothing_else_is_lost() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), "Shelling in Gaza\nIsraeli troops shelled Gaza on Tuesday.");
        Files.writeString(in.resolve("b-page.html"), "<html><head><title>Protest</title>"
            + "<meta property=\"article:published_time\" content=\"2021-05-07\"></head><body>"
            + "<nav><a href=\"/\">Home</a></nav><article><p>Thousands of Egyptian protesters marched against the "
            + "government in Cairo.</p></article><div class=\"comments\"><p>Israel attacked Egypt!</p></div></body></html>");
        Files.write(in.resolve("c-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        Files.writeString(in.resolve("d-empty.txt"), "");
        Files.writeString(in.resolve("e-malformed.html"), "<html><body><div class=\"nav\"><a href=\"/\">Home</a></div><<<>>> <div <p");
        Files.writeString(in.resolve("f-lines.jsonl"), "{\"id\":\"ok1\",\"text\":\"China criticized Japan.\"}\n"
            + "{\"id\":\"broken\", \"text\": \n"
            + "[1, 2, 3]\n"
            + "{\"id\":\"ok2\",\"text\":\"Kenya thanked Japan for aid.\"}\n");
        Path db = dir.resolve("db");
        Run r = run("ingest", "--threads", "2", "--date", "2021-05-08", "--db", db.toString(), in.toString());
        assertEquals(0, r.exit(), r.all());
        List<String> problems = r.err().stream().filter(l -> l.startsWith("dyad: " + in)).toList();
        assertEquals(5, problems.size(), "one line per bad input:\n" + r.all());
        assertTrue(problems.stream().anyMatch(l -> l.contains("c-binary.txt: binary data")), r.all());
        assertTrue(problems.stream().anyMatch(l -> l.contains("d-empty.txt: empty file")), r.all());
        assertTrue(problems.stream().anyMatch(l -> l.contains("e-malformed.html: HTML without article text")), r.all());
        assertTrue(problems.stream().anyMatch(l -> l.contains("f-lines.jsonl:2: not JSON")), r.all());
        assertTrue(problems.stream().anyMatch(l -> l.contains("f-lines.jsonl:3: not a JSON object")), r.all());
        String summary = r.out().get(0);
        assertTrue(summary.startsWith("dyad ingest: 4 ingested, 0 skipped, 5 failed ("), summary);
        assertTrue(summary.contains("binary data, not text: 1") && summary.contains("empty file: 1")
            && summary.contains("HTML without article text: 1") && summary.contains("not JSON: 1")
            && summary.contains("not a JSON object: 1"), summary);
        assertEquals(4, count(db, "SELECT count(*) FROM articles"));
        assertEquals(1, count(db, "SELECT count(*) FROM articles WHERE id = 'b-page.html' AND pub_date = DATE '2021-05-07' "
            + "AND title = 'Protest' AND text NOT LIKE '%Israel%'"), "the page's story, date and title, without its comments");
        assertEquals(1, count(db, "SELECT count(*) FROM runs WHERE status = 'done' AND failed = 5 AND ingested = 4"));
        assertTrue(count(db, "SELECT count(*) FROM events") >= 3, "the good articles' events are stored");
    }

    @Test
    void reingesting_adds_nothing_and_changes_no_table() throws Exception {
        Path reports = corpus(dir);
        Path db = dir.resolve("db");
        Run first = run("ingest", "--threads", "2", "--db", db.toString(), reports.toString());
        assertEquals(0, first.exit(), first.all());
        assertTrue(first.out().get(0).startsWith("dyad ingest: 24 ingested, 0 skipped, 0 failed"), first.all());
        Map<String, List<String>> before = contents(db);
        Run second = run("ingest", "--threads", "2", "--db", db.toString(), reports.toString(), reports.toString());
        assertEquals(0, second.exit(), second.all());
        assertTrue(second.out().get(0).startsWith(
            "dyad ingest: 0 ingested, 48 skipped (repeated in the input: 24, stored already: 24), 0 failed"), second.all());
        assertEquals(before, contents(db));
        assertEquals(2, count(db, "SELECT count(*) FROM runs"));
        assertTrue(count(db, "SELECT count(*) FROM events WHERE num_articles > 1") > 0,
            "the outlets' reports of one story share event records:\n" + first.all());
    }

    @Test
    void kill_9_mid_ingest_then_rerun_ends_with_the_same_tables_as_one_uninterrupted_run() throws Exception {
        Path reports = corpus(dir);
        Path crashed = dir.resolve("crashed");
        Path whole = dir.resolve("whole");
        String[] ingest = {"ingest", "--threads", "2", "--batch", "2", "--progress", "log", "--db"};

        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx3g", "-Xss8m", "-cp", System.getProperty("java.class.path"),
            Main.class.getName(), ingest[0], ingest[1], ingest[2], ingest[3], ingest[4], ingest[5], ingest[6], ingest[7],
            crashed.toString(), reports.toString());
        pb.redirectErrorStream(true);
        Process child = pb.start();
        List<String> childLines = new ArrayList<>();
        boolean committed = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                childLines.add(line);
                if (line.startsWith("dyad: committed")) {
                    committed = true;
                    // let the next batch get under way, then pull the plug
                    Thread.sleep(300);
                    assertTrue(child.isAlive(), "the child finished before it could be killed:\n" + childLines);
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertTrue(committed, "the child never committed a batch:\n" + String.join("\n", childLines));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        long survived = count(crashed, "SELECT count(*) FROM articles");
        assertTrue(survived >= 2 && survived < 24, "killed mid-way: " + survived + " of 24 articles committed");
        assertEquals(1, count(crashed, "SELECT count(*) FROM runs WHERE status = 'running'"), "the killed run never finished");

        Run rerun = run(ingest[0], ingest[1], ingest[2], ingest[3], ingest[4], ingest[5], ingest[6], ingest[7],
            crashed.toString(), reports.toString());
        assertEquals(0, rerun.exit(), rerun.all());
        assertTrue(rerun.out().get(0).startsWith("dyad ingest: " + (24 - survived) + " ingested, " + survived + " skipped"),
            rerun.all());
        Run uninterrupted = run(ingest[0], ingest[1], ingest[2], ingest[3], ingest[4], ingest[5], ingest[6], ingest[7],
            whole.toString(), reports.toString());
        assertEquals(0, uninterrupted.exit(), uninterrupted.all());

        Map<String, List<String>> a = contents(crashed);
        Map<String, List<String>> b = contents(whole);
        for (String t : DATA_TABLES) {
            assertEquals(b.get(t), a.get(t), "table " + t + " after kill -9 and re-run differs from one uninterrupted run");
        }
        assertEquals(24, a.get("articles").size());
        assertNotEquals(0, a.get("events").size());
        assertFalse(a.get("event_mentions").isEmpty());
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
