package org.dyad.knowledge;

import org.dyad.CoderFixture;
import org.dyad.model.CodedArticle;
import org.dyad.model.Statement;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementFinderTest {

    private static Statement only(String text) {
        CodedArticle a = CoderFixture.code(text);
        assertEquals(1, a.statements().size(), text + " → " + a.statements());
        return a.statements().get(0);
    }

    @Test
    void a_speaker_takes_the_state_the_article_gives_him_as_in_his_events() {
        String text = "Ecuadorean soldiers arrested 200 suspected gang members in Guayaquil on Friday. "
            + "Ecuador has seen a surge in violence. A police spokesman said the raids would continue.";
        CodedArticle a = CoderFixture.code(text);
        Statement st = a.statements().stream().filter(x -> x.text().startsWith("the raids")).findFirst().orElseThrow();
        assertEquals("ECUCOP", st.speaker().code(), "the speaker's code, as the spokesman's events have it");
    }

    @Test
    void said_that_gives_speaker_verb_and_content_span() {
        String text = "Donald Tusk said that Russia must stop bombing the Syrian opposition.";
        Statement st = only(text);
        assertNotNull(st.speaker());
        assertEquals("Donald Tusk", st.speaker().name());
        assertEquals("say", st.verb());
        assertEquals("Russia must stop bombing the Syrian opposition", st.content().of(text));
        assertEquals(st.text(), st.content().of(text));
        assertEquals("complement", st.rule());
    }

    @Test
    void content_before_the_attribution_is_a_fronted_statement() {
        String text = "The ceasefire will not hold without international monitors, the Turkish foreign minister warned.";
        Statement st = only(text);
        assertEquals("warn", st.verb());
        assertEquals("The ceasefire will not hold without international monitors", st.content().of(text));
        assertNotNull(st.speaker());
        assertEquals("TUR", st.speaker().country());
    }

    @Test
    void said_before_its_speaker_after_fronted_content() {
        // CoreNLP parses the speaker here as the object of "said"
        String text = "The first week after a flood is the hardest for a family whose house was damaged, said Maria Lopez, "
            + "the director of a relief charity in Texas.";
        Statement st = only(text);
        assertNotNull(st.speaker());
        assertEquals("Maria Lopez", st.speaker().name());
        assertEquals("fronted", st.rule());
        assertTrue(st.content().of(text).endsWith("whose house was damaged"), st.content().of(text));
    }

    @Test
    void participle_clause_speaks_with_the_main_subject() {
        CodedArticle a = CoderFixture.code("Donald Tusk spoke in Antalya on Sunday, stressing that Russia needs to focus "
            + "on the terrorist group in Syria.");
        Statement st = a.statements().stream().filter(s -> s.verb().equals("stress")).findFirst().orElseThrow();
        assertEquals("Donald Tusk", st.speaker().name());
    }

    @Test
    void passive_and_quoted_speech_are_not_statements() {
        assertTrue(CoderFixture.code("It was said that the talks had failed in Geneva.").statements().isEmpty());
        CodedArticle a = CoderFixture.code("\"Russia must stop the bombing now,\" Donald Tusk said.");
        assertTrue(a.statements().isEmpty(), a.statements().toString());
        assertEquals(1, a.quotes().size());
    }

    @Test
    void a_relative_clause_of_the_subject_is_no_fronted_statement() {
        // the comma closing "who chairs ..." once made the verb's object the speaker of the words before it
        CodedArticle a = CoderFixture.code("Kenya's President William Ruto, who chairs the regional bloc, urged Ethiopia "
            + "to withdraw its troops from the border region.");
        assertTrue(a.statements().stream().noneMatch(st -> st.speaker() != null && st.speaker().code().equals("ETH")),
            a.statements().toString());
        assertTrue(a.statements().stream().noneMatch(st -> st.text().contains("who chairs")), a.statements().toString());
    }

    @Test
    void an_appositive_subject_speaks_its_statement() {
        Statement st = only("Chile's foreign minister, a former trade negotiator, told reporters that the talks with "
            + "Bolivia would resume in June.");
        assertNotNull(st.speaker());
        assertEquals("CHL", st.speaker().country(), st.toString());
        assertEquals("complement", st.rule());
    }

    @Test
    void a_subject_no_actor_entry_knows_speaks_by_its_words() {
        Statement st = only("The two sides agreed that a joint committee would monitor the truce.");
        assertNotNull(st.speaker(), "a statement needs a speaker");
        assertEquals("---", st.speaker().code());
        assertEquals("The two sides", st.speaker().name());
    }

    @Test
    void a_fronted_clause_parsed_as_adverbial_is_what_was_said() {
        CodedArticle a = CoderFixture.code("Ethiopia agreed to pay back the loans over 20 years, Finance Minister "
            + "Birhanu Jula said after he signed the deal.");
        Statement st = a.statements().stream().filter(x -> x.verb().equals("say")).findFirst()
            .orElseThrow(() -> new AssertionError("no statement: " + a.statements()));
        assertEquals("Birhanu Jula", st.speaker().name());
        assertEquals("fronted", st.rule());
        assertEquals("Ethiopia agreed to pay back the loans over 20 years", st.text());
    }

    @Test
    void acts_that_are_not_speech_give_no_statement() {
        CodedArticle a = CoderFixture.code("Ethiopia's Finance Minister Birhanu Jula, who led the delegation, signed "
            + "the deal with the lenders in Paris.");
        assertTrue(a.statements().isEmpty(), a.statements().toString());
    }

    @Test
    void a_participle_of_speech_is_its_own_statement_not_part_of_the_first() {
        CodedArticle a = CoderFixture.code("Kremlin spokesman Dmitry Peskov told reporters that the strikes were a response "
            + "to Ukrainian attacks on Russian territory, adding that Moscow remained open to talks.");
        Statement told = a.statements().stream().filter(x -> x.verb().equals("tell")).findFirst().orElseThrow();
        assertEquals("the strikes were a response to Ukrainian attacks on Russian territory", told.text());
        Statement added = a.statements().stream().filter(x -> x.verb().equals("add")).findFirst().orElseThrow();
        assertEquals("Moscow remained open to talks", added.text());
        assertEquals("Dmitry Peskov", added.speaker().name());
    }

    @Test
    void fronted_content_does_not_take_in_the_dateline() {
        CodedArticle a = CoderFixture.code("SEOUL, South Korea (AP) \u2014 North Korea fired two ballistic missiles into "
            + "the sea on Wednesday, South Korea's military said.");
        Statement st = a.statements().stream().filter(x -> x.verb().equals("say")).findFirst()
            .orElseThrow(() -> new AssertionError("no statement: " + a.statements()));
        assertEquals("North Korea fired two ballistic missiles into the sea on Wednesday", st.text());
        assertEquals("KORMIL", st.speaker().code());
    }
}
