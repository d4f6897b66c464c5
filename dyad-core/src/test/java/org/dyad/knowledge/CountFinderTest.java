package org.dyad.knowledge;

import org.dyad.CoderFixture;
import org.dyad.model.CodedArticle;
import org.dyad.model.Count;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.fail;

class CountFinderTest {

    static void assertCount(String text, double value, String category) {
        CodedArticle a = CoderFixture.code(text);
        for (Count c : a.counts()) {
            if (c.value() == value && c.category().equals(category)) {
                return;
            }
        }
        fail("\"" + text + "\": expected " + value + " " + category + ", got " + a.counts());
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
}
