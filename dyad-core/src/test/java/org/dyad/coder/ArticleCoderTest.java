package org.dyad.coder;

import org.dyad.CoderFixture;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.dyad.event.EventAssertions.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Whole wire stories: what one article's sentences do to each other's events. */
class ArticleCoderTest {

    private static final LocalDate DATE = LocalDate.of(2016, 6, 15);

    private static List<Event> inSentence(CodedArticle a, int sentence, String root) {
        return a.events().stream().filter(e -> e.evidence().sentence() == sentence && e.root().equals(root)).toList();
    }

    @Test
    void background_from_another_year_or_month_is_dated_then_not_on_the_articles_day() {
        CodedArticle a = CoderFixture.code("""
            BRUSSELS (Reuters) - The European Union extended its economic sanctions on Russia on Friday.
            The EU imposed its first sanctions on Moscow in 2014.
            Last year, police arrested dozens of protesters outside the Russian embassy.
            Russia banned imports of European food in August 2014, and has kept the ban since 2014.""", DATE);
        List<Event> first = inSentence(a, 1, "16");
        assertFalse(first.isEmpty(), describe(a.events()));
        assertEquals(LocalDate.of(2014, 1, 1), first.get(0).date(), "imposed in 2014");
        assertEquals("sentence-year", first.get(0).evidence().dateFrom());
        List<Event> arrests = inSentence(a, 2, "17");
        assertFalse(arrests.isEmpty(), describe(a.events()));
        assertEquals(LocalDate.of(2015, 1, 1), arrests.get(0).date(), "arrested last year");
        List<Event> today = a.events().stream().filter(e -> e.evidence().sentence() == 0).toList();
        assertFalse(today.isEmpty(), describe(a.events()));
        assertEquals(LocalDate.of(2016, 6, 10), today.get(0).date(), "extended on Friday");
        List<Event> ban = inSentence(a, 3, "16");
        assertFalse(ban.isEmpty(), describe(a.events()));
        assertEquals(LocalDate.of(2014, 8, 1), ban.get(0).date(), "banned in August 2014 (not 'since 2014')");
    }

    @Test
    void a_month_in_a_clause_below_the_event_does_not_date_it() {
        // the demand is made now; December is when the term ends
        CodedArticle a = CoderFixture.code("KINSHASA (Reuters) - Opposition supporters demanded that President Joseph "
            + "Kabila step down when his term ends in December.", DATE);
        List<Event> demands = inSentence(a, 0, "10");
        assertFalse(demands.isEmpty(), describe(a.events()));
        assertEquals(DATE, demands.get(0).date());
        assertEquals("article", demands.get(0).evidence().dateFrom());
    }

    @Test
    void the_dateline_town_and_agency_take_no_part_in_the_lead() {
        // "witnesses said" names no actor: the capital of the dateline is not the one who speaks
        CodedArticle a = CoderFixture.code("HARARE, Zimbabwe (AP) -- Riot police beat dozens of vendors in central Harare "
            + "on Tuesday, witnesses said.", DATE);
        assertFalse(a.events().stream().anyMatch(e -> e.source() != null && e.source().code().equals("ZWEGOV")),
            describe(a.events()));
        assertFalse(a.events().stream().anyMatch(e -> e.source() != null && e.source().code().endsWith("MED")),
            describe(a.events()));
        assertFalse(a.events().stream().noneMatch(e -> e.root().equals("18") && e.source() != null
            && e.source().code().equals("ZWECOP")), "the dateline still gives the police their state: " + describe(a.events()));
    }

    @Test
    void the_dateline_town_and_agency_are_no_actors_of_the_article() {
        CodedArticle a = CoderFixture.code("ABIDJAN, Ivory Coast (AP) \u2014 The regional bloc suspended Mali on Monday "
            + "and urged its military rulers to hold elections, the group said in a statement.", DATE);
        String listed = a.actors().stream().map(x -> x.actor().name() + " " + x.actor().code()).toList().toString();
        assertFalse(listed.contains("ABIDJAN"), "the dateline's town is listed: " + listed);
        assertFalse(listed.contains("AP "), "the dateline's agency is listed (or taken for 'the regional bloc'): " + listed);
        assertFalse(a.mentions().stream().anyMatch(m -> m.span().begin() < 28), a.mentions().toString());
    }

    @Test
    void a_sentence_naming_its_actor_only_as_the_group_is_read() {
        CodedArticle a = CoderFixture.code("""
            The Houthis fired a ballistic missile at the Saudi city of Jizan on Sunday.
            "We will continue to respond," a Houthi commander told reporters.
            The group said the coalition had carried out dozens of raids during the night.""", DATE);
        assertFalse(a.events().stream().noneMatch(e -> e.evidence().sentence() == 2 && e.root().equals("01")
            && e.source() != null && e.source().code().equals("YEMREBHTH")), describe(a.events()));
    }

    @Test
    void soldiers_later_in_the_story_are_the_forces_it_named_not_its_focus_state() {
        // the story is mostly about Palestinians, but the soldiers are the Israeli troops of its lead
        CodedArticle a = CoderFixture.code("""
            Israeli troops shot dead a Palestinian teenager near Ramallah on Friday, the Palestinian health ministry said.
            Palestinian officials said the teenager was unarmed, and Palestinian President Mahmoud Abbas condemned the shooting.
            A crowd of Palestinian youths had thrown stones at soldiers before the shooting, witnesses said.""", DATE);
        assertFalse(a.events().stream().noneMatch(e -> e.evidence().sentence() == 2 && e.target() != null
            && e.target().code().equals("ISRMIL")), describe(a.events()));
    }

    /** The codes of the article's actors of this name, in order. */
    private static List<String> codesOf(CodedArticle a, String name) {
        return a.actors().stream().filter(e -> e.actor().name().equals(name)).map(e -> e.actor().code()).toList();
    }

    private static String actors(CodedArticle a) {
        return a.actors().stream().map(e -> e.actor().name() + "=" + e.actor().code()).toList().toString();
    }

    @Test
    void a_state_named_only_from_abroad_is_not_the_home_of_the_storys_lawmakers() {
        // China is named in four sentences, Australia in one; but the dateline sets the story in Australia, and China
        // is only the accused: the parliament and the opposition are Australia's
        CodedArticle a = CoderFixture.code("""
            CANBERRA (Reuters) - Australia said on Tuesday that Chinese state-backed hackers had stolen data from parliament.
            China denied the charge.
            Beijing called the accusation groundless.
            Chinese officials said China was itself a victim of hacking.
            Opposition lawmakers demanded an inquiry.""", DATE);
        assertEquals(List.of("AUSLEG"), codesOf(a, "parliament"), actors(a));
        assertEquals(List.of("AUSOPP"), codesOf(a, "Opposition lawmakers"), actors(a));
    }

    @Test
    void the_doers_state_in_a_sentence_does_not_place_the_domestic_body_it_targets() {
        CodedArticle a = CoderFixture.code("""
            LONDON (Reuters) - Britain accused China on Monday of a cyber campaign against members of parliament.
            Chinese hackers targeted the email accounts of several Conservative lawmakers, the deputy prime minister told parliament.
            Beijing denied the accusations.
            The Chinese embassy said China opposed all hacking.
            Police said they were investigating.""", DATE);
        assertEquals(List.of("GBRLEG"), codesOf(a, "lawmakers"), actors(a));
        assertEquals(List.of("GBRLEG"), codesOf(a, "parliament"), actors(a));
        assertEquals(List.of("GBRCOP"), codesOf(a, "Police"), actors(a));
    }

    @Test
    void a_foreign_dateline_does_not_outweigh_a_state_whose_own_bodies_act() {
        // filed from Washington, but about Iran's parliament: the lawmakers are Iran's
        CodedArticle a = CoderFixture.code("""
            WASHINGTON (Reuters) - Iran's parliament approved a bill to curb nuclear inspections on Tuesday.
            Iran said the move was a response to US sanctions.
            Tehran said it would not negotiate.
            Lawmakers chanted slogans after the vote.""", DATE);
        assertEquals(List.of("IRNLEG"), codesOf(a, "Lawmakers"), actors(a));
    }

    @Test
    void prosecutors_in_a_story_filed_from_berlin_about_russian_agents_are_germanys() {
        CodedArticle a = CoderFixture.code("""
            BERLIN (AP) - Russian agents were behind a plot to sabotage an arms factory, prosecutors said on Thursday.
            Moscow denied any role.
            Russia said the claims were lies.
            Russian diplomats called it a provocation.
            The court ordered two suspects held.""", DATE);
        assertEquals(List.of("DEUJUD"), codesOf(a, "prosecutors"), actors(a));
        assertEquals(List.of("DEUJUD"), codesOf(a, "court"), actors(a));
    }
}
