package org.dyad.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coreference gold reader on a good and bad samples, and on Dyad's own gold file. */
class CorefGoldTest {

    static final String GOOD = """
        # a comment
        {"id": "a", "text": "Ann Lee met Bo Ray. She left.", "entities": ["Ann Lee", "Bo Ray"],
        """.strip() + """
         "anaphors": [{"span": [20, 23], "text": "She", "entity": "Ann Lee", "kind": "personal"}]}
        """;

    @Test
    void a_good_line_is_read_with_its_anaphors() {
        CorefGold g = CorefGold.parse(GOOD, "good.jsonl");
        assertEquals(1, g.articles().size());
        CorefGold.Anaphor a = g.articles().get(0).anaphors().get(0);
        assertEquals("She", a.span().of(g.articles().get(0).text()));
        assertEquals("Ann Lee", a.entity());
        assertEquals(1, g.anaphorCount());
    }

    @Test
    void a_span_that_does_not_cover_its_text_is_rejected_naming_the_line() {
        String bad = GOOD.replace("[20, 23]", "[19, 22]");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorefGold.parse(bad, "bad.jsonl"));
        assertTrue(e.getMessage().startsWith("bad.jsonl:2: span"), e.getMessage());
    }

    @Test
    void an_entity_not_listed_and_an_unknown_kind_are_rejected() {
        assertThrows(IllegalArgumentException.class,
            () -> CorefGold.parse(GOOD.replace("\"entity\": \"Ann Lee\"", "\"entity\": \"Cy Doe\""), "x"));
        assertThrows(IllegalArgumentException.class,
            () -> CorefGold.parse(GOOD.replace("\"personal\"", "\"pronoun\""), "x"));
        assertThrows(IllegalArgumentException.class, () -> CorefGold.parse("{\"id\": \"a\"", "x"));
    }

    @Test
    void dyads_gold_file_loads_and_every_span_covers_its_text() {
        Path file = GoldData.repoRoot().resolve("gold/coreference/anaphors.jsonl");
        assertTrue(Files.isRegularFile(file), file + " is missing");
        CorefGold g = CorefGold.read(file); // the reader itself checks span against text
        assertTrue(g.articles().size() >= 30, "articles: " + g.articles().size());
        assertTrue(g.anaphorCount() >= 80, "anaphors: " + g.anaphorCount());
        Map<String, Integer> kinds = new HashMap<>();
        for (CorefGold.Article a : g.articles()) {
            for (CorefGold.Anaphor x : a.anaphors()) {
                assertEquals(x.text(), x.span().of(a.text()), a.id() + " " + x.span());
                assertTrue(CorefScorer.names(a.text().substring(0, x.span().begin()), x.entity()),
                    a.id() + ": " + x.entity() + " is not named before " + x.text() + x.span());
                kinds.merge(x.kind(), 1, Integer::sum);
            }
        }
        for (String k : CorefGold.KINDS) {
            assertTrue(kinds.getOrDefault(k, 0) >= 15, k + ": " + kinds.get(k));
        }
    }
}
