package org.dyad.knowledge;

import org.dyad.CoderFixture;
import org.dyad.model.CodedArticle;
import org.dyad.model.Count;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class CountFinderTest {

    static Count assertCount(String text, double value, String category) {
        CodedArticle a = CoderFixture.code(text);
        for (Count c : a.counts()) {
            if (c.value() == value && c.category().equals(category)) {
                return c;
            }
        }
        fail("\"" + text + "\": expected " + value + " " + category + ", got " + a.counts());
        return null;
    }

    @Test
    void refugees_by_noun() {
        assertCount("Europe received 1 million asylum-seekers this year.", 1_000_000, "refugees");
    }

    @Test
    void killed_by_verb() {
        assertCount("At least 12 people were killed in the blast.", 12, "killed");
    }

    @Test
    void troops() {
        assertCount("The United States will send 3,000 troops to Poland.", 3000, "troops");
    }

    @Test
    void money() {
        assertCount("Japan pledged $2 billion in aid.", 2_000_000_000, "money");
    }

    @Test
    void qualifier_is_kept_with_its_words() {
        Count c = assertCount("At least 12 people were killed in the blast.", 12, "killed");
        assertEquals("at-least", c.qualifier());
        assertTrue(c.text().startsWith("At least 12"), c.text());
    }

    @Test
    void vague_amounts_get_a_conventional_value() {
        assertEquals("vague", assertCount("Dozens of protesters gathered outside parliament.", 24, "protesters").qualifier());
        assertCount("Hundreds of civilians gathered in the square.", 200, "people");
        assertCount("Hundreds of civilians fled the town.", 200, "displaced");
        assertCount("Tens of thousands of refugees crossed the border.", 20_000, "refugees");
    }

    @Test
    void money_has_its_currency_and_what_it_pays_for() {
        Count c = assertCount("Japan pledged $2 billion in aid.", 2_000_000_000, "money");
        assertEquals("USD", c.unit());
        assertEquals("aid", c.noun());
        assertEquals("EUR", assertCount("The EU offered \u20ac3 billion to Turkey.", 3_000_000_000.0, "money").unit());
    }

    @Test
    void adjective_of_what_happened_counts_without_a_noun() {
        assertCount("The bombing left 30 dead and 50 wounded.", 30, "killed");
    }

    @Test
    void count_links_to_the_event_of_its_clause() {
        CodedArticle a = CoderFixture.code("Russian jets bombed the town of Idlib, killing 40 civilians.");
        Count c = a.counts().stream().filter(x -> x.value() == 40).findFirst().orElseThrow(() -> new AssertionError(a.counts()));
        assertNotNull(c.event(), "no event for " + c + " among " + a.events());
        assertTrue(c.event() >= 0 && c.event() < a.events().size());
    }

    @Test
    void years_and_dates_are_not_counts() {
        CodedArticle a = CoderFixture.code("In 2015 people voted, and on 12 May soldiers marched.");
        assertTrue(a.counts().isEmpty(), a.counts().toString());
    }

    @Test
    void the_agent_of_a_killing_is_not_counted_among_the_killed() {
        CodedArticle a = CoderFixture.code("Two bombs killed six police officers in Giza.");
        assertTrue(a.counts().stream().anyMatch(c -> c.value() == 6 && c.category().equals("killed")), a.counts().toString());
        assertTrue(a.counts().stream().noneMatch(c -> c.value() == 2 && c.category().equals("killed")), a.counts().toString());
    }

    @Test
    void weight_in_pounds_is_no_money_and_several_million_is_vague() {
        CodedArticle a = CoderFixture.code("Farmers expect 859 million pounds of cranberries this year.");
        assertTrue(a.counts().stream().noneMatch(c -> c.category().equals("money")), a.counts().toString());
        assertEquals("vague", assertCount("The war sent several million refugees into Turkey.", 3_000_000, "refugees").qualifier());
        assertCount("One man is dead after the accident.", 1, "killed");
    }
}
