package org.dyad.place;

import org.dyad.actor.ActorKnowledge;
import org.dyad.model.PlaceMention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Toponym recognition on hand-tagged sentences and a small gazetteer; the actor knowledge base is the real one. */
class ToponymRecognizerTest {

    private static final Gazetteer GAZETTEER = Places.gazetteer();
    private static final ToponymRecognizer RECOGNIZER = new ToponymRecognizer(GAZETTEER,
        Places.abbreviations(GAZETTEER), ActorKnowledge.builtIn());

    private static List<Toponym> find(String... tagged) {
        TaggedText t = TaggedText.of(tagged);
        return RECOGNIZER.find(t.sentences, t.text, t.noActors());
    }

    /** "text:kind:rule" of each toponym, in text order. */
    private static String found(String... tagged) {
        TaggedText t = TaggedText.of(tagged);
        return RECOGNIZER.find(t.sentences, t.text, t.noActors()).stream()
            .map(x -> x.span().of(t.text) + ":" + x.kind() + ":" + x.rule()).collect(Collectors.joining(" "));
    }

    @Test
    void state_adjectives_are_adjectival_and_ner_locations_literal() {
        assertEquals("Syrian:adjectival:state Idlib:literal:ner",
            found("Syrian/JJ rebels/NNS in/IN Idlib/NNP/LOCATION attacked/VBD ./."));
    }

    @Test
    void a_name_ner_missed_is_a_place_after_a_locative_preposition_only() {
        assertEquals("Kidal:literal:gazetteer", found("Fighting/NN resumed/VBD in/IN Kidal/NNP ./."));
        assertEquals("", found("Kidal/NNP said/VBD nothing/NN ./."), "a small town with no cue around it is no place");
    }

    @Test
    void people_are_not_places() {
        assertEquals("", found("Jordan/NNP/PERSON scored/VBD ./."), "Jordan the person");
        assertEquals("Jordan:literal:state", found("Jordan/NNP/LOCATION closed/VBD its/PRP$ border/NN ./."));
        assertEquals("Idlib:literal:gazetteer", found("Protesters/NNS in/IN Idlib/NNP/PERSON marched/VBD ./."),
            "a lone 'person' after 'in' that the gazetteer knows as a city is a place");
        assertEquals("", found("a/DT letter/NN from/IN Kidal/NNP/PERSON came/VBD ./."));
    }

    @Test
    void newspapers_named_after_places_are_not_places() {
        assertEquals("", found("The/DT Washington/NNP/ORGANIZATION Post/NNP/ORGANIZATION reported/VBD ./."));
        assertEquals("", found("the/DT Washington/NNP/LOCATION Post/NNP reported/VBD ./."),
            "NER often leaves the newspaper's last word out");
    }

    @Test
    void places_inside_the_names_of_public_bodies_are_places() {
        assertEquals("Kentucky:literal:gazetteer",
            found("the/DT Kentucky/NNP/ORGANIZATION Department/NNP/ORGANIZATION of/IN/ORGANIZATION Education/NNP/ORGANIZATION said/VBD"));
        assertEquals("Fargo:literal:gazetteer", found("Fargo/NNP Mayor/NNP Dennis/NNP/PERSON Walaker/NNP/PERSON said/VBD"));
    }

    @Test
    void streets_named_after_places_are_not_places() {
        assertEquals("", found("the/DT fire/NN at/IN 6016/CD Dublin/NNP Road/NNP spread/VBD"));
    }

    @Test
    void the_longest_name_wins() {
        assertEquals("New Mexico:literal:ner", found("He/PRP lives/VBZ in/IN New/NNP/LOCATION Mexico/NNP/LOCATION ./."));
        assertEquals("Europe:literal:ner", found("refugees/NNS came/VBD to/TO Europe/NNP/LOCATION"));
    }

    @Test
    void a_division_abbreviation_after_a_place_qualifies_it() {
        List<Toponym> t = find("Alexandria/NNP/LOCATION ,/, La./NNP ,/, was/VBD quiet/JJ");
        assertEquals(2, t.size(), t.toString());
        assertEquals("abbreviation", t.get(1).rule());
        assertEquals(Places.LOUISIANA, t.get(1).fixed());
        assertEquals(1, t.get(0).qualifier(), "La. qualifies Alexandria");
        assertEquals("", found("La./NNP vie/NN est/VBZ belle/JJ"), "'La.' alone is not Louisiana");
        assertEquals("Ky.:literal:abbreviation", found("the/DT Ky./NNP Supreme/NNP Court/NNP ruled/VBD"));
    }

    @Test
    void a_us_postal_code_after_a_place_and_a_comma_is_its_state() {
        List<Toponym> t = find("Paris/NNP/LOCATION ,/, TX/NNP is/VBZ small/JJ");
        assertEquals("postal-code", t.get(1).rule());
        assertEquals(Places.TEXAS, t.get(1).fixed());
        assertEquals(1, t.get(0).qualifier());
    }

    @Test
    void parts_of_hyphenated_words_are_places() {
        assertEquals("Egyptian:adjectival:state US:literal:state",
            found("Egyptian-US/JJ relations/NNS improved/VBD"));
        assertEquals("Fargo:literal:gazetteer Moorhead:literal:gazetteer",
            found("the/DT river/NN crests/VBZ in/IN Fargo-Moorhead/NNP/LOCATION"));
    }

    @Test
    void names_before_counties_are_counties() {
        List<Toponym> t = find("fires/NNS in/IN Eastland/NNP and/CC Callahan/NNP counties/NNS");
        assertEquals(List.of("Eastland County", "Callahan County"), t.stream().map(Toponym::name).toList());
        assertEquals(Toponym.Cue.DIVISION, t.get(0).cue());
    }

    @Test
    void a_name_found_once_is_a_place_everywhere_in_the_article() {
        assertEquals("Fargo:literal:gazetteer Fargo:literal:same-name",
            found("Sandbags/NNS piled/VBD up/RP in/IN Fargo/NNP ./.", "Fargo/NNP had/VBD a/DT good/JJ day/NN ./."));
    }

    @Test
    void a_dateline_is_a_town_and_the_makes_a_name_definite() {
        List<Toponym> t = find("ALEXANDRIA/NNP/LOCATION --/: A/DT man/NN was/VBD arrested/VBN");
        assertEquals(Toponym.Cue.TOWN, t.get(0).cue());
        assertTrue(find("tension/NN in/IN the/DT Gulf/NNP/LOCATION rose/VBD").get(0).definite());
        assertTrue(!find("the/DT Dublin/NNP/LOCATION surgeon/NN said/VBD").get(0).definite(),
            "'the' belongs to 'surgeon' here");
    }

    @Test
    void native_american_is_not_a_place() {
        assertEquals("American:adjectival:state", found("an/DT American/JJ flag/NN"));
        assertEquals("", found("Native/JJ American/JJ artifacts/NNS"));
        assertTrue(found("Native/JJ American/JJ artifacts/NNS").isEmpty());
        assertEquals(PlaceMention.ADJECTIVAL, find("an/DT American/JJ flag/NN").get(0).kind());
    }
    @Test
    void names_joined_to_a_place_in_a_list_are_places_even_when_taken_for_people() {
        assertEquals("Fargo:literal:ner Moorhead:literal:list",
            found("Residents/NNS in/IN Fargo/NNP/LOCATION and/CC Moorhead/NNP/PERSON were/VBD safe/JJ ./."));
        assertEquals("Savannah:literal:list Atlanta:literal:ner",
            found("Savannah/NNP and/CC Atlanta/NNP/LOCATION braced/VBD for/IN rain/NN ./."), "a list read leftwards");
        assertEquals("Dallas:literal:ner Fargo:literal:list Moorhead:literal:ner",
            found("Lawmakers/NNS from/IN Dallas/NNP/LOCATION ,/, Fargo/NNP/PERSON and/CC Moorhead/NNP/LOCATION came/VBD"));
    }

    @Test
    void a_joined_name_is_no_place_beside_a_country_a_lone_comma_or_inside_an_organisation() {
        assertEquals("Syria:literal:state", found("Syria/NNP/LOCATION and/CC Kidal/NNP/PERSON agreed/VBD ./."),
            "a person beside a country is a person: 'Iran and Rouhani'");
        assertEquals("Fargo:literal:ner", found("In/IN Fargo/NNP/LOCATION ,/, Kidal/NNP/PERSON said/VBD no/DT ./."),
            "a comma that does not go on into a list joins nothing");
        assertEquals("Fargo:literal:gazetteer", found("the/DT Fargo/NNP/ORGANIZATION and/CC/ORGANIZATION"
            + " Moorhead/NNP/ORGANIZATION Alliance/NNP/ORGANIZATION met/VBD"), "one organisation's name, not a list");
    }

    @Test
    void a_town_taken_for_a_person_is_a_place_after_residents_of_or_a_woman_from() {
        assertEquals("Kidal:literal:gazetteer", found("Residents/NNS of/IN Kidal/NNP/PERSON fled/VBD ./."));
        assertEquals("Kidal:literal:gazetteer", found("A/DT woman/NN from/IN Kidal/NNP/PERSON was/VBD hurt/VBN ./."));
        assertEquals("", found("a/DT letter/NN from/IN Kidal/NNP/PERSON came/VBD ./."), "a sender, not a home");
    }

    @Test
    void a_town_before_a_person_noun_after_a_or_a_number_is_where_they_live() {
        assertEquals("Moorhead:literal:gazetteer", found("A/DT Moorhead/NNP woman/NN was/VBD hurt/VBN ./."));
        assertEquals("Moorhead:literal:gazetteer", found("Police/NNS arrested/VBD two/CD Moorhead/NNP men/NNS ./."));
        assertEquals("", found("She/PRP met/VBD the/DT Moorhead/NNP family/NN ./."), "a surname");
    }

    @Test
    void a_capitalised_article_opening_the_sentence_is_not_part_of_the_name() {
        assertEquals("Kentucky:literal:gazetteer", found("The/DT Kentucky/NNP/ORGANIZATION State/NNP/ORGANIZATION"
            + " Police/NNP/ORGANIZATION said/VBD"));
    }

    @Test
    void a_us_highway_is_not_the_united_states() {
        assertEquals("Fargo:literal:gazetteer",
            found("a/DT crash/NN on/IN U.S./NNP/LOCATION 61/CD/NUMBER near/IN Fargo/NNP ./."));
        assertEquals("Fargo:literal:gazetteer",
            found("a/DT crash/NN on/IN U.S./NNP Highway/NNP 61/CD/NUMBER near/IN Fargo/NNP ./."));
    }

    @Test
    void a_newspaper_is_no_place_but_a_state_news_agency_names_its_state() {
        assertEquals("", found("the/DT Paris/NNP/ORGANIZATION News/NNP/ORGANIZATION reported/VBD"));
        assertEquals("Turkey:literal:state", found("the/DT Turkey/NNP/ORGANIZATION News/NNP/ORGANIZATION"
            + " Agency/NNP/ORGANIZATION reported/VBD"));
    }

    @Test
    void a_name_before_counties_is_a_county_even_where_ner_found_it() {
        List<Toponym> t = find("fires/NNS in/IN Eastland/NNP/LOCATION and/CC Callahan/NNP counties/NNS");
        assertEquals(List.of("Eastland County", "Callahan County"), t.stream().map(Toponym::name).toList());
    }
    @Test
    void names_before_counties_are_counties_even_when_taken_for_people() {
        List<Toponym> t = find("fires/NNS in/IN Eastland/NNP/PERSON and/CC Callahan/NNP counties/NNS");
        assertEquals(List.of("Eastland County", "Callahan County"), t.stream().map(Toponym::name).toList());
    }

    @Test
    void a_town_taken_for_a_person_is_a_place_before_police_or_between_a_and_man() {
        assertEquals("Fargo:literal:gazetteer", found("Fargo/NNP/PERSON police/NNS arrested/VBD two/CD men/NNS ./."));
        assertEquals("Moorhead:literal:gazetteer", found("Police/NNS charged/VBD a/DT Moorhead/NNP/PERSON man/NN ./."));
        assertEquals("", found("Police/NNS charged/VBD Moorhead/NNP/PERSON ./."), "no cue: a person");
    }

    /** The NER tag of each token after the retagging before the actor stage, e.g. "Fargo/LOCATION police/O". */
    private static String retagged(String tagged) {
        TaggedText t = TaggedText.of(tagged);
        return RECOGNIZER.retagPlacesTakenForPeople(t.sentences.get(0), t.text).tokens().stream()
            .map(k -> k.word() + "/" + k.ner()).collect(Collectors.joining(" "));
    }

    @Test
    void the_retagging_before_the_actor_stage_follows_the_same_rule_as_the_place_stage() {
        assertEquals("Protesters/O in/O Idlib/LOCATION marched/O ./O",
            retagged("Protesters/NNS in/IN Idlib/NNP/PERSON marched/VBD ./."));
        assertEquals("Residents/O of/O Kidal/LOCATION fled/O ./O", retagged("Residents/NNS of/IN Kidal/NNP/PERSON fled/VBD ./."),
            "'residents of' asks for a town of 1,000, in both stages");
        assertEquals("Fargo/LOCATION police/O arrested/O two/O men/O ./O",
            retagged("Fargo/NNP/PERSON police/NNS arrested/VBD two/CD men/NNS ./."));
        assertEquals("Police/O charged/O a/O Moorhead/LOCATION man/O ./O",
            retagged("Police/NNS charged/VBD a/DT Moorhead/NNP/PERSON man/NN ./."));
        assertEquals("Police/O charged/O Moorhead/PERSON ./O", retagged("Police/NNS charged/VBD Moorhead/NNP/PERSON ./."),
            "no cue: a person");
        assertEquals("a/O letter/O from/O Kidal/PERSON came/O ./O", retagged("a/DT letter/NN from/IN Kidal/NNP/PERSON came/VBD ./."),
            "a sender, not a home");
    }

    @Test
    void a_name_going_on_after_a_connector_is_one_place_though_ner_took_its_end_for_a_person() {
        assertEquals("A/O man/O was/O stabbed/O in/O Newcastle/LOCATION upon/LOCATION Tyne/LOCATION ./O",
            retagged("A/DT man/NN was/VBD stabbed/VBN in/IN Newcastle/NNP/LOCATION upon/IN Tyne/NNP/PERSON ./."));
        TaggedText t = TaggedText.of("A/DT man/NN was/VBD stabbed/VBN in/IN Newcastle/NNP/LOCATION upon/IN Tyne/NNP/PERSON ./.");
        List<Toponym> found = RECOGNIZER.find(List.of(RECOGNIZER.retagPlacesTakenForPeople(t.sentences.get(0), t.text)),
            t.text, t.noActors());
        assertEquals("Newcastle upon Tyne:ner", found.stream().map(x -> x.span().of(t.text) + ":" + x.rule())
            .collect(Collectors.joining(" ")), "one location entity");
        assertEquals("Troops/O moved/O into/O Rostov/LOCATION on/LOCATION Don/LOCATION ./O",
            retagged("Troops/NNS moved/VBD into/IN Rostov/NNP/LOCATION on/IN Don/NNP/PERSON ./."),
            "an English name of a large town counts");
        assertEquals("Talks/O in/O Newcastle/LOCATION on/O Smith/PERSON ./O",
            retagged("Talks/NNS in/IN Newcastle/NNP/LOCATION on/IN Smith/NNP/PERSON ./."),
            "no place of that whole name: a person");
        assertEquals("Rallies/O in/O Newcastle/LOCATION upon/O Tyne/PERSON Smith/PERSON ./O",
            retagged("Rallies/NNS in/IN Newcastle/NNP/LOCATION upon/IN Tyne/NNP/PERSON Smith/NNP/PERSON ./."),
            "the person's name must end the run of capitalised words");
    }

    @Test
    void where_a_group_s_people_are_is_a_place_though_the_group_s_mention_holds_it() {
        TaggedText t = TaggedText.of("Hamas/NNP/ORGANIZATION fighters/NNS in/IN Idlib/NNP/LOCATION fired/VBD rockets/NNS ./.");
        org.dyad.model.Actor hamas = new org.dyad.model.Actor("Hamas", "PSEREBHMS", "PSE", "REB", org.dyad.model.Actor.Kind.GROUP);
        org.dyad.actor.Mention m = new org.dyad.actor.Mention(0, 0, 4, 1, hamas, new org.dyad.model.Span(0, 25), null,
            "dictionary", null, true);
        assertEquals("Idlib", RECOGNIZER.find(t.sentences, t.text, List.of(List.of(m))).stream()
            .map(x -> x.span().of(t.text)).collect(Collectors.joining(" ")));
        TaggedText u = TaggedText.of("the/DT Islamic/NNP/ORGANIZATION State/NNP/ORGANIZATION in/IN/ORGANIZATION Idlib/NNP/ORGANIZATION said/VBD");
        org.dyad.actor.Mention n = new org.dyad.actor.Mention(0, 1, 5, 2, hamas, new org.dyad.model.Span(4, 29), null,
            "dictionary", null, false);
        assertEquals("", RECOGNIZER.find(u.sentences, u.text, List.of(List.of(n))).stream()
            .map(x -> x.span().of(u.text)).collect(Collectors.joining(" ")), "a place inside the group's own name");
    }

    @Test
    void a_transliterated_name_with_a_hyphenated_article_is_one_name() {
        assertEquals("Deir ez-Zor:literal:gazetteer", found("Aid/NN reached/VBD civilians/NNS in/IN Deir/NNP ez-Zor/NNP ./."));
        assertEquals("Deir al-Zor:literal:gazetteer", found("the/DT siege/NN of/IN Deir/NNP al-Zor/NNP ended/VBD ./."),
            "an alternate name of a town of 20,000, where the words say it is a place");
        assertEquals("", found("Deir/NNP al-Zor/NNP said/VBD nothing/NN ./."), "an alternate name with no cue is no place");
    }

    @Test
    void a_town_taken_for_a_person_is_a_place_after_fled() {
        assertEquals("Idlib:literal:gazetteer", found("Thousands/NNS flee/VBP Idlib/NNP/PERSON ./."),
            "(the fixture's lemma is the lower-cased word)");
    }

    @Test
    void a_word_of_institutions_names_that_a_village_bears_is_no_place_in_such_a_name() {
        assertEquals("", found("The/DT Supreme/NNP Court/NNP ruled/VBD ./."), "Supreme, Louisiana");
        assertEquals("", found("A/DT judge/NN of/IN the/DT Superior/NNP Court/NNP ruled/VBD ./."));
        assertEquals("Superior:literal:gazetteer", found("A/DT fire/NN broke/VBD out/RP in/IN Superior/NNP ./."),
            "the town, where the words say it is a place");
    }

    @Test
    void a_day_after_on_ends_the_name_before_it() {
        assertEquals("Maarat al-Numan:literal:gazetteer",
            found("Jets/NNS struck/VBD near/IN Maarat/NNP al-Numan/NNP on/IN Monday/NNP ./."));
        assertEquals("Khan Sheikhoun:literal:gazetteer",
            found("Fighting/NN resumed/VBD in/IN Khan/NNP Sheikhoun/NNP on/IN Tuesday/NNP ./."));
    }

    @Test
    void a_two_word_town_taken_for_a_person_is_a_place_where_the_words_say_so() {
        assertEquals("Khan Sheikhoun:literal:gazetteer",
            found("Protesters/NNS in/IN Khan/NNP/PERSON Sheikhoun/NNP/PERSON marched/VBD ./."));
        assertEquals("", found("Khan/NNP/PERSON Sheikhoun/NNP/PERSON marched/VBD ./."), "no cue: a person");
        assertEquals("", found("Protesters/NNS in/IN Sussex/NNP/PERSON Smith/NNP/PERSON 's/POS town/NN marched/VBD ./."),
            "a person's full name is no town's");
    }

    @Test
    void a_division_word_ner_took_into_the_location_leaves_the_name_a_place() {
        assertEquals("Borno:literal:gazetteer",
            found("Farmers/NNS in/IN Borno/NNP/LOCATION state/NN/LOCATION protested/VBD ./."));
        assertEquals("", found("Farmers/NNS in/IN Borno/NNP/LOCATION Valley/NNP/LOCATION protested/VBD ./."),
            "a capitalised word after it makes another name");
    }

    @Test
    void a_states_name_inside_a_river_lake_or_landform_name_is_no_place() {
        assertEquals("", found("Fishermen/NNS fled/VBD the/DT shores/NNS of/IN Lake/NNP Chad/NNP ./."));
        assertEquals("", found("Gunmen/NNS attacked/VBD a/DT pipeline/NN in/IN the/DT Niger/NNP/LOCATION Delta/NNP/LOCATION ./."));
        assertEquals("", found("Settlers/NNS farmed/VBD in/IN the/DT Jordan/NNP Valley/NNP ./."));
        assertEquals("", found("Rebels/NNS ambushed/VBD a/DT boat/NN on/IN the/DT Congo/NNP River/NNP ./."));
        assertEquals("Chad:literal:state", found("Troops/NNS returned/VBD to/TO Chad/NNP/LOCATION ./."),
            "without the landform word, the state");
    }
}
