package org.dyad.knowledge;

import org.dyad.CoderFixture;
import org.dyad.model.CodedArticle;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quotes(String text) {
        return finder.find(text).stream().map(q -> q.content().of(text).strip()).toList();
    }

    @Test
    void straight_and_curly_quotes() {
        assertEquals(List.of("We will not give up,"), quotes("\"We will not give up,\" she said."));
        assertEquals(List.of("We will not give up,"), quotes("\u201CWe will not give up,\u201D she said."));
    }

    @Test
    void quote_split_by_attribution_gives_two_pieces() {
        assertEquals(List.of("This is wrong,", "and we will fight it."),
            quotes("\"This is wrong,\" he said, \"and we will fight it.\""));
    }

    @Test
    void quote_running_over_paragraphs_continues_when_the_next_paragraph_reopens() {
        String text = "\"First paragraph of the speech.\n\n\"Second paragraph of it,\" the mayor said.";
        assertEquals(List.of("First paragraph of the speech.", "Second paragraph of it,"), quotes(text));
    }

    @Test
    void scare_quotes_and_unbalanced_marks_are_not_quotations() {
        assertTrue(quotes("The so-called \"experts\" disagreed.").isEmpty());
        assertTrue(quotes("A lone \" mark here.\nNext line.").isEmpty());
    }

    @Test
    void speaker_from_name_after_quote_and_from_pronoun() {
        CodedArticle a = CoderFixture.code("Prime Minister Justin Trudeau visited Ottawa. \"We are ready to help,\" Trudeau said."
            + "\n\n\"The work starts today,\" he added.");
        assertEquals(2, a.quotes().size(), a.quotes().toString());
        for (Quote q : a.quotes()) {
            assertNotNull(q.speaker(), "no speaker for " + q.text());
            assertEquals("Justin Trudeau", q.speaker().name(), q.text());
        }
        assertEquals("speech-verb", a.quotes().get(1).rule());
    }

    @Test
    void speaker_before_colon() {
        CodedArticle a = CoderFixture.code("The Kenyan president told reporters: \"We will not pay the ransom.\"");
        assertEquals(1, a.quotes().size());
        assertEquals("KENGOV", a.quotes().get(0).speaker().code());
    }
}
