package org.dyad.eval;

import org.dyad.model.Span;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A geoparsing gold file in the XML of the "Pragmatic Guide to Geoparsing Evaluation" corpora (TR-News,
 * LGL, ...): {@code <articles>} of {@code <article docid>} with {@code <title>}, {@code <dltime>},
 * {@code <text>} and {@code <toponyms>}, each {@code <toponym>} giving {@code <start>}, {@code <end>}
 * (character offsets into the text, end exclusive), {@code <phrase>} and, where the annotators resolved it,
 * a {@code <gaztag geonameid>} with {@code <name>}, {@code <fcode>}, {@code <lat>} and {@code <lon>}.
 * The files mark literal names and adjectival ones ("Turkish") alike and do not say which is which.
 *
 * <p>Lenient: where a toponym's offsets do not cover its phrase (TR-News has offsets a few characters off
 * in some articles), the phrase's nearest occurrence within {@value #DRIFT} characters is taken and the
 * repairs are counted in {@link #problems()}; a toponym that cannot be placed is left out and named
 * there; a bad {@code dltime} is read as no date. Only XML that cannot be parsed is an error. Immutable.
 */
public final class GeoGold {

    /** How far (characters) a toponym's phrase may lie from the offsets the file gives. */
    static final int DRIFT = 20;

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern MONTH = Pattern.compile(
        "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?(?![a-z])");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    /** A day of the month: one or two digits that are not part of a time ("3:01pm") or a year. */
    private static final Pattern DAY = Pattern.compile("(?<![:\\d])\\b(\\d{1,2})\\b(?![:\\d])");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec");

    private final String source;
    private final List<GeoArticle> articles;
    private final List<String> problems;

    private GeoGold(String source, List<GeoArticle> articles, List<String> problems) {
        this.source = source;
        this.articles = List.copyOf(articles);
        this.problems = List.copyOf(problems);
    }

    /** Reads a geoparsing gold file (UTF-8); throws {@link IllegalArgumentException} naming it if it is not XML. */
    public static GeoGold read(Path path) {
        try {
            return parse(new String(Files.readAllBytes(path), StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code content} looks like a geoparsing gold file: articles with toponyms. */
    public static boolean looksLike(String content) {
        return content.contains("<articles") && content.contains("<toponym");
    }

    /**
     * Reads gold articles from XML text.
     *
     * @param source what to call the input in problems and errors (a file name)
     */
    public static GeoGold parse(String xml, String source) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<GeoArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] repaired = new int[1];
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("article")) {
                    GeoArticle a = article(r, source, articles.size() + 1, problems, repaired);
                    if (a != null) {
                        articles.add(a);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(source + ": not readable XML: " + e.getMessage());
        }
        if (repaired[0] > 0) {
            problems.add(0, source + ": " + repaired[0] + " toponyms whose offsets missed their phrase by a few"
                + " characters were moved onto it");
        }
        return new GeoGold(source, articles, problems);
    }

    /** One toponym as the file gives it, before its offsets are checked. */
    private record RawToponym(int start, int end, String phrase, Long id, String name, String fcode, Double lat,
                              Double lon) {
    }

    private static GeoArticle article(XMLStreamReader r, String source, int n, List<String> problems,
                                      int[] repaired) throws XMLStreamException {
        String id = r.getAttributeValue(null, "docid");
        if (id == null || id.isBlank()) {
            id = source + "#" + n;
            problems.add(source + ": article " + n + " has no docid; called " + id);
        }
        String title = null;
        String text = null;
        String dltime = null;
        List<RawToponym> raw = new ArrayList<>();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("article")) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "title" -> title = r.getElementText().strip();
                case "text" -> text = r.getElementText();
                case "dltime" -> dltime = r.getElementText().strip();
                case "toponym" -> raw.add(toponym(r));
                default -> { }
            }
        }
        if (text == null || text.isBlank()) {
            problems.add(id + ": no text; skipped");
            return null;
        }
        List<GeoToponym> toponyms = new ArrayList<>(raw.size());
        for (RawToponym t : raw) {
            GeoToponym placed = place(t, text, id, problems, repaired);
            if (placed != null) {
                toponyms.add(placed);
            }
        }
        toponyms.sort((a, b) -> a.span().compareTo(b.span()));
        return new GeoArticle(id, title == null || title.isEmpty() ? null : title, text, date(dltime, id, problems),
            toponyms);
    }

    private static RawToponym toponym(XMLStreamReader r) throws XMLStreamException {
        String start = null;
        String end = null;
        String phrase = null;
        String gazId = null;
        String name = null;
        String fcode = null;
        String lat = null;
        String lon = null;
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("toponym")) {
                    break;
                }
                if (r.getLocalName().equals("gaztag")) {
                    depth = 0;
                }
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = r.getLocalName();
            if (tag.equals("gaztag")) {
                gazId = r.getAttributeValue(null, "geonameid");
                depth = 1;
                continue;
            }
            switch (tag) {
                case "start" -> start = r.getElementText().strip();
                case "end" -> end = r.getElementText().strip();
                case "phrase" -> phrase = r.getElementText();
                case "name" -> name = depth == 1 ? r.getElementText().strip() : name;
                case "fcode" -> fcode = r.getElementText().strip();
                case "lat" -> lat = r.getElementText().strip();
                case "lon" -> lon = r.getElementText().strip();
                default -> { }
            }
        }
        return new RawToponym(integer(start), integer(end), phrase, longOrNull(gazId), name,
            fcode == null || fcode.isEmpty() ? null : fcode, number(lat), number(lon));
    }

    /** The toponym on its phrase: at the given offsets, else at the nearest occurrence within {@link #DRIFT}. */
    private static GeoToponym place(RawToponym t, String text, String id, List<String> problems, int[] repaired) {
        if (t.phrase() == null || t.phrase().isEmpty() || t.start() < 0) {
            problems.add(id + ": a toponym without a phrase or start offset; left out");
            return null;
        }
        String phrase = t.phrase();
        int start = t.start();
        if (!text.startsWith(phrase, start)) {
            int best = -1;
            for (int at = text.indexOf(phrase, Math.max(0, start - DRIFT)); at >= 0 && at <= start + DRIFT;
                 at = text.indexOf(phrase, at + 1)) {
                if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
                    best = at;
                }
            }
            if (best < 0) {
                problems.add(id + ": toponym '" + phrase + "' is not at or near offset " + start + "; left out");
                return null;
            }
            start = best;
            repaired[0]++;
        }
        boolean located = t.lat() != null && t.lon() != null && Math.abs(t.lat()) <= 90 && Math.abs(t.lon()) <= 180;
        return new GeoToponym(new Span(start, start + phrase.length()), phrase, t.id(), t.name(), t.fcode(),
            located ? t.lat() : null, located ? t.lon() : null);
    }

    /**
     * {@code dltime} as a date: a leading ISO date, else a month name or abbreviation, a day and a four-digit
     * year in any order ("Wed November 16, 2016", "Dec 17, 2016 8:46 AM ET", "24 November 2016", "2016 Oct 10");
     * else null.
     */
    static LocalDate date(String dltime, String id, List<String> problems) {
        if (dltime == null || dltime.isBlank()) {
            return null;
        }
        try {
            Matcher iso = ISO_DATE.matcher(dltime);
            if (iso.find()) {
                return LocalDate.parse(iso.group(1));
            }
            Matcher month = MONTH.matcher(dltime);
            Matcher year = YEAR.matcher(dltime);
            if (month.find() && year.find()) {
                String rest = dltime.substring(0, year.start()) + " " + dltime.substring(year.end());
                Matcher day = DAY.matcher(rest);
                if (day.find()) {
                    return LocalDate.of(Integer.parseInt(year.group()), MONTHS.indexOf(month.group(1)) + 1,
                        Integer.parseInt(day.group(1)));
                }
            }
        } catch (java.time.DateTimeException e) {
            // reported below
        }
        problems.add(id + ": dltime '" + dltime + "' is not a date Dyad reads; read as none");
        return null;
    }

    private static int integer(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Long longOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The file or label the articles were read from. */
    public String source() {
        return source;
    }

    /** The articles, in file order. */
    public List<GeoArticle> articles() {
        return articles;
    }

    /** What was odd in the input and how it was read, one line each. */
    public List<String> problems() {
        return problems;
    }
}
