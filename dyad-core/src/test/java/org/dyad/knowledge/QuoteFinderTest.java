package org.dyad.knowledge;

import org.dyad.CoderFixture;
import org.dyad.model.CodedArticle;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void a_relative_named_in_apposition_speaks_not_the_possessor() {
        CodedArticle a = CoderFixture.code("Farmer John Mwangi died on Friday.\n\"He always helped his neighbours,\" recalled "
            + "Mwangi's cousin, Grace Wanjiru, a teacher in Nairobi.");
        assertEquals(1, a.quotes().size());
        assertNotNull(a.quotes().get(0).speaker());
        assertEquals("Grace Wanjiru", a.quotes().get(0).speaker().name());
    }

    @Test
    void an_epithet_no_entry_knows_is_the_person_just_quoted() {
        CodedArticle a = CoderFixture.code("\"We will build the tower,\" Mark Ellison told reporters on Sunday. "
            + "\"It will be the tallest in the city,\" the property tycoon added.");
        assertEquals(2, a.quotes().size());
        assertNotNull(a.quotes().get(1).speaker());
        assertEquals("Mark Ellison", a.quotes().get(1).speaker().name());
    }

    @Test
    void a_term_the_writer_names_is_no_quotation() {
        assertTrue(quotes("Phones would switch to what is termed \"driver mode\" in a moving car.").isEmpty());
        assertTrue(quotes("The rebels crossed the so-called \"red line\" on Monday.").isEmpty());
        assertEquals(1, quotes("The minister condemned what he called \"a senseless act\" on Monday.").size());
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
        assertEquals("speech-verb", a.quotes().get(0).rule());
        assertEquals("pronoun", a.quotes().get(1).rule(), "\"he added\" names the speaker through a pronoun");
    }

    @Test
    void speaker_before_colon() {
        CodedArticle a = CoderFixture.code("The Kenyan president told reporters: \"We will not pay the ransom.\"");
        assertEquals(1, a.quotes().size());
        assertEquals("KENGOV", a.quotes().get(0).speaker().code());
    }

    @Test
    void curly_single_quotes_are_quotations_but_apostrophes_are_not() {
        assertEquals(List.of("We will rebuild the city,"), quotes("\u2018We will rebuild the city,\u2019 the mayor said."));
        assertTrue(quotes("Russia\u2019s jets and Turkey\u2019s army moved.").isEmpty());
    }

    @Test
    void short_title_case_names_in_quotes_are_not_quotations() {
        assertTrue(quotes("Fighters of the so-called \"Islamic State\" retreated.").isEmpty());
        assertEquals(1, quotes("He said \"we will never surrender to them\" twice.").size());
    }

    @Test
    void split_quote_gives_both_pieces_the_speaker() {
        CodedArticle a = CoderFixture.code("\"This is wrong,\" Chancellor Angela Merkel said, \"and we will fight it.\"");
        assertEquals(2, a.quotes().size(), a.quotes().toString());
        for (Quote q : a.quotes()) {
            assertNotNull(q.speaker(), q.text());
            assertEquals("Angela Merkel", q.speaker().name());
            assertEquals("say", q.verb());
            assertFalse(q.partial(), q.text());
        }
    }

    @Test
    void pronoun_speaker_is_marked_as_such() {
        CodedArticle a = CoderFixture.code("President Vladimir Putin arrived in Ankara.\n\n\"We are ready for talks,\" he stressed.");
        Quote q = a.quotes().get(0);
        assertEquals("Vladimir Putin", q.speaker().name());
        assertEquals("pronoun", q.rule());
        assertEquals("stress", q.verb());
    }

    @Test
    void partial_quote_inside_a_sentence_takes_the_clause_subject() {
        CodedArticle a = CoderFixture.code("Prime Minister Justin Trudeau called the attack \"a cowardly act of terror\" on Monday.");
        assertEquals(1, a.quotes().size(), a.quotes().toString());
        Quote q = a.quotes().get(0);
        assertTrue(q.partial());
        assertNotNull(q.speaker(), "no speaker for the partial quote");
        assertEquals("Justin Trudeau", q.speaker().name());
    }

    @Test
    void unattributed_quote_takes_the_last_speaker_of_the_paragraph_even_from_a_statement() {
        CodedArticle a = CoderFixture.code("Chancellor Angela Merkel said that Germany would take more refugees. "
            + "\"We can do this. There is no other way.\"");
        assertEquals(1, a.quotes().size(), a.quotes().toString());
        assertEquals("Angela Merkel", a.quotes().get(0).speaker().name());
        assertEquals("paragraph", a.quotes().get(0).rule());
    }

    @Test
    void quote_with_no_speaker_anywhere_stays_unattributed() {
        CodedArticle a = CoderFixture.code("The sign on the wall read \"no entry after dark for anyone\".");
        assertEquals(1, a.quotes().size());
        assertNull(a.quotes().get(0).speaker());
        assertEquals("none", a.quotes().get(0).rule());
    }
}
