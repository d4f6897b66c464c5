package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files, folders and standard input.
 *
 * <ul>
 *   <li>{@code .txt} (and any other text file): one article; the first non-blank line is the title,
 *       the rest the body; the id is the file name.</li>
 *   <li>{@code .jsonl}: one JSON object per line with {@code id}, {@code text} and optional
 *       {@code title}, {@code date} (YYYY-MM-DD), {@code source}, {@code url}; a line without
 *       {@code id} gets {@code file.jsonl:LINE}.</li>
 *   <li>{@code .xml}: a collection of news articles ({@code <articles><article docid><title><text>},
 *       the layout of the TR-News and LGL geoparsing corpora); see {@link NewsXml}.</li>
 *   <li>{@code .html}, {@code .htm}: a news page; its main text, title, date and byline (see {@link HtmlReader}).</li>
 *   <li>a folder: its {@code .txt}, {@code .jsonl}, {@code .xml} and {@code .html} files, in name order, recursively.</li>
 *   <li>{@code -}: standard input, read as JSON Lines if it starts with {@code {}, else as one text article.</li>
 * </ul>
 *
 * Bad input never throws: an empty or binary file, a line that is not JSON, or a missing text
 * becomes an {@link Input.Bad} with one clear line; invalid UTF-8 is repaired (replacement
 * characters) and reported as a warning. Stateless and thread-safe.
 */
public final class ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDate defaultDate;

    /** @param defaultDate the date of articles that carry none (may be null) */
    public ArticleReader(LocalDate defaultDate) {
        this.defaultDate = defaultDate;
    }

    /** Reads every source in order, handing each item to {@code sink}. */
    public void read(List<String> sources, InputStream stdin, Consumer<Input> sink) {
        for (String source : sources) {
            if (source.equals("-")) {
                readStdin(stdin, sink);
                continue;
            }
            Path p = Path.of(source);
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ArticleReader::readable).sorted().forEach(files::add);
                } catch (IOException e) {
                    sink.accept(new Input.Bad(source, "cannot list folder: " + e.getMessage()));
                    continue;
                }
                if (files.isEmpty()) {
                    sink.accept(new Input.Bad(source, "folder has no .txt, .jsonl, .xml or .html files"));
                }
                for (Path f : files) {
                    readFile(f, sink);
                }
            } else if (Files.isRegularFile(p)) {
                readFile(p, sink);
            } else {
                sink.accept(new Input.Bad(source, "no such file or folder"));
            }
        }
    }

    /** Reads everything into a list (small inputs, tests). */
    public List<Input> readAll(List<String> sources) {
        List<Input> out = new ArrayList<>();
        read(sources, System.in, out::add);
        return out;
    }

    private static boolean readable(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".text") || n.endsWith(".xml")
            || n.endsWith(".html") || n.endsWith(".htm");
    }

    private void readFile(Path p, Consumer<Input> sink) {
        String origin = p.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException | OutOfMemoryError e) {
            sink.accept(new Input.Bad(origin, "cannot read: " + e.getMessage()));
            return;
        }
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml")) {
            NewsXml.read(bytes, origin, defaultDate, sink);
            return;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            sink.accept(HtmlReader.read(bytes, origin, name, defaultDate));
            return;
        }
        readBytes(bytes, origin, name, lower.endsWith(".jsonl"), sink);
    }

    private void readStdin(InputStream in, Consumer<Input> sink) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            sink.accept(new Input.Bad("-", "cannot read standard input: " + e.getMessage()));
            return;
        }
        int i = 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        boolean jsonl = i < bytes.length && bytes[i] == '{';
        readBytes(bytes, "-", "stdin", jsonl, sink);
    }

    private void readBytes(byte[] bytes, String origin, String name, boolean jsonl, Consumer<Input> sink) {
        if (bytes.length == 0 || isBlank(bytes)) {
            sink.accept(new Input.Bad(origin, "empty file"));
            return;
        }
        if (looksBinary(bytes)) {
            sink.accept(new Input.Bad(origin, "binary data, not text (" + bytes.length + " bytes)"));
            return;
        }
        String warning = null;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.UTF_8);
            warning = "invalid UTF-8; undecodable bytes replaced";
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (jsonl) {
            readJsonLines(text, origin, name, warning, sink);
        } else {
            sink.accept(textArticle(text, name, origin, warning));
        }
    }

    private Input textArticle(String content, String id, String origin, String warning) {
        String normalised = content.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        while (start < normalised.length() && normalised.charAt(start) == '\n') {
            start++;
        }
        int nl = normalised.indexOf('\n', start);
        String title = (nl < 0 ? normalised.substring(start) : normalised.substring(start, nl)).strip();
        String body = nl < 0 ? "" : normalised.substring(nl + 1);
        int b = 0;
        while (b < body.length() && Character.isWhitespace(body.charAt(b))) {
            b++;
        }
        body = body.substring(b);
        if (body.isBlank()) {
            // a one-line file: the line is the text
            body = title;
            title = null;
        }
        return new Input.Ok(new Article(id, title, body, defaultDate, null, null, "en"), origin, warning);
    }

    private void readJsonLines(String text, String origin, String name, String warning, Consumer<Input> sink) {
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = origin + ":" + n;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonParseException e) {
                    sink.accept(new Input.Bad(where, "not JSON: " + firstLine(e.getOriginalMessage())));
                    continue;
                } catch (IOException e) {
                    sink.accept(new Input.Bad(where, "not JSON: " + firstLine(e.getMessage())));
                    continue;
                }
                if (node == null || !node.isObject()) {
                    sink.accept(new Input.Bad(where, "not a JSON object"));
                    continue;
                }
                JsonNode textNode = node.get("text");
                if (textNode == null || !textNode.isTextual() || textNode.asText().isBlank()) {
                    sink.accept(new Input.Bad(where, "no \"text\""));
                    continue;
                }
                String id = str(node, "id");
                if (id == null) {
                    id = name + ":" + n;
                }
                LocalDate date = defaultDate;
                String d = str(node, "date");
                if (d != null) {
                    try {
                        date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
                    } catch (DateTimeParseException e) {
                        sink.accept(new Input.Bad(where, "date '" + d + "' is not YYYY-MM-DD"));
                        continue;
                    }
                }
                Article a = new Article(id, str(node, "title"), textNode.asText(), date, str(node, "source"),
                    str(node, "url"), str(node, "language"));
                sink.accept(new Input.Ok(a, where, warning));
            }
        } catch (IOException e) {
            sink.accept(new Input.Bad(origin, "cannot read: " + e.getMessage()));
        }
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isTextual() ? v.asText() : v.toString();
        return s.isBlank() ? null : s;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or many control bytes in the first 8 KB: not a text file. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }
}
