package org.dyad.knowledge;

import org.dyad.CoderFixture;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Count;
import org.dyad.model.DateMention;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The design's example article (TRT World, G20 summit in Antalya, 15 November 2015), read from
 * ../shared/corpus: the knowledge the issue asks for must fall out of the general mechanisms.
 */
class ExampleArticleKnowledgeTest {

    private static CodedArticle coded;
    private static String text;

    @BeforeAll
    static void codeTheArticle() throws IOException {
        Path shared = CoderFixture.shared();
        Assumptions.assumeTrue(shared != null, "../shared is not beside the repository");
        String raw = Files.readString(shared.resolve("corpus/000_f74b1c298b775472.txt"));
        int nl = raw.indexOf('\n');
        text = raw.substring(nl + 1).stripLeading();
        coded = CoderFixture.coder().code(new Article("000_f74b1c298b775472", raw.substring(0, nl).strip(), text,
            LocalDate.of(2015, 11, 15), "TRT World", null, "en"));
    }

    @Test
    void four_direct_quotations_all_by_donald_tusk() {
        List<Quote> quotes = coded.quotes();
        assertEquals(4, quotes.size(), quotes.toString());
        for (Quote q : quotes) {
            assertNotNull(q.speaker(), "no speaker: " + q.text());
            assertEquals("Donald Tusk", q.speaker().name(), q.text());
            assertEquals("IGOEUREEC", q.speaker().code(), q.text());
        }
        assertTrue(quotes.stream().anyMatch(q -> "continue".equals(q.verb())), "none closed by 'he continued'");
        assertTrue(quotes.stream().anyMatch(q -> "add".equals(q.verb()) && q.rule().equals("pronoun")),
            "none closed by 'he added'");
    }

    @Test
    void reported_statement_of_tusk_with_its_content() {
        assertTrue(coded.statements().stream().anyMatch(s -> s.speaker() != null && s.speaker().name().equals("Donald Tusk")
            && s.text().startsWith("both the United States and Russia must find a way to cooperate")), coded.statements().toString());
    }

    @Test
    void dates_resolved_against_the_article_date() {
        assertDate("November 15, 2015", "2015-11-15", "day");
        assertDate("Sunday", "2015-11-15", "day");
        assertDate("a month and a half ago", "2015-10", "month");
        assertDate("This year", "2015", "year");
    }

    private static void assertDate(String words, String value, String granularity) {
        for (DateMention d : coded.dates()) {
            if (d.text().equals(words)) {
                assertEquals(value, d.value(), words);
                assertEquals(granularity, d.granularity(), words);
                assertEquals(words, d.span().of(text));
                return;
            }
        }
        throw new AssertionError("no date '" + words + "' in " + coded.dates());
    }

    @Test
    void one_million_asylum_seekers_are_refugees() {
        Count c = coded.counts().stream().filter(x -> x.value() == 1_000_000).findFirst()
            .orElseThrow(() -> new AssertionError(coded.counts().toString()));
        assertEquals("refugees", c.category());
        assertEquals("1 million asylum-seekers", c.span().of(text));
    }

    @Test
    void tusk_obama_and_assad_are_persons_with_their_mentions() {
        for (String name : List.of("Donald Tusk", "Barack Obama", "Bashar al-Assad")) {
            assertTrue(coded.persons().stream().anyMatch(p -> p.name().equals(name)), name + " missing: " + coded.persons());
        }
        var tusk = coded.persons().stream().filter(p -> p.name().equals("Donald Tusk")).findFirst().orElseThrow();
        assertTrue(tusk.mentions().size() >= 5, tusk.toString());
        tusk.mentions().forEach(s -> assertTrue(s.of(text).endsWith("Tusk"), s.of(text)));
    }

    @Test
    void themes_of_the_story() {
        for (String theme : List.of("REFUGEES_MIGRATION", "MILITARY_CONFLICT", "DIPLOMACY", "TERRORISM")) {
            assertTrue(coded.themes().stream().anyMatch(t -> t.theme().equals(theme)), theme);
        }
    }
}
