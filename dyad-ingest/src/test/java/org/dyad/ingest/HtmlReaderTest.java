package org.dyad.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTML pages written for these tests: a story among navigation, ads, related links, comments and footers. */
class HtmlReaderTest {

    @TempDir
    Path dir;

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream("html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture html/" + name);
            }
            return in.readAllBytes();
        }
    }

    private static HtmlPage page(String name) throws IOException {
        return HtmlReader.parse(new String(fixture(name), StandardCharsets.UTF_8), "");
    }

    @Test
    void news_page_keeps_the_story_and_drops_navigation_ads_related_links_comments_and_footer() throws IOException {
        HtmlPage p = page("news-with-nav-ads-comments.html");
        String text = p.text();
        assertTrue(text.startsWith("The foreign ministers of the two neighbouring states met"), text);
        assertTrue(text.contains("technical committees would meet again"), text);
        assertTrue(text.contains("\"We have waited too long for this day,\" said a trader"), "quotation kept: " + text);
        assertTrue(text.endsWith("The next round of talks is expected in April."), text);
        for (String clutter : List.of("cookies", "Sport", "Share on social media", "Advertisement", "Cheap flights",
            "Related stories", "Border closed after clashes", "never hold", "well done", "Storm warning",
            "Copyright", "diplomatic correspondent", "dataLayer")) {
            assertFalse(text.contains(clutter), "clutter '" + clutter + "' left in the text: " + text);
        }
        assertEquals(5, text.split("\n\n").length, "one paragraph per story block: " + text);
    }

    @Test
    void news_page_metadata_comes_from_open_graph_and_article_tags() throws IOException {
        HtmlPage p = page("news-with-nav-ads-comments.html");
        assertEquals("Neighbours resume border talks after a year of silence", p.title());
        assertEquals(LocalDate.of(2019, 3, 4), p.date());
        assertEquals("Jane Doe", p.byline());
        assertEquals("The Example Herald", p.site());
        assertEquals("https://herald.example/world/2019/03/04/border-talks", p.url());
        assertEquals("en", p.language());
    }

    @Test
    void page_without_article_markup_takes_the_container_with_most_paragraph_text() throws IOException {
        HtmlPage p = page("blog-without-article-tag.html");
        assertTrue(p.text().startsWith("Heavy rain caused the river to burst its banks"), p.text());
        assertTrue(p.text().endsWith("Forecasters expect the water level to fall slowly over the weekend."), p.text());
        assertFalse(p.text().contains("championship"), "link teasers are not the story: " + p.text());
        assertFalse(p.text().contains("newsletter"), p.text());
        assertFalse(p.text().contains("Weather"), p.text());
        assertEquals("Flooding displaces thousands", p.title(), "no og:title: the <h1>, not the <title> with the site's name");
    }

    @Test
    void json_ld_gives_date_and_all_authors_and_a_broken_json_ld_block_is_ignored() throws IOException {
        HtmlPage p = page("blog-without-article-tag.html");
        assertEquals(LocalDate.of(2021, 8, 17), p.date());
        assertEquals("Ali Demir and Maria Rossi", p.byline());
        assertNull(p.url());
    }

    @Test
    void page_without_paragraph_markup_keeps_its_prose() {
        HtmlPage p = HtmlReader.parse("<html><body><div>Rebels shelled the airport on Sunday.<br>Two soldiers were "
            + "wounded, the army said.<br></div></body></html>", "");
        assertEquals("Rebels shelled the airport on Sunday. Two soldiers were wounded, the army said.", p.text());
    }

    @Test
    void unclosed_tags_are_repaired_and_the_text_kept() throws IOException {
        HtmlPage p = page("unclosed-tags.html");
        assertEquals("The harbour authority reopened the port on Friday after a week of repairs to the main pier.\n\n"
            + "Fishing boats returned to sea within hours of the announcement.", p.text());
        assertEquals("Harbour reopens", p.title());
        assertNull(p.date());
    }

    @Test
    void malformed_page_without_text_is_one_bad_input() throws IOException {
        Input in = HtmlReader.read(fixture("malformed.html"), "x/malformed.html", "malformed.html", null);
        Input.Bad bad = assertInstanceOf(Input.Bad.class, in);
        assertEquals("x/malformed.html", bad.origin());
        assertTrue(bad.problem().startsWith("HTML without article text"), bad.problem());
    }

    @Test
    void empty_and_binary_files_are_bad_inputs() {
        assertTrue(((Input.Bad) HtmlReader.read(new byte[0], "e.html", "e.html", null)).problem().contains("empty"));
        assertTrue(((Input.Bad) HtmlReader.read(" \n ".getBytes(StandardCharsets.UTF_8), "e.html", "e.html", null))
            .problem().contains("empty"));
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3};
        assertTrue(((Input.Bad) HtmlReader.read(binary, "b.html", "b.html", null)).problem().startsWith("binary data"));
    }

    @Test
    void declared_character_set_is_honoured() {
        byte[] latin1 = ("<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 reopens</title></head>"
            + "<body><p>The caf\u00e9 on the main square reopened on Saturday after the floods.</p></body></html>")
            .getBytes(StandardCharsets.ISO_8859_1);
        Input.Ok ok = assertInstanceOf(Input.Ok.class, HtmlReader.read(latin1, "c.html", "c.html", LocalDate.of(2020, 1, 1)));
        assertEquals("Caf\u00e9 reopens", ok.article().title());
        assertTrue(ok.article().text().startsWith("The caf\u00e9 on the main square"), ok.article().text());
        assertEquals(LocalDate.of(2020, 1, 1), ok.article().date(), "no date in the page: the default date");
    }

    @Test
    void article_reader_reads_html_files_in_folders_with_byline_site_and_url() throws IOException {
        Files.write(dir.resolve("story.html"), fixture("news-with-nav-ads-comments.html"));
        Files.write(dir.resolve("broken.htm"), fixture("malformed.html"));
        List<Input> in = new ArrayList<>();
        new ArticleReader(LocalDate.of(2000, 1, 1)).read(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]), in::add);
        assertEquals(2, in.size());
        Input.Bad bad = assertInstanceOf(Input.Bad.class, in.get(0));
        assertTrue(bad.origin().endsWith("broken.htm"), bad.origin());
        Input.Ok ok = assertInstanceOf(Input.Ok.class, in.get(1));
        assertEquals("story.html", ok.article().id());
        assertEquals(LocalDate.of(2019, 3, 4), ok.article().date(), "the page's own date wins over the default");
        assertEquals("The Example Herald", ok.article().source());
        assertEquals("https://herald.example/world/2019/03/04/border-talks", ok.article().url());
        assertEquals("Jane Doe", ok.byline());
    }
}
