package org.dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dyad quotes} and the knowledge options of {@code dyad code} end to end: real coder, real files. */
class QuotesCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, List<String> out, List<String> err) {
    }

    private static synchronized Run run(String... args) {
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

    /** Output lines as written: trailing tabs are empty GDELT columns and must stay. */
    private static List<String> lines(ByteArrayOutputStream b) {
        String s = b.toString(StandardCharsets.UTF_8).replaceAll("\n+$", "");
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private Path articles() throws IOException {
        return Files.writeString(dir.resolve("said.jsonl"),
            "{\"id\":\"a1\",\"date\":\"2016-03-01\",\"text\":\"\\\"We will not accept this,\\\" Chancellor Angela Merkel said. "
                + "President Vladimir Putin said that Russia would respond.\"}\n"
                + "{\"id\":\"a2\",\"date\":\"2016-03-02\",\"text\":\"Russian jets bombed rebel positions near Aleppo, killing 12 civilians.\"}\n");
    }

    @Test
    void quotes_of_one_speaker_are_listed_with_article_kind_and_span() throws IOException {
        Run r = run("quotes", "--threads", "1", "--speaker", "merkel", articles().toString());
        assertEquals(0, r.exit(), String.join("\n", r.err()));
        assertEquals(1, r.out().size(), r.out().toString());
        String[] f = r.out().get(0).split("\t");
        assertEquals(9, f.length, r.out().get(0));
        assertEquals("a1", f[0]);
        assertEquals("2016-03-01", f[1]);
        assertEquals("Angela Merkel", f[2]);
        assertEquals("quote", f[4]);
        assertEquals("say", f[5]);
        assertEquals("We will not accept this,", f[8]);
    }

    @Test
    void statements_are_listed_too_unless_asked_not_to() throws IOException {
        Path in = articles();
        Run all = run("quotes", "--threads", "1", "--speaker", "Vladimir Putin", in.toString());
        assertEquals(1, all.out().size(), all.out().toString());
        assertTrue(all.out().get(0).contains("\tstatement\tsay\t") && all.out().get(0).endsWith("Russia would respond"),
            all.out().get(0));
        Run quotesOnly = run("quotes", "--threads", "1", "--speaker", "Vladimir Putin", "--no-statements", in.toString());
        assertEquals(0, quotesOnly.exit());
        assertTrue(quotesOnly.out().isEmpty(), quotesOnly.out().toString());
    }

    @Test
    void code_formats_write_gdelt_layouts_and_speaker_filter_keeps_only_that_speaker() throws IOException {
        Path in = articles();
        Run gkg = run("code", "--threads", "1", "--format", "gkg", in.toString());
        assertEquals(0, gkg.exit(), String.join("\n", gkg.err()));
        assertEquals(2, gkg.out().size());
        gkg.out().forEach(l -> assertEquals(27, l.split("\t", -1).length, l));
        Run events = run("code", "--threads", "1", "--format", "gdelt", in.toString());
        assertTrue(!events.out().isEmpty());
        events.out().forEach(l -> assertEquals(61, l.split("\t", -1).length, l));
        Run mentions = run("code", "--threads", "1", "--format", "mentions", in.toString());
        assertEquals(events.out().size(), mentions.out().size());
        for (int i = 0; i < mentions.out().size(); i++) {
            assertEquals(events.out().get(i).split("\t")[0], mentions.out().get(i).split("\t")[0], "ids join");
            assertEquals(16, mentions.out().get(i).split("\t", -1).length);
        }
        Run speaker = run("code", "--threads", "1", "--speaker", "Merkel", "--no-text", in.toString());
        assertEquals(1, speaker.out().size(), "only the article where Merkel speaks");
        assertTrue(speaker.out().get(0).contains("\"id\":\"a1\"") && !speaker.out().get(0).contains("Russia would respond"),
            speaker.out().get(0));
        Run bad = run("code", "--format", "csv", in.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().get(0).contains("unknown --format 'csv'"), bad.err().toString());
    }
}
