package org.dyad.knowledge;

import org.dyad.CoderFixture;
import org.dyad.model.CodedArticle;
import org.dyad.model.NameEntity;
import org.dyad.model.ThemeMention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Themes, tone and names on small real texts. */
class ThemeToneNameTest {

    @Test
    void theme_matches_carry_their_spans_and_multi_word_terms_win() {
        String text = "Air strikes hit a refugee camp as peace talks stalled in Geneva.";
        CodedArticle a = CoderFixture.code(text);
        List<String> found = a.themes().stream().map(t -> t.theme() + ":" + t.span().of(text)).toList();
        assertTrue(found.contains("MILITARY_CONFLICT:Air strikes"), found.toString());
        assertTrue(found.contains("REFUGEES_MIGRATION:refugee camp"), found.toString());
        assertTrue(found.contains("CEASEFIRE_PEACE:peace talks"), found.toString());
        for (ThemeMention t : a.themes()) {
            assertEquals(0, t.sentence());
        }
    }

    @Test
    void no_theme_in_a_sentence_without_trigger_terms() {
        assertTrue(CoderFixture.code("The cat slept on the warm windowsill all afternoon.").themes().isEmpty());
    }

    @Test
    void tone_is_negative_for_violence_and_positive_for_agreement() {
        CodedArticle bad = CoderFixture.code("The brutal attack killed dozens and wounded hundreds in a terrible massacre.");
        CodedArticle good = CoderFixture.code("Both leaders welcomed the successful agreement and praised the peaceful cooperation.");
        assertTrue(bad.tone().tone() < -10, bad.tone().toString());
        assertTrue(good.tone().tone() > 10, good.tone().toString());
        assertEquals(bad.tone().positive() - bad.tone().negative(), bad.tone().tone(), 1e-9);
        assertEquals(bad.tone().positiveWords() + bad.tone().negativeWords(),
            Math.round(bad.tone().polarity() * bad.tone().words() / 100), 0.01);
    }

    @Test
    void negation_turns_a_tone_word_around() {
        CodedArticle a = CoderFixture.code("The talks were not successful.");
        assertEquals(0, a.tone().positiveWords(), a.tone().toString());
        assertEquals(1, a.tone().negativeWords(), a.tone().toString());
    }

    @Test
    void persons_gather_full_name_and_surname_mentions_and_organisations_are_listed() {
        String text = "German Chancellor Angela Merkel met officials of the World Bank in Berlin. Merkel said the talks went well.";
        CodedArticle a = CoderFixture.code(text);
        Optional<NameEntity> merkel = a.persons().stream().filter(p -> p.name().equals("Angela Merkel")).findFirst();
        assertTrue(merkel.isPresent(), a.persons().toString());
        assertEquals(2, merkel.get().mentions().size(), merkel.get().toString());
        assertEquals("Angela Merkel", merkel.get().mentions().get(0).of(text));
        assertEquals("Merkel", merkel.get().mentions().get(1).of(text));
        assertTrue(a.organisations().stream().anyMatch(o -> o.mentions().stream().anyMatch(s -> s.of(text).equals("World Bank"))),
            a.organisations().toString());
        assertFalse(a.persons().stream().anyMatch(p -> p.name().equalsIgnoreCase("he")));
    }
}
