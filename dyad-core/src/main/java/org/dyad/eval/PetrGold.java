package org.dyad.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH validation file: {@code <Sentence id date category>} records, each with
 * {@code <EventCoding sourcecode targetcode eventcode>} (one or more), {@code <EventCoding noevents="True">}
 * or {@code <EventCoding error="...">}, a {@code <Text>} and a {@code <Parse>} tree.
 *
 * <p>These files are often not well-formed XML: the PETRARCH-2 validation records self-close their
 * {@code <Sentence .../>} tag and put its content after it, and carry {@code #} comment lines before
 * {@code <Sentences>}. So they are read by hand, leniently: a sentence runs from its {@code <Sentence>}
 * tag to the next one (or {@code </Sentences>}); {@code <!-- -->} comments and {@code <Parse>} trees are
 * skipped; attributes may be single- or double-quoted, with spaces around {@code =}. The same reader
 * reads PETRARCH's own unit-test suite, whose {@code <Config>} lines between sentences change options
 * for the sentences after them. What cannot be read as a record is named in {@link #problems()}.
 * Immutable.
 */
public final class PetrGold {

    private static final Pattern TOKEN = Pattern.compile(
        "<!--.*?-->"
            + "|<Parse\\b[^>]*>(?<parse>.*?)</Parse\\s*>"
            + "|<Text\\b[^>]*>(?<text>.*?)</Text\\s*>"
            + "|<Sentences\\b[^>]*>(?<open>)"
            + "|</Sentences\\s*>(?<close>)"
            + "|<Sentence\\b(?<sentence>[^>]*?)/?>"
            + "|<EventCoding\\b(?<coding>[^>]*?)/?>"
            + "|<Config\\b(?<config>[^>]*?)/?>",
        Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENVIRONMENT = Pattern.compile("<Environment\\b[^>]*>(.*?)</Environment\\s*>",
        Pattern.DOTALL);
    private static final Pattern ELEMENT = Pattern.compile("<(\\w+)>([^<]*)</\\1\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");
    private static final List<String> DICTIONARY_TAGS = List.of("Verbfile", "Actorfile", "Agentfile", "Discardfile");

    private final String source;
    private final List<PetrRecord> records;
    private final Map<String, String> environment;
    private final List<String> problems;

    private PetrGold(String source, List<PetrRecord> records, Map<String, String> environment,
                     List<String> problems) {
        this.source = source;
        this.records = List.copyOf(records);
        this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        this.problems = List.copyOf(problems);
    }

    /** Reads a validation file (UTF-8; undecodable bytes become U+FFFD rather than an error). */
    public static PetrGold read(Path path) {
        try {
            return parse(new String(Files.readAllBytes(path), StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads validation records from text.
     *
     * @param source what to call the input in problems (a file name)
     */
    public static PetrGold parse(String content, String source) {
        return new Parser(content, source).parse();
    }

    /** Whether {@code content} looks like a PETRARCH validation file: it has {@code <Sentences>} and {@code EventCoding}. */
    public static boolean looksLike(String content) {
        return content.contains("<Sentences") && content.contains("<EventCoding");
    }

    public String source() {
        return source;
    }

    /** Every record, in file order, including those marked {@code evaluate="false"}. */
    public List<PetrRecord> records() {
        return records;
    }

    /** The records to score: those not marked {@code evaluate="false"}. */
    public List<PetrRecord> evaluated() {
        return records.stream().filter(PetrRecord::evaluate).toList();
    }

    /** The {@code <Environment>} settings (Verbfile, Actorfile, Include, ...) as written, tag to text. */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * The dictionary files the {@code <Environment>} names (verbs, actors, agents, discards), in that
     * order; several actor files are comma-separated in the file.
     */
    public List<String> dictionaries() {
        List<String> out = new ArrayList<>();
        for (String tag : DICTIONARY_TAGS) {
            String v = environment.get(tag);
            if (v != null) {
                Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
            }
        }
        return out;
    }

    /** What was odd in the input and how it was read, one line each. */
    public List<String> problems() {
        return problems;
    }

    /** Collapses whitespace runs (the file's line wraps) to single spaces and decodes XML entities. */
    static String normaliseText(String raw) {
        return decode(raw).replaceAll("\\s+", " ").strip();
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x")
                    ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The sentence a CoNLL-U parse spells (token forms, a space between tokens unless the MISC column says
     * {@code SpaceAfter=No}); empty for other parse formats such as bracketed trees.
     */
    static String textOfConllu(String parse) {
        StringBuilder out = new StringBuilder();
        String space = "";
        int skipTo = 0; // the last word of a multiword token already spelt by its range line
        for (String line : parse.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\t");
            if (cols.length < 2) {
                return "";
            }
            String id = cols[0];
            if (id.matches("\\d+")) {
                if (Integer.parseInt(id) <= skipTo) {
                    continue;
                }
            } else if (id.matches("\\d+-\\d+")) {
                skipTo = Integer.parseInt(id.substring(id.indexOf('-') + 1));
            } else if (id.matches("\\d+\\.\\d+")) {
                continue; // an empty node: not in the text
            } else {
                return "";
            }
            out.append(space).append(cols[1]);
            space = cols.length >= 10 && cols[9].contains("SpaceAfter=No") ? "" : " ";
        }
        return normaliseText(out.toString());
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            out.put(m.group(1), decode(m.group(2) != null ? m.group(2) : m.group(3)).strip());
        }
        return out;
    }

    /** One pass over one input; not thread-safe, used once. */
    private static final class Parser {

        private final String content;
        private final String source;
        private final int[] lineStarts;
        private final List<PetrRecord> records = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final Map<String, String> config = new LinkedHashMap<>();
        private Builder current;

        Parser(String content, String source) {
            this.content = content.startsWith("\uFEFF") ? content.substring(1) : content;
            this.source = source;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < this.content.length(); i++) {
                if (this.content.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        PetrGold parse() {
            Map<String, String> environment = new LinkedHashMap<>();
            Matcher env = ENVIRONMENT.matcher(content);
            if (env.find()) {
                Matcher el = ELEMENT.matcher(env.group(1));
                while (el.find()) {
                    environment.put(el.group(1), decode(el.group(2)).strip());
                }
            }
            // before <Sentences> only <Config> counts: the header's '#' lines may mention tags
            boolean inSentences = !content.contains("<Sentences");
            Matcher m = TOKEN.matcher(content);
            while (m.find()) {
                if (m.group("open") != null) {
                    inSentences = true;
                } else if (m.group("close") != null) {
                    finish();
                    inSentences = false;
                } else if (m.group("config") != null) {
                    Map<String, String> a = attributes(m.group("config"));
                    if (a.containsKey("option")) {
                        config.put(a.get("option"), a.getOrDefault("value", ""));
                    } else {
                        problems.add(where(m.start()) + ": <Config> without an option; ignored");
                    }
                } else if (!inSentences) {
                    continue;
                } else if (m.group("sentence") != null) {
                    finish();
                    current = new Builder(attributes(m.group("sentence")), lineOf(m.start()), new LinkedHashMap<>(config));
                } else if (m.group("coding") != null) {
                    coding(m.group("coding"), m.start());
                } else if (m.group("parse") != null) {
                    if (current != null && current.parse == null) {
                        current.parse = m.group("parse");
                    }
                } else if (m.group("text") != null) {
                    if (current == null) {
                        problems.add(where(m.start()) + ": <Text> outside a sentence; ignored");
                    } else if (current.text != null) {
                        problems.add(where(m.start()) + ": a second <Text> in sentence " + current.id() + "; ignored");
                    } else {
                        current.text = normaliseText(m.group("text"));
                    }
                }
            }
            finish();
            return new PetrGold(source, records, environment, problems);
        }

        private void coding(String attrs, int offset) {
            if (current == null) {
                problems.add(where(offset) + ": <EventCoding> outside a sentence; ignored");
                return;
            }
            Map<String, String> a = attributes(attrs);
            String src = a.get("sourcecode");
            String tgt = a.get("targetcode");
            String evt = a.get("eventcode");
            if (a.containsKey("noevents")) {
                if (a.get("noevents").equalsIgnoreCase("true")) {
                    current.noEvents = true;
                }
            } else if (a.containsKey("error")) {
                current.errors.add(a.get("error"));
            } else if (src != null && tgt != null && evt != null && !src.isEmpty() && !tgt.isEmpty()
                && !evt.isEmpty()) {
                current.codings.add(new PetrCoding(src, tgt, evt));
            } else {
                problems.add(where(offset) + ": <EventCoding" + attrs + "> lacks a source, target or event code; ignored");
            }
        }

        private void finish() {
            Builder b = current;
            current = null;
            if (b == null) {
                return;
            }
            String id = b.id();
            if ((b.text == null || b.text.isEmpty()) && b.parse != null) {
                String rebuilt = textOfConllu(b.parse);
                if (!rebuilt.isEmpty()) {
                    problems.add(id + ": " + (b.text == null ? "no" : "empty") + " <Text>; text rebuilt from the <Parse> tokens");
                    b.text = rebuilt;
                }
            }
            if (b.text == null || b.text.isEmpty()) {
                problems.add(source + ":" + b.line + ": sentence " + id + " has no <Text>; skipped");
                return;
            }
            if (b.noEvents && !b.codings.isEmpty()) {
                problems.add(id + ": both noevents and event codings; the codings are kept");
            }
            if (!b.noEvents && b.codings.isEmpty() && b.errors.isEmpty()) {
                problems.add(id + ": no <EventCoding>; read as no events");
            }
            LocalDate date = null;
            String d = b.attributes.get("date");
            if (d != null) {
                try {
                    if (!d.matches("\\d{8}")) {
                        throw new DateTimeParseException("not 8 digits", d, 0);
                    }
                    date = LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE);
                } catch (DateTimeParseException e) {
                    problems.add(id + ": date '" + d + "' is not YYYYMMDD; read as none");
                }
            }
            boolean evaluate = !"false".equalsIgnoreCase(b.attributes.getOrDefault("evaluate", "true"));
            records.add(new PetrRecord(id, date, b.attributes.get("category"), b.text, b.codings,
                b.noEvents && b.codings.isEmpty(), b.errors, evaluate, b.attributes, b.config, b.line));
        }

        private int lineOf(int offset) {
            int i = Arrays.binarySearch(lineStarts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        private String where(int offset) {
            return source + ":" + lineOf(offset);
        }

        private final class Builder {
            final Map<String, String> attributes;
            final int line;
            final Map<String, String> config;
            final List<PetrCoding> codings = new ArrayList<>();
            final List<String> errors = new ArrayList<>();
            boolean noEvents;
            String text;
            String parse;

            Builder(Map<String, String> attributes, int line, Map<String, String> config) {
                this.attributes = attributes;
                this.line = line;
                this.config = config;
            }

            String id() {
                String id = attributes.get("id");
                return id == null || id.isEmpty() ? source + ":" + line : id;
            }
        }
    }

    @Override
    public String toString() {
        return source + " (" + records.size() + " PETRARCH records)";
    }
}
