package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of PLOVER gold-standard records: a JSON array of objects with {@code id}, {@code text},
 * {@code date}, {@code event} (the PLOVER 2016 category), {@code source} / {@code target} (lists of
 * {@code {actorText, code, sector}}, or {@code ""}/null for none) and {@code textInfo.markup}.
 * Records whose {@code event} is {@code DOCUMENT} document the file and are skipped.
 *
 * <p>Lenient: a record that cannot be scored (no text, no category) is left out and named in
 * {@link #problems()}; odd fields (a bad date, a target that is a word instead of a list) are read
 * as absent and named there too. Only a file that is not a JSON array is an error. Immutable.
 */
public final class PloverGold {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final List<PloverRecord> records;
    private final List<String> problems;

    private PloverGold(String source, List<PloverRecord> records, List<String> problems) {
        this.source = source;
        this.records = List.copyOf(records);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads a PLOVER gold file (UTF-8; undecodable bytes become U+FFFD); throws {@link IllegalArgumentException}
     * naming the file if it is not a JSON array.
     */
    public static PloverGold read(Path path) {
        try {
            return parse(new String(Files.readAllBytes(path), StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads PLOVER gold records from JSON text.
     *
     * @param source what to call the input in problems and errors (a file name)
     */
    public static PloverGold parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not JSON: " + e.getOriginalMessage()
                + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(source + ": a PLOVER gold file is a JSON array of records");
        }
        List<PloverRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (JsonNode r : root) {
            n++;
            if (!r.isObject()) {
                problems.add(source + ": element " + n + " is not a record; skipped");
                continue;
            }
            String category = text(r, "event");
            if ("DOCUMENT".equals(category)) {
                continue;
            }
            String id = text(r, "id");
            if (id == null) {
                id = source + "#" + n;
                problems.add(source + ": element " + n + " has no id; called " + id);
            }
            String text = text(r, "text");
            if (text == null || text.isBlank()) {
                problems.add(id + ": no text; skipped");
                continue;
            }
            if (category == null || category.isBlank()) {
                problems.add(id + ": no event category; skipped");
                continue;
            }
            LocalDate date = null;
            String d = text(r, "date");
            if (d != null && !d.isBlank()) {
                try {
                    date = LocalDate.parse(d.strip());
                } catch (DateTimeParseException e) {
                    problems.add(id + ": date '" + d + "' is not YYYY-MM-DD; read as none");
                }
            }
            List<GoldActor> sources = actors(r.get("source"), id, "source", problems);
            List<GoldActor> targets = actors(r.get("target"), id, "target", problems);
            JsonNode info = r.get("textInfo");
            String markup = info != null && info.isObject() ? text(info, "markup") : null;
            records.add(new PloverRecord(id, text, date, category.strip(), sources, targets, markup));
        }
        return new PloverGold(source, records, problems);
    }

    /** Whether {@code content} looks like a PLOVER gold file (a JSON array of records with event and text fields). */
    public static boolean looksLike(String content) {
        String s = content.stripLeading();
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1).stripLeading();
        }
        return s.startsWith("[") && s.contains("\"event\"") && s.contains("\"text\"");
    }

    private static List<GoldActor> actors(JsonNode node, String id, String field, List<String> problems) {
        List<GoldActor> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            if (!(node.isTextual() && node.asText().isBlank())) {
                problems.add(id + ": " + field + " is " + node + ", not a list of actors; read as none");
            }
            return out;
        }
        for (JsonNode a : node) {
            String code = a.isObject() ? text(a, "code") : null;
            if (code == null || code.isBlank()) {
                problems.add(id + ": a " + field + " without a code (" + a + "); left out");
                continue;
            }
            String sector = text(a, "sector");
            out.add(new GoldActor(text(a, "actorText"), code.strip(),
                sector == null || sector.isBlank() ? null : sector.strip()));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    /** The file or label the records were read from. */
    public String source() {
        return source;
    }

    /** The scorable records, in file order (DOCUMENT records excluded). */
    public List<PloverRecord> records() {
        return records;
    }

    /** What was odd in the input and how it was read, one line each. */
    public List<String> problems() {
        return problems;
    }
}
