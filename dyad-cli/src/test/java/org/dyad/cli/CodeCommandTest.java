package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** {@code dyad code} end to end: real coder, real files, output and error lines as a user sees them. */
class CodeCommandTest {

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

    private static List<String> lines(ByteArrayOutputStream b) {
        String s = b.toString(StandardCharsets.UTF_8).strip();
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    @Test
    void codes_articles_in_input_order_keeping_ids() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Protest in Cairo\nThousands of Egyptian protesters marched against the government.");
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"first\",\"text\":\"Israeli troops shelled Gaza.\",\"date\":\"2014-07-20\"}\n"
            + "{\"id\":\"second\",\"text\":\"China criticized Japan.\"}\n");
        Run r = run("code", "--threads", "2", "--date", "2020-05-01", dir.resolve("a.jsonl").toString(), dir.resolve("b.txt").toString());
        assertEquals(0, r.exit(), String.join("\n", r.err()));
        assertEquals(3, r.out().size());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(r.out().get(0));
        assertEquals("first", first.get("id").asText());
        assertEquals("2014-07-20", first.get("date").asText());
        assertEquals("second", json.readTree(r.out().get(1)).get("id").asText());
        assertEquals("2020-05-01", json.readTree(r.out().get(1)).get("date").asText());
        JsonNode third = json.readTree(r.out().get(2));
        assertEquals("b.txt", third.get("id").asText());
        assertEquals("Protest in Cairo", third.get("title").asText());
        JsonNode event = first.get("events").get(0);
        assertEquals("ISRMIL", event.get("source").get("code").asText());
        assertTrue(event.get("evidence").get("spans").get("trigger").isArray());
        assertTrue(event.has("quadClass") && event.has("goldstein") && event.has("plover") && event.has("modality"));
    }

    @Test
    void bad_inputs_get_one_line_each_and_the_rest_is_coded() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 4, 5, (byte) 0xff});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9\nFrance criticized Germany.".getBytes(StandardCharsets.ISO_8859_1));
        Path jsonl = Files.writeString(dir.resolve("lines.jsonl"), "{broken\n{\"id\":\"ok\",\"text\":\"Kenya thanked Japan.\"}\n");
        StringBuilder huge = new StringBuilder("A long report\n");
        while (huge.length() < 5_000_000) {
            huge.append("The weather was mild and the river was calm that week. ");
        }
        Path big = Files.writeString(dir.resolve("huge.txt"), huge);
        Run r = run("code", "--no-text", empty.toString(), binary.toString(), latin1.toString(), jsonl.toString(), big.toString());
        assertEquals(0, r.exit(), String.join("\n", r.err()));
        assertEquals(3, r.out().size(), "latin1, the good JSONL line and the huge article are coded");
        String err = String.join("\n", r.err());
        assertTrue(err.contains("empty.txt: empty file"), err);
        assertTrue(err.contains("binary.txt: binary data"), err);
        assertTrue(err.contains("latin1.txt: invalid UTF-8"), err);
        assertTrue(err.contains("lines.jsonl:1: not JSON"), err);
        assertTrue(err.contains("huge.txt: text is"), err);
        for (String line : r.err()) {
            assertTrue(line.startsWith("dyad: "), "each problem is one line: " + line);
        }
    }

    @Test
    void exit_code_is_non_zero_only_when_nothing_was_coded() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");
        Run r = run("code", empty.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().get(r.err().size() - 1).contains("nothing could be coded"), r.err().toString());
    }

    @Test
    void bad_option_values_are_one_clear_line() {
        Run r = run("code", "--date", "15/11/2015", "x.txt");
        assertEquals(2, r.exit());
        assertEquals(List.of("dyad: --date must be YYYY-MM-DD, not '15/11/2015'"), r.err());
    }
}
