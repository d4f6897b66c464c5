package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a news page in HTML: the story's main text, its title, publication date, byline, publisher and
 * canonical URL. Navigation, headers and footers, ads, share buttons, related-story boxes and reader
 * comments are left out.
 *
 * <p>How the main text is found: elements that are clutter by tag ({@code nav}, {@code aside},
 * {@code footer}, {@code form}, scripts), by ARIA role, or by a class or id word ({@code comments},
 * {@code ad}, {@code sidebar}, {@code related}, ...) are removed; the story is the page's
 * {@code articleBody}, else its {@code <article>} with the most paragraph text, else {@code <main>},
 * else the element whose own paragraphs hold the most text. Its paragraphs, subheadings, quotations and
 * list items are kept in order unless they are mostly link text. Metadata is read before anything is
 * removed, from Open Graph and article meta tags, JSON-LD and schema.org microdata.
 *
 * <p>Broken markup never throws (jsoup repairs it); a page with no text left becomes one
 * {@link Input.Bad}. Stateless and thread-safe.
 */
public final class HtmlReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Class and id words that mark clutter, matched as whole words of the attribute ("ad-slot" has "ad"). */
    private static final Set<String> CLUTTER_WORDS = Set.of("nav", "navbar", "navigation", "menu", "footer",
        "sidebar", "comment", "comments", "disqus", "respond", "reply", "replies", "ad", "ads", "adslot", "advert",
        "adverts", "advertisement", "sponsor", "sponsored", "promo", "promoted", "related", "recommended",
        "share", "sharing", "social", "subscribe", "subscription", "newsletter", "signup", "cookie", "cookies",
        "consent", "banner", "breadcrumb", "breadcrumbs", "popup", "modal", "outbrain", "taboola", "widget",
        "masthead", "byline", "author", "tags", "toolbar", "skip", "caption", "credit", "copyright", "paywall",
        "trending", "most-read", "mostread");

    private static final Set<String> CLUTTER_ROLES = Set.of("navigation", "banner", "complementary", "contentinfo",
        "search", "dialog", "alertdialog", "menu", "menubar");

    /** Elements never taken for clutter by their class, since they hold the page or the story. */
    private static final Set<String> KEPT = Set.of("html", "body", "main");

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, pre, li";

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /** Words a page without paragraphs needs before its loose text is taken for a story. */
    private static final int MIN_FALLBACK_WORDS = 10;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private HtmlReader() {
    }

    /**
     * Reads one HTML file. The id is {@code name}; a page without a date of its own gets {@code defaultDate}.
     * The character set comes from a byte-order mark or the page's {@code <meta charset>}, else UTF-8.
     */
    static Input read(byte[] bytes, String origin, String name, LocalDate defaultDate) {
        if (bytes.length == 0 || blank(bytes)) {
            return new Input.Bad(origin, "empty file");
        }
        if (ArticleReader.looksBinary(bytes)) {
            return new Input.Bad(origin, "binary data, not HTML (" + bytes.length + " bytes)");
        }
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException | RuntimeException e) {
            // jsoup repairs any markup; what is left is an unreadable character set or a stream failure
            return new Input.Bad(origin, "unreadable HTML: " + e.getMessage());
        }
        HtmlPage page = extract(doc);
        if (page.text().isBlank()) {
            return new Input.Bad(origin, "HTML without article text (no paragraphs outside navigation, ads and comments)");
        }
        Article a = new Article(name, page.title(), page.text(), page.date() != null ? page.date() : defaultDate,
            page.site(), page.url(), page.language());
        return new Input.Ok(a, origin, null, page.byline());
    }

    /** Extracts the story and metadata from an HTML string; {@code baseUri} resolves relative links (may be ""). */
    public static HtmlPage parse(String html, String baseUri) {
        return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    }

    private static HtmlPage extract(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        String title = title(doc);
        LocalDate date = date(doc, ld);
        String byline = byline(doc, ld);
        String site = firstNonBlank(meta(doc, "meta[property=og:site_name]"), meta(doc, "meta[name=application-name]"));
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical][href]"), "abs:href"),
            attr(doc.selectFirst("link[rel=canonical][href]"), "href"), meta(doc, "meta[property=og:url]"));
        String lang = attr(doc.selectFirst("html[lang]"), "lang");
        String language = lang == null || lang.length() < 2 ? null : lang.substring(0, 2).toLowerCase(Locale.ROOT);
        removeClutter(doc);
        String text = mainText(doc);
        return new HtmlPage(title, text, date, byline, site, url, language);
    }

    private static String title(Document doc) {
        String og = firstNonBlank(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"));
        if (og != null) {
            return og;
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = doc.title();
        return t.isBlank() ? null : t.strip();
    }

    private static LocalDate date(Document doc, List<JsonNode> ld) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(doc, "meta[property=article:published_time]"));
        candidates.add(meta(doc, "meta[name=article:published_time]"));
        candidates.add(meta(doc, "meta[itemprop=datePublished]"));
        for (String n : List.of("date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time")) {
            for (Element m : doc.select("meta[name][content]")) {
                if (m.attr("name").equalsIgnoreCase(n)) {
                    candidates.add(m.attr("content"));
                }
            }
        }
        for (JsonNode n : ld) {
            candidates.add(text(n.get("datePublished")));
        }
        candidates.add(attr(doc.selectFirst("time[itemprop=datePublished][datetime]"), "datetime"));
        candidates.add(attr(doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]"), "datetime"));
        for (String c : candidates) {
            if (c == null) {
                continue;
            }
            Matcher m = ISO_DATE.matcher(c);
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group(1));
                } catch (DateTimeParseException e) {
                    // "2015-13-45" is not a date; try the next candidate
                }
            }
        }
        return null;
    }

    private static String byline(Document doc, List<JsonNode> ld) {
        String meta = meta(doc, "meta[name=author]");
        if (meta != null && !meta.startsWith("http")) {
            return cleanByline(meta);
        }
        for (JsonNode n : ld) {
            String a = authors(n.get("author"));
            if (a != null) {
                return cleanByline(a);
            }
        }
        List<String> names = new ArrayList<>();
        for (Element e : doc.select("[itemprop=author]")) {
            Element name = e.selectFirst("[itemprop=name]");
            String s = name != null ? name.text() : e.hasAttr("content") ? e.attr("content") : e.text();
            if (!s.isBlank() && !names.contains(s.strip())) {
                names.add(s.strip());
            }
        }
        if (!names.isEmpty()) {
            return cleanByline(String.join(" and ", names));
        }
        Element e = doc.selectFirst("[rel=author], .byline, .author, [class*=byline]");
        return e == null || e.text().isBlank() ? null : cleanByline(e.text());
    }

    private static String authors(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isTextual()) {
            return author.asText().isBlank() ? null : author.asText();
        }
        if (author.isObject()) {
            return text(author.get("name"));
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode a : author) {
                String n = authors(a);
                if (n != null) {
                    names.add(n);
                }
            }
            return names.isEmpty() ? null : String.join(" and ", names);
        }
        return null;
    }

    private static String cleanByline(String s) {
        String b = s.replaceAll("\\s+", " ").strip().replaceFirst("(?i)^(written\\s+)?by[:\\s]+", "").strip();
        // a byline that runs on is a whole author box, not a name
        return b.isEmpty() || b.length() > 120 ? null : b;
    }

    /** The page's JSON-LD objects (those inside {@code @graph} too); scripts that are not JSON are ignored. */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), out);
            } catch (JsonProcessingException e) {
                // a broken JSON-LD block costs only its own metadata
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> collect(c, out));
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out);
        }
    }

    private static void removeClutter(Document doc) {
        doc.select("script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, "
            + "nav, aside, footer, header, menu, dialog, figcaption, [hidden], [aria-hidden=true]").remove();
        List<Element> clutter = new ArrayList<>();
        // a lone <article> is the story whatever its class says ("article has-comments"); among several,
        // those marked as comments or ads are not
        boolean loneArticle = doc.select("article").size() == 1;
        for (Element e : doc.getAllElements()) {
            if (KEPT.contains(e.normalName()) || loneArticle && e.normalName().equals("article")) {
                continue;
            }
            if (CLUTTER_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT)) || clutterWords(e.className())
                || clutterWords(e.id())) {
                clutter.add(e);
            }
        }
        clutter.forEach(Element::remove);
    }

    private static boolean clutterWords(String attr) {
        if (attr.isEmpty()) {
            return false;
        }
        for (String word : attr.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (CLUTTER_WORDS.contains(word)) {
                return true;
            }
        }
        // whole class names of two words ("most-read")
        for (String cls : attr.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (CLUTTER_WORDS.contains(cls)) {
                return true;
            }
        }
        return false;
    }

    private static String mainText(Document doc) {
        Element root = storyRoot(doc);
        if (root == null) {
            return "";
        }
        List<String> paragraphs = blocks(root);
        if (paragraphs.isEmpty()) {
            // a page without paragraph markup (text split by <br>): its remaining text is the story, if it
            // reads as prose rather than the debris of broken markup
            String t = root.text().strip();
            return WORD.matcher(t).results().count() >= MIN_FALLBACK_WORDS ? t : "";
        }
        return String.join("\n\n", paragraphs);
    }

    private static Element storyRoot(Document doc) {
        Element body = doc.selectFirst("[itemprop=articleBody]");
        if (body != null) {
            return body;
        }
        Element best = null;
        int bestLength = 0;
        for (Element a : doc.select("article")) {
            int n = paragraphText(a);
            if (n > bestLength) {
                best = a;
                bestLength = n;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null && paragraphText(main) > 0) {
            return main;
        }
        return bestContainer(doc);
    }

    /**
     * The element whose own paragraphs hold the most text (a paragraph counts fully for its parent and half
     * for its grandparent, so a story split into a few wrappers still wins over a box of teasers).
     */
    private static Element bestContainer(Document doc) {
        Map<Element, Double> score = new LinkedHashMap<>();
        for (Element p : doc.select("p")) {
            String t = p.text();
            if (t.length() < 25 || linkDensity(p) > 0.5) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, (double) t.length(), Double::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), t.length() / 2.0, Double::sum);
                }
            }
        }
        Element best = null;
        double top = 0;
        for (var e : score.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        return best != null ? best : doc.body();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        Elements all = root.select(BLOCKS);
        for (Element b : all) {
            if (insideBlock(b, root)) {
                continue;
            }
            String t = b.text().strip();
            if (t.isEmpty() || linkDensity(b) > 0.5 || t.equalsIgnoreCase("advertisement")) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** A block inside another block (a paragraph in a quotation or list item) is read with its container. */
    private static boolean insideBlock(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    /** Share of an element's text that is link text (0..1). */
    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / total;
    }

    private static String meta(Document doc, String query) {
        Element m = doc.selectFirst(query);
        if (m == null) {
            return null;
        }
        String c = m.attr("content").strip();
        return c.isEmpty() ? null : c;
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(JsonNode n) {
        return n == null || !n.isTextual() || n.asText().isBlank() ? null : n.asText();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
