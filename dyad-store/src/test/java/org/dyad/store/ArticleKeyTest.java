package org.dyad.store;

import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleKeyTest {

    @Test
    void line_endings_and_wrapping_do_not_change_the_key() {
        assertEquals(ArticleKey.of("Troops shelled the town.\r\nTwo died.", null),
            ArticleKey.of("  Troops shelled the town.\n\nTwo  died.\n", null));
    }

    @Test
    void unicode_composition_does_not_change_the_key() {
        assertEquals(ArticleKey.of("Caf\u00e9 bombed", null), ArticleKey.of("Cafe\u0301 bombed", null));
    }

    @Test
    void other_words_or_another_url_is_another_article() {
        ArticleKey a = ArticleKey.of("Troops shelled the town.", "https://a.example/1");
        assertNotEquals(a, ArticleKey.of("Troops shelled the city.", "https://a.example/1"));
        assertNotEquals(a, ArticleKey.of("Troops shelled the town.", "https://b.example/1"));
        assertNotEquals(a, ArticleKey.of("Troops shelled the town.", null));
    }

    @Test
    void id_title_and_date_are_not_part_of_the_key() {
        Article one = new Article("one.txt", "Title", "Troops shelled the town.", LocalDate.of(2020, 1, 1), null, null, "en");
        Article two = new Article("copy/one.txt", null, "Troops shelled the town.", null, "Wire", null, "en");
        assertEquals(ArticleKey.of(one), ArticleKey.of(two));
    }

    @Test
    void ids_are_positive_and_mention_ids_differ_per_index() {
        ArticleKey k = ArticleKey.of("Troops shelled the town.", null);
        assertTrue(k.id() > 0);
        assertTrue(k.mentionId(0) > 0);
        assertNotEquals(k.mentionId(0), k.mentionId(1));
        assertEquals(k.mentionId(3), ArticleKey.of("Troops shelled the town.", null).mentionId(3));
        assertEquals(64, k.hex().length());
    }

    @Test
    void a_key_is_64_hex_digits() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleKey("abc"));
    }
}
