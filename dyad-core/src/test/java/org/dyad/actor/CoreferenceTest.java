package org.dyad.actor;

import org.dyad.CoderFixture;
import org.dyad.model.ActorMention;
import org.dyad.model.CodedArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.dyad.actor.ActorRecognizerTest.assertActor;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coreference within an article, one mechanism per test; the real coder reads each text. */
class CoreferenceTest {

    private static final LocalDate DATE = LocalDate.of(2016, 6, 15);

    @Test
    void surname_takes_the_role_the_text_gave_first() {
        assertActor("Syrian Defence Minister Ahmad Qabbani visited the front. Qabbani said the army would advance.",
            DATE, "Qabbani", "SYRGOV");
    }

    @Test
    void a_name_set_off_after_a_role_takes_the_role_for_later_pronouns() {
        // "A Houthi spokesman, Mohammed Abdulsalam, said": the name is the spokesman, so "he" is the Houthis' too
        assertActor("A Houthi spokesman, Mohammed Abdulsalam, said the group had shot down a drone. "
            + "He said the talks in Kuwait had failed.", DATE, "He", "YEMREBHTH");
        assertActor("Ahmad Zia, a spokesman for the provincial police, said the attackers had fled. "
            + "He said two officers were wounded.", DATE, "He", "---COP");
    }

    @Test
    void he_links_to_the_last_person_outside_quotes() {
        assertActor("Kenyan President Uhuru Kenyatta met the envoy. \"We will not retreat,\" he said.", DATE, "he", "KENGOV");
    }

    @Test
    void a_surname_after_an_honorific_is_the_person_named_in_full() {
        org.dyad.model.CodedArticle a = org.dyad.CoderFixture.code("Donald Trump won the election.\n"
            + "The president urged Mr Trump to back an investigation.\nEarlier this week, Donald Trump poured scorn on the claims.",
            LocalDate.of(2016, 12, 16));
        String names = a.mentions().stream().map(m -> m.span().of(a.article().text()) + "=" + m.actor().name())
            .collect(java.util.stream.Collectors.joining(", "));
        org.junit.jupiter.api.Assertions.assertFalse(names.contains("=Mr Trump"), names);
        org.junit.jupiter.api.Assertions.assertTrue(names.contains("Trump=Donald Trump"), names);
    }

    @Test
    void the_and_a_name_is_that_body_not_a_description_of_someone() {
        // "the FBI" after "FBI director James Comey" is the bureau, not Comey
        assertActor("FBI director James Comey announced an inquiry. The FBI had concluded that the server was insecure.",
            DATE, "FBI", "USACOP");
        org.dyad.model.CodedArticle a = org.dyad.CoderFixture.code(
            "FBI director James Comey announced an inquiry. The FBI had concluded that the server was insecure.", DATE);
        a.mentions().stream().filter(m -> m.span().of(a.article().text()).equals("FBI") && m.span().begin() > 40)
            .forEach(m -> org.junit.jupiter.api.Assertions.assertEquals("FBI", m.actor().name()));
    }

    @Test
    void she_links_to_the_woman_not_to_the_last_man_named() {
        // without gender "she" would take the more recent and more salient Lavrov
        assertActor("Kenyan Foreign Minister Amina Mohamed met Russian Foreign Minister Sergei Lavrov in Moscow. "
            + "She said the talks were useful.", DATE, "She", "KENGOV");
        assertActor("Kenyan Foreign Minister Amina Mohamed met Russian Foreign Minister Sergei Lavrov in Moscow. "
            + "He said the talks were useful.", DATE, "He", "RUSGOV");
    }

    @Test
    void it_links_to_an_organisation_only_named_entity_recognition_found() {
        assertActor("Acme Logistics said it had made several offers to the union.", DATE, "it", "---");
    }

    @Test
    void it_links_to_the_last_state_not_to_a_place_phrase() {
        assertActor("Russia deployed jets to bases in Syria. It said the jets would stay.", DATE, "It", "RUS");
    }

    @Test
    void it_links_to_a_group_named_by_a_singular_proper_noun() {
        assertActor("Boko Haram said it had abducted the schoolgirls.", DATE, "it", "NGAREBBKH");
    }

    @Test
    void it_links_to_the_opposition_a_body() {
        assertActor("The opposition said it would boycott the vote.", DATE, "it", "---OPP");
    }

    @Test
    void it_never_links_to_a_plural_group_noun() {
        org.dyad.model.CodedArticle a = org.dyad.CoderFixture.code("The rebels said it was the army that shelled the market.", DATE);
        a.mentions().stream().filter(m -> m.span().of(a.article().text()).equals("it"))
            .forEach(m -> org.junit.jupiter.api.Assertions.fail("\"it\" should refer to no actor, got " + m.actor().code()));
    }

    @Test
    void its_before_a_sector_noun_gives_the_noun_its_owner() {
        assertActor("Kenya said its troops had killed dozens of militants.", DATE, "troops", "KENMIL");
        assertActor("The Syrian government said its forces had retaken the town.", DATE, "forces", "SYRMIL");
    }

    @Test
    void they_links_to_the_last_group() {
        assertActor("Afghan rebels said on Friday that they would free the hostages.", DATE, "they", "AFGREB");
    }

    @Test
    void we_in_a_quotation_is_the_speakers_side() {
        assertActor("\"We will not accept these terms,\" said Turkish Foreign Minister Mevlut Cavusoglu.", DATE, "We", "TURGOV");
    }

    @Test
    void the_president_links_to_the_last_president_named() {
        assertActor("Nigerian President Muhammadu Buhari arrived in Abuja. The president then met army chiefs.",
            DATE, "president", "NGAGOV");
    }

    @Test
    void the_group_links_to_the_last_group() {
        assertActor("Boko Haram attacked a village in Borno. The group later released a video.", DATE, "The group", "NGAREBBKH");
    }

    @Test
    void both_sides_stand_for_the_last_two_actors() {
        assertActor("Armenia and Azerbaijan traded fire overnight. Both sides accused each other.", DATE, "Both sides", "ARM");
        assertActor("Armenia and Azerbaijan traded fire overnight. Both sides accused each other.", DATE, "Both sides", "AZE");
    }

    @Test
    void both_sides_are_not_the_one_who_addresses_them_nor_the_victims() {
        String text = "Sudan's army and the Rapid Support Forces have fought since April. The United States imposed "
            + "sanctions on two RSF commanders over attacks on civilians. Washington urged both sides to return to talks.";
        assertActor(text, RECENT, "both sides", "SDNMIL");
        assertActor(text, RECENT, "both sides", "SDNUAFRSF");
        CodedArticle a = CoderFixture.code(text, RECENT);
        for (ActorMention m : a.mentions()) {
            if (m.span().of(a.article().text()).equals("both sides")) {
                assertTrue(!m.actor().code().startsWith("USA") && !m.actor().code().endsWith("CVL"),
                    "\"both sides\" taken for " + m.actor().code());
            }
        }
    }

    @Test
    void apposition_gives_the_role() {
        assertActor("Ahmed Hassan, a spokesman for the Syrian opposition, rejected the plan.", DATE, "Ahmed Hassan", "SYROPP");
    }

    @Test
    void western_powers_are_one_collective_actor() {
        assertActor("Western powers condemned the test.", DATE, "Western powers", "WST");
    }

    private static final LocalDate RECENT = LocalDate.of(2023, 5, 2);

    /** Asserts that {@code anaphor} is coded as the same actor (name and code) as {@code antecedent}. */
    private static void assertSameActor(String text, LocalDate date, String antecedent, String anaphor) {
        org.dyad.model.CodedArticle a = org.dyad.CoderFixture.code(text, date);
        String all = a.mentions().stream().map(m -> "\"" + m.span().of(text) + "\"=" + m.actor().name() + "/"
            + m.actor().code()).collect(java.util.stream.Collectors.joining(", "));
        org.dyad.model.ActorMention from = a.mentions().stream().filter(m -> m.span().of(text).equals(antecedent))
            .findFirst().orElseThrow(() -> new AssertionError("no mention \"" + antecedent + "\" in " + all));
        org.junit.jupiter.api.Assertions.assertTrue(a.mentions().stream().anyMatch(m -> m.span().of(text).equals(anaphor)
                && m.actor().equals(from.actor())),
            "\"" + anaphor + "\" should be coded as \"" + antecedent + "\" (" + from.actor().code() + "): " + all);
    }

    @Test
    void an_organisation_only_named_entity_recognition_found_becomes_an_actor_once_referred_to() {
        // the name, "it" and "the company" are one actor, of the sector the description gives
        String text = "Norvik Shipping said on Tuesday it would close two yards. The company blamed falling orders.";
        assertActor(text, RECENT, "Norvik Shipping", "---BUS");
        assertSameActor(text, RECENT, "Norvik Shipping", "it");
        assertSameActor(text, RECENT, "Norvik Shipping", "company");
        // a state the context gives the name reaches every mention of the organisation, in whatever sentence
        String placed = "Norvik Shipping said on Tuesday it would close two yards in Norway. Its chief executive "
            + "said the company had lost orders.";
        assertSameActor(placed, RECENT, "Norvik Shipping", "it");
        assertSameActor(placed, RECENT, "Norvik Shipping", "company");
    }

    @Test
    void a_business_noun_refers_to_a_company_named_before() {
        assertSameActor("Ravensholt Motors said on Friday that the carmaker would cut 500 jobs.", RECENT,
            "Ravensholt Motors", "the carmaker");
    }

    @Test
    void a_description_may_have_common_modifiers_before_its_noun() {
        assertSameActor("Prices at Brightwater Energy rose in March, officials said. The state-owned utility blamed the cost "
            + "of gas.", RECENT, "Brightwater Energy", "The state-owned utility");
        assertActor("Hezbollah fired rockets at an army post on Sunday. The armed group said the attack was a warning.",
            RECENT, "armed group", "LBNREBHEZ");
    }

    @Test
    void a_description_with_a_restrictive_relative_clause_introduces_its_referent() {
        org.dyad.model.CodedArticle a = org.dyad.CoderFixture.code(
            "Boko Haram attacked a village in Borno. Officials blamed the armed group that controls the forest.", RECENT);
        a.mentions().stream().filter(m -> m.span().begin() > 50).forEach(m ->
            org.junit.jupiter.api.Assertions.assertNotEquals("NGAREBBKH", m.actor().code(), m.span().of(a.article().text())));
    }

    @Test
    void the_organisation_refers_to_a_non_governmental_organisation() {
        assertActor("Amnesty International published a report on Tuesday. The organisation said it had found evidence "
            + "of torture.", RECENT, "The organisation", "NGOAMN");
    }

    @Test
    void the_ministry_refers_to_a_body_named_a_ministry() {
        assertSameActor("Teachers protested outside the Education Ministry in Lima. The ministry said it would review the "
            + "pay scale.", RECENT, "Ministry in Lima", "ministry");
    }

    @Test
    void a_title_with_an_adjective_links_to_its_holder() {
        assertActor("Dutch Prime Minister Mark Rutte arrived in Berlin on Monday. The prime minister later met business "
            + "leaders.", LocalDate.of(2016, 5, 2), "prime minister", "NLDGOV");
    }

    @Test
    void every_word_of_a_title_must_be_in_the_holders_role() {
        // "the bank president" is Lagarde (President of the European Central Bank), not the Italian minister
        assertActor("Christine Lagarde met Italian Finance Minister Giancarlo Giorgetti in Frankfurt on Monday. The bank "
            + "president said rates would stay high.", RECENT, "bank president", "IGOEUREEC");
    }

    @Test
    void a_nationality_in_a_title_picks_the_holder_of_that_country() {
        // "leader" fits any head of government; "Chinese" leaves only Xi
        assertSameActor("Joe Biden spoke with Chinese President Xi Jinping by phone. Biden said the Chinese leader had "
            + "agreed to more talks.", RECENT, "Chinese President Xi Jinping", "Chinese leader");
    }
}
