package org.dyad.actor;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.dyad.actor.ActorRecognizerTest.assertActor;

/** Coreference within an article, one mechanism per test; the real coder reads each text. */
class CoreferenceTest {

    private static final LocalDate DATE = LocalDate.of(2016, 6, 15);

    @Test
    void surname_takes_the_role_the_text_gave_first() {
        assertActor("Syrian Defence Minister Ahmad Qabbani visited the front. Qabbani said the army would advance.",
            DATE, "Qabbani", "SYRGOV");
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
    void apposition_gives_the_role() {
        assertActor("Ahmed Hassan, a spokesman for the Syrian opposition, rejected the plan.", DATE, "Ahmed Hassan", "SYROPP");
    }

    @Test
    void western_powers_are_one_collective_actor() {
        assertActor("Western powers condemned the test.", DATE, "Western powers", "WST");
    }
}
