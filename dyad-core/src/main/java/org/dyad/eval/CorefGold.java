package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A coreference gold file in JSON Lines, one article a line:
 * <pre>
 * {"id": "merkel-macron", "text": "Angela Merkel met Emmanuel Macron ... She told ...",
 *  "entities": ["Angela Merkel", "Emmanuel Macron"],
 *  "anaphors": [{"span": [87, 90], "text": "She", "entity": "Angela Merkel", "kind": "personal"}, ...]}
 * </pre>
 * {@code span} is a character offset into {@code text} (0-based, end exclusive) and must cover exactly
 * {@code text}; {@code entity} is the antecedent's full name as the article first writes it and must be one
 * of the article's {@code entities}, which lists every actor an anaphor could be confused with;
 * {@code kind} is one of {@link #KINDS}. Blank lines and lines starting with {@code #} are skipped.
 *
 * <p>Strict: the gold is Dyad's own, so any line that breaks these rules is an
 * {@link IllegalArgumentException} naming the file, line and problem. Immutable.
 */
public final class CorefGold {

    /** Anaphor kinds: he/she/him/his/her; it/its/they/them/their; a surname alone; "the" + noun. */
    public static final List<String> KINDS = List.of("personal", "it-they", "surname", "description");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One gold article. */
    public record Article(String id, String text, List<String> entities, List<Anaphor> anaphors) {
        public Article {
            entities = List.copyOf(entities);
            anaphors = List.copyOf(anaphors);
        }
    }

    /** One anaphor: where it is, what it says, whom it refers to, and its kind. */
    public record Anaphor(Span span, String text, String entity, String kind) {
    }

    private final List<Article> articles;

    private CorefGold(List<Article> articles) {
        this.articles = List.copyOf(articles);
    }

    public List<Article> articles() {
        return articles;
    }

    public int anaphorCount() {
        return articles.stream().mapToInt(a -> a.anaphors().size()).sum();
    }

    /** Reads a gold file (UTF-8). */
    public static CorefGold read(Path path) {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.charset.MalformedInputException ? "not UTF-8 text" : e.getMessage();
            throw new UncheckedIOException("cannot read " + path + ": " + why, e);
        }
    }

    /**
     * Reads gold articles from JSON Lines text.
     *
     * @param source what to call the input in errors (a file name)
     */
    public static CorefGold parse(String jsonl, String source) {
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = jsonl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (i + 1);
            Article a = article(line, where);
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException(where + ": id '" + a.id() + "' used twice");
            }
            articles.add(a);
        }
        return new CorefGold(articles);
    }

    private static Article article(String line, String where) {
        JsonNode r;
        try {
            r = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage());
        }
        String id = text(r, "id", where);
        String text = text(r, "text", where);
        List<String> entities = new ArrayList<>();
        for (JsonNode e : array(r, "entities", where)) {
            entities.add(e.asText());
        }
        List<Anaphor> anaphors = new ArrayList<>();
        for (JsonNode n : array(r, "anaphors", where)) {
            JsonNode s = n.get("span");
            if (s == null || !s.isArray() || s.size() != 2 || !s.get(0).isInt() || !s.get(1).isInt()) {
                throw new IllegalArgumentException(where + ": an anaphor's span must be [begin, end]: " + n);
            }
            int begin = s.get(0).asInt();
            int end = s.get(1).asInt();
            if (begin < 0 || end <= begin || end > text.length()) {
                throw new IllegalArgumentException(where + ": span [" + begin + "," + end + "] outside the text");
            }
            Anaphor a = new Anaphor(new Span(begin, end), text(n, "text", where), text(n, "entity", where),
                text(n, "kind", where).toLowerCase(Locale.ROOT));
            if (!a.span().of(text).equals(a.text())) {
                throw new IllegalArgumentException(where + ": span " + a.span() + " covers '" + a.span().of(text)
                    + "', not '" + a.text() + "'");
            }
            if (!entities.contains(a.entity())) {
                throw new IllegalArgumentException(where + ": entity '" + a.entity() + "' is not among " + entities);
            }
            if (!KINDS.contains(a.kind())) {
                throw new IllegalArgumentException(where + ": kind '" + a.kind() + "' is not one of " + KINDS);
            }
            anaphors.add(a);
        }
        return new Article(id, text, entities, anaphors);
    }

    private static String text(JsonNode r, String field, String where) {
        JsonNode n = r.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": '" + field + "' missing or empty");
        }
        return n.asText();
    }

    private static JsonNode array(JsonNode r, String field, String where) {
        JsonNode n = r.get(field);
        if (n == null || !n.isArray()) {
            throw new IllegalArgumentException(where + ": '" + field + "' must be an array");
        }
        return n;
    }
}
