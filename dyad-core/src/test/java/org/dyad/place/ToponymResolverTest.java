package org.dyad.place;

import org.dyad.actor.ActorKnowledge;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Toponym resolution on hand-tagged articles and a small gazetteer: which entry each name gets, and why. */
class ToponymResolverTest {

    private static final Gazetteer GAZETTEER = Places.gazetteer();
    private static final PlaceFinder FINDER = new PlaceFinder(GAZETTEER, Places.abbreviations(GAZETTEER),
        ActorKnowledge.builtIn());

    private static List<PlaceFinder.Found> resolve(String... tagged) {
        TaggedText t = TaggedText.of(tagged);
        return FINDER.find(t.sentences, t.text, t.noActors());
    }

    /** The place (name, country and admin1) given to the first mention of {@code name}. */
    private static String placeOf(String name, String... tagged) {
        TaggedText t = TaggedText.of(tagged);
        List<PlaceFinder.Found> found = FINDER.find(t.sentences, t.text, t.noActors());
        return found.stream().filter(f -> f.toponym().span().of(t.text).equals(name)).findFirst()
            .map(f -> f.place().name() + "/" + f.place().country() + "." + f.place().admin1() + "/" + f.place().featureCode())
            .orElse("not found in " + found.stream().map(f -> f.toponym().name()).collect(Collectors.joining(",")));
    }

    @Test
    void a_qualifier_decides() {
        assertEquals("Alexandria/USA.LA/PPLA2", placeOf("Alexandria", "He/PRP lives/VBZ in/IN Alexandria/NNP/LOCATION ,/, La./NNP ./."));
        assertEquals("Antalya/TUR.07/PPLA", placeOf("Antalya", "They/PRP met/VBD in/IN Antalya/NNP/LOCATION ,/, Turkey/NNP/LOCATION ./."));
    }

    @Test
    void the_reading_a_qualifier_gave_holds_for_the_whole_article() {
        List<PlaceFinder.Found> f = resolve("A/DT fire/NN in/IN Alexandria/NNP/LOCATION ,/, La./NNP ,/, spread/VBD ./.",
            "Alexandria/NNP/LOCATION firefighters/NNS came/VBD ./.");
        assertEquals(List.of("LA", "LA"), f.stream().filter(x -> x.place().name().equals("Alexandria"))
            .map(x -> x.place().admin1()).toList());
    }

    @Test
    void without_context_the_most_populous_reading_wins() {
        assertEquals("Paris/FRA.11/PPLC", placeOf("Paris", "She/PRP flew/VBD to/TO Paris/NNP/LOCATION ./."));
        assertEquals("Alexandria/EGY.06/PPLA", placeOf("Alexandria", "Alexandria/NNP/LOCATION is/VBZ old/JJ ./."));
    }

    @Test
    void the_article_division_and_neighbours_decide() {
        assertEquals("Paris/USA.TX/PPLA2", placeOf("Paris", "Storms/NNS hit/VBD Texas/NNP/LOCATION ./.",
            "Roofs/NNS fell/VBD in/IN Dallas/NNP/LOCATION and/CC Paris/NNP/LOCATION ./."));
    }

    @Test
    void a_state_of_an_article_about_another_country_is_its_division() {
        assertEquals("Georgia/USA.GA/ADM1", placeOf("Georgia", "Atlanta/NNP/LOCATION and/CC Savannah/NNP/LOCATION grew/VBD ./.",
            "Georgia/NNP/LOCATION is/VBZ booming/VBG ./.", "Taxes/NNS in/IN Texas/NNP/LOCATION fell/VBD ./."));
        assertEquals("Georgia/GEO.null/PCLI", placeOf("Georgia", "Georgia/NNP/LOCATION held/VBD elections/NNS ./."));
    }

    @Test
    void a_division_own_name_beats_the_state_alias() {
        assertEquals("England/GBR.ENG/ADM1", placeOf("England", "Fog/NN covered/VBD England/NNP/LOCATION ./."));
        assertEquals("Mexico/MEX.null/PCLI", placeOf("Mexico", "Leaders/NNS from/IN Mexico/NNP/LOCATION came/VBD ./."),
            "but a state's own name is the state, though one of its divisions has it too");
    }

    @Test
    void a_city_comes_before_its_namesake_province_unless_the_text_says_province() {
        assertEquals("Antalya/TUR.07/PPLA", placeOf("Antalya", "The/DT summit/NN in/IN Antalya/NNP/LOCATION ended/VBD ./."));
        assertEquals("Antalya/TUR.07/ADM1", placeOf("Antalya", "the/DT province/NN of/IN Antalya/NNP/LOCATION"));
    }

    @Test
    void ambiguous_names_take_the_readings_that_lie_together() {
        // each alone is Columbus, Ohio and Harris County, Texas; together they are neighbours in Georgia
        assertEquals("Columbus/USA.OH/PPLA", placeOf("Columbus", "The/DT trial/NN opened/VBD in/IN Columbus/NNP/LOCATION ./."));
        String[] story = {"The/DT trial/NN opened/VBD in/IN Columbus/NNP/LOCATION ./.",
            "The/DT killings/NNS were/VBD in/IN Harris/NNP/LOCATION County/NNP/LOCATION ./."};
        assertEquals("Columbus/USA.GA/PPLA2", placeOf("Columbus", story));
        assertEquals("Harris County/USA.GA/ADM2", placeOf("Harris County", story));
    }

    @Test
    void a_region_named_with_the_is_found_without_it_as_a_modifier() {
        assertEquals("Persian Gulf/null.null/RGN", placeOf("Gulf", "Iran/NNP/LOCATION lost/VBD its/PRP$ Gulf/NNP/LOCATION war/NN ./."));
    }

    @Test
    void counties_resolve_by_their_state() {
        assertEquals("Walker County/USA.TX/ADM2", placeOf("Walker County",
            "Rain/NN fell/VBD in/IN Walker/NNP/LOCATION County/NNP/LOCATION ,/, Texas/NNP/LOCATION ./."));
        assertEquals("Walker County/USA.GA/ADM2", placeOf("Walker County", "Atlanta/NNP/LOCATION voted/VBD ./.",
            "Walker/NNP/LOCATION County/NNP/LOCATION did/VBD too/RB ./."));
    }

    @Test
    void after_the_a_name_is_no_town() {
        assertEquals("Persian Gulf/null.null/RGN", placeOf("Gulf", "Tension/NN in/IN the/DT Gulf/NNP/LOCATION rose/VBD ./."));
        assertEquals("not found in ", placeOf("White House", "the/DT White/NNP/LOCATION House/NNP/LOCATION said/VBD ./."));
    }

    @Test
    void adjectives_and_abbreviations_are_decided_by_themselves() {
        List<PlaceFinder.Found> f = resolve("Syrian/JJ troops/NNS entered/VBD Ky./NNP ./.");
        assertEquals(List.of("Syria:state", "Kentucky:abbreviation"),
            f.stream().map(x -> x.place().name() + ":" + x.resolvedBy()).toList());
    }
    @Test
    void a_town_whose_qualifier_holds_none_of_its_readings_is_left_unresolved() {
        List<PlaceFinder.Found> f = resolve("Stores/NNS opened/VBD in/IN Kidal/NNP/LOCATION ,/, Texas/NNP/LOCATION ./.",
            "Kidal/NNP/LOCATION shoppers/NNS came/VBD ./.");
        assertEquals(List.of("Texas"), f.stream().map(x -> x.place().name()).toList(),
            "no Kidal lies in Texas: the Malian one would be wrong");
        assertEquals("Syria/SYR.null/PCLI", placeOf("Syria", "Syria/NNP/LOCATION ,/, Turkey/NNP/LOCATION and/CC"
            + " Egypt/NNP/LOCATION met/VBD ./."), "a list of countries is no qualifier that rules a country out");
    }

    @Test
    void a_state_named_qualifier_reads_as_the_division_that_holds_the_town() {
        assertEquals("Atlanta/USA.GA/PPLA", placeOf("Atlanta", "Stores/NNS opened/VBD in/IN Idlib/NNP/LOCATION and/CC"
            + " Atlanta/NNP/LOCATION ,/, Georgia/NNP/LOCATION ./."));
        assertEquals("Georgia/USA.GA/ADM1", placeOf("Georgia", "Stores/NNS opened/VBD in/IN Idlib/NNP/LOCATION and/CC"
            + " Atlanta/NNP/LOCATION ,/, Georgia/NNP/LOCATION ./."));
    }
    private static final String[] TEXAS_STORY = {"Storms/NNS hit/VBD Dallas/NNP/LOCATION and/CC Texas/NNP/LOCATION ./.",
        "Texas/NNP/LOCATION roads/NNS closed/VBD near/IN Paris/NNP/LOCATION and/CC Dallas/NNP/LOCATION ./."};

    @Test
    void a_small_foreign_town_only_the_gazetteer_found_in_a_story_about_one_country_is_left_out() {
        List<PlaceFinder.Found> f = resolve(TEXAS_STORY[0], TEXAS_STORY[1], "Kidal/NNP Police/NNP said/VBD nothing/NN ./.");
        assertEquals(List.of(), f.stream().filter(x -> x.place().name().equals("Kidal")).toList(),
            "a name the gazetteer shares with a Malian town, in a Texas story");
        f = resolve(TEXAS_STORY[0], TEXAS_STORY[1], "Kidal/NNP/LOCATION Police/NNP said/VBD nothing/NN ./.");
        assertEquals(1, f.stream().filter(x -> x.place().name().equals("Kidal")).count(), "CoreNLP found a location");
        f = resolve(TEXAS_STORY[0], TEXAS_STORY[1], "Malian/JJ officials/NNS came/VBD ./.",
            "Kidal/NNP Police/NNP said/VBD nothing/NN ./.");
        assertEquals(1, f.stream().filter(x -> x.place().name().equals("Kidal")).count(), "the story names Mali");
    }

    @Test
    void a_city_and_its_province_both_known_by_an_alternate_name_read_as_the_city() {
        // GeoNames names them Ar Raqqah and Ar-Raqqah; "Raqqa" is an alternate name of both
        assertEquals("Ar Raqqah/SYR.04/PPLA", placeOf("Raqqa",
            "Kurdish/JJ fighters/NNS pushed/VBD into/IN Raqqa/NNP/LOCATION ./."));
        assertEquals("Ar-Raqqah/SYR.04/ADM1", placeOf("Raqqa",
            "Kurdish/JJ fighters/NNS pushed/VBD into/IN Raqqa/NNP/LOCATION province/NN ./."));
    }

    @Test
    void a_foreign_village_coreNLP_found_in_a_story_about_one_country_is_kept_below_the_placing_confidence() {
        List<PlaceFinder.Found> f = resolve("Militants/NNS attacked/VBD Maiduguri/NNP/LOCATION in/IN Borno/NNP/LOCATION ,/, Nigeria/NNP/LOCATION ./.",
            "Troops/NNS were/VBD sent/VBN from/IN Maiduguri/NNP/LOCATION to/TO Baga/NNP/LOCATION ./.");
        PlaceFinder.Found baga = f.stream().filter(x -> x.toponym().name().equals("Baga")).findFirst().orElseThrow();
        assertEquals("stray", baga.resolvedBy(), "a Spanish village's name in a Nigerian story");
        assertEquals(0.5, baga.confidence(), 1e-9);
        f = resolve("Troops/NNS were/VBD sent/VBN to/TO Baga/NNP/LOCATION ./.");
        assertEquals("population", f.get(0).resolvedBy(), "no story around it: the gazetteer's reading stands");
    }

    @Test
    void a_province_named_with_its_word_does_not_make_the_bare_name_a_province() {
        String[] story = {"Fighters/NNS advanced/VBD into/IN Raqqa/NNP/LOCATION province/NN ./.",
            "They/PRP took/VBD villages/NNS north/RB of/IN Raqqa/NNP/LOCATION ./."};
        List<PlaceFinder.Found> f = resolve(story);
        assertEquals("Ar-Raqqah/ADM1 Ar Raqqah/PPLA", f.stream().filter(x -> x.toponym().name().equals("Raqqa"))
            .map(x -> x.place().name() + "/" + x.place().featureCode()).collect(Collectors.joining(" ")));
    }

    @Test
    void a_name_with_a_division_word_is_never_the_town_when_a_division_has_the_name() {
        List<PlaceFinder.Found> f = resolve("Protesters/NNS in/IN Antalya/NNP/LOCATION defied/VBD the/DT governor/NN of/IN"
            + " Antalya/NNP/LOCATION province/NN ./.");
        PlaceFinder.Found province = f.get(f.size() - 1);
        assertEquals("ADM1", province.place().featureCode());
        assertEquals(0.95, province.confidence(), 1e-9, "the town is no reading of 'Antalya province'");
        assertEquals("PPLA", f.get(0).place().featureCode(), "the bare name is the town");
    }

    @Test
    void a_world_famous_place_known_by_its_exonym_beats_small_namesakes() {
        assertEquals("Tadmur/SYR.11/PPLA2", placeOf("Palmyra",
            "Militants/NNS blew/VBD up/RP a/DT temple/NN in/IN Palmyra/NNP/LOCATION ./."));
        assertEquals("Palmyra/USA.PA/PPL", placeOf("Palmyra",
            "A/DT barn/NN burned/VBD in/IN Palmyra/NNP/LOCATION ,/, Pennsylvania/NNP/LOCATION ./."),
            "a qualifier still decides");
    }

    @Test
    void an_old_local_alternate_name_does_not_beat_the_towns_that_bear_it() {
        assertEquals(false, GAZETTEER.isExonym(Places.MASON_OH, "Palmyra"), "one spelling only: an old name");
        assertEquals(true, GAZETTEER.isExonym(Places.TADMUR, "Palmyra"));
        assertEquals(false, GAZETTEER.isExonym(Places.TADMUR, "Tadmor"), "a spelling of its own name is no exonym");
    }

    @Test
    void a_name_listed_with_a_province_is_the_province() {
        assertEquals("Quebec/CAN.10/PPLA", placeOf("Quebec", "Tourists/NNS visited/VBD Quebec/NNP/LOCATION ./."),
            "alone, the city");
        assertEquals("Quebec/CAN.10/ADM1", placeOf("Quebec",
            "Snow/NN closed/VBD schools/NNS in/IN Ontario/NNP/LOCATION and/CC Quebec/NNP/LOCATION ./."));
        assertEquals("Quebec/CAN.10/ADM1", placeOf("Quebec",
            "Ontario/NNP/LOCATION ,/, Quebec/NNP/LOCATION and/CC Alberta/NNP/LOCATION voted/VBD ./."));
        assertEquals("Quebec/CAN.10/PPLA", placeOf("Quebec",
            "Flights/NNS from/IN Montreal/NNP/LOCATION and/CC Quebec/NNP/LOCATION were/VBD cancelled/VBN ./."),
            "listed with a city, the city");
    }

    @Test
    void a_qualifier_is_the_division_it_was_read_as() {
        List<PlaceFinder.Found> f = resolve("A/DT tornado/NN struck/VBD Moore/NNP/LOCATION ,/, Oklahoma/NNP/LOCATION ./.",
            "Shelters/NNS opened/VBD in/IN Norman/NNP/LOCATION and/CC Edmond/NNP/LOCATION ./.");
        assertEquals("Oklahoma/ADM1", f.stream().filter(x -> x.toponym().name().equals("Oklahoma"))
            .map(x -> x.place().name() + "/" + x.place().featureCode()).findFirst().orElseThrow(),
            "not Oklahoma City, though it lies near Moore and Norman");
    }

    @Test
    void a_division_yields_to_its_seat_that_holds_half_its_people_by_an_alternate_name() {
        assertEquals("Chattogram/BGD.84/PPLA", placeOf("Chittagong",
            "A/DT ferry/NN sank/VBD near/IN Chittagong/NNP/LOCATION ./."));
    }

    @Test
    void a_town_inside_the_chosen_county_leaves_no_doubt() {
        GazetteerEntry basilan = new GazetteerEntry(1726404, "Basilan", "Basilan", "PHL", "14", "22", 6.5, 122.06, "A", "ADM2", 142_318);
        GazetteerEntry isabela = new GazetteerEntry(1710519, "City of Isabela", "City of Isabela", "PHL", "14", "22", 6.7, 121.97, "P", "PPLA2", 67_336);
        Gazetteer g = Gazetteer.builder().add(basilan).add(isabela, "Basilan").build();
        PlaceFinder finder = new PlaceFinder(g, Places.abbreviations(g), ActorKnowledge.builtIn());
        TaggedText t = TaggedText.of("Police/NNS in/IN Basilan/NNP/LOCATION arrested/VBD two/CD men/NNS ./.");
        PlaceFinder.Found f = finder.find(t.sentences, t.text, t.noActors()).get(0);
        assertEquals("Basilan/ADM2", f.place().name() + "/" + f.place().featureCode());
        assertEquals(0.95, f.confidence(), "the province or its city, which GeoNames also calls Basilan: either way there");
    }

    /** The confidence of the first mention of {@code name}. */
    private static double confidenceOf(String name, String... tagged) {
        TaggedText t = TaggedText.of(tagged);
        return FINDER.find(t.sentences, t.text, t.noActors()).stream()
            .filter(f -> f.toponym().span().of(t.text).equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError(name + " not found")).confidence();
    }

    @Test
    void a_populous_county_against_small_towns_abroad_is_sure_enough_to_place_actors() {
        String[] sussex = {"Police/NNS in/IN Sussex/NNP/LOCATION arrested/VBD two/CD men/NNS ./."};
        assertEquals("Sussex/GBR.ENG/ADM2", placeOf("Sussex", sussex));
        assertTrue(confidenceOf("Sussex", sussex) >= 0.7, "1.8 million people against 11,000 in Wisconsin: "
            + confidenceOf("Sussex", sussex));
        String[] cornwall = {"Police/NNS in/IN Cornwall/NNP/LOCATION arrested/VBD two/CD men/NNS ./."};
        assertEquals("Cornwall/GBR.ENG/ADM2", placeOf("Cornwall", cornwall));
        assertTrue(confidenceOf("Cornwall", cornwall) >= 0.7, "403,000 against Cornwall, Ontario's 49,000: "
            + confidenceOf("Cornwall", cornwall));
        assertTrue(confidenceOf("Cornwall", cornwall) < 0.8, "the share alone makes no division context for others");
    }

    @Test
    void a_division_against_its_own_capital_gains_nothing_from_people() {
        assertEquals(0.5, confidenceOf("Oaxaca", "Protesters/NNS in/IN Oaxaca/NNP/LOCATION marched/VBD ./."), 0.2,
            "the state of Oaxaca or its capital: the place is unsure (its state is not)");
        TaggedText t = TaggedText.of("Protesters/NNS in/IN Oaxaca/NNP/LOCATION marched/VBD ./.");
        PlaceFinder.Found oaxaca = FINDER.find(t.sentences, t.text, t.noActors()).get(0);
        assertTrue(oaxaca.stateConfidence() >= 0.9, "either reading is in Mexico: " + oaxaca.stateConfidence());
        TaggedText s = TaggedText.of("Police/NNS in/IN Sussex/NNP/LOCATION arrested/VBD two/CD men/NNS ./.");
        PlaceFinder.Found sussex = FINDER.find(s.sentences, s.text, s.noActors()).get(0);
        assertEquals(sussex.confidence(), sussex.stateConfidence(), 1e-9, "its rivals lie in other states");
    }

    @Test
    void a_district_the_gazetteer_lacks_is_its_namesake_seat() {
        assertEquals("Pulwama/IND.12/PPLA2", placeOf("Pulwama",
            "Militants/NNS attacked/VBD a/DT convoy/NN in/IN Pulwama/NNP/LOCATION district/NN ./."),
            "a district the gazetteer lacks is its namesake seat's place");
    }

    @Test
    void a_town_far_larger_than_its_namesakes_is_sure_enough_to_place_actors() {
        List<PlaceFinder.Found> f = resolve("Police/NNS in/IN Perth/NNP/LOCATION arrested/VBD two/CD men/NNS ./.");
        assertEquals("AUS", f.get(0).place().country());
        assertTrue(f.get(0).stateConfidence() >= 0.7, "Perth, Western Australia holds 97% of the Perths' people: "
            + f.get(0).stateConfidence());
        assertTrue(f.get(0).confidence() < 0.8, "but the share alone is below the confidence of context: " + f.get(0).confidence());
    }

    @Test
    void towns_with_the_name_as_a_minor_alternate_do_not_dilute_the_share_but_divisions_do() {
        List<PlaceFinder.Found> f = resolve("Police/NNS in/IN Limerick/NNP/LOCATION charged/VBD a/DT teenager/NN ./.");
        assertEquals("IRL", f.get(0).place().country());
        assertTrue(f.get(0).stateConfidence() >= 0.7, "San Ramon, California, is no Limerick of news: " + f.get(0).stateConfidence());
    }

    @Test
    void mount_and_a_name_is_the_mountain_or_its_region_not_an_american_town_unless_the_story_is_american() {
        assertEquals("Mont-Liban/LBN.05/ADM1",
            placeOf("Mount Lebanon", "Fighters/NNS gathered/VBD in/IN Mount/NNP/LOCATION Lebanon/NNP/LOCATION ./."));
        assertEquals("not found in ", placeOf("Mount Sinai",
            "Pilgrims/NNS climbed/VBD Mount/NNP/LOCATION Sinai/NNP/LOCATION ./."), "the mountain, which the gazetteer lacks");
        assertEquals("Mount Lebanon/USA.PA/PPL", placeOf("Mount Lebanon",
            "Storms/NNS hit/VBD Pennsylvania/NNP/LOCATION ./.",
            "Roofs/NNS fell/VBD in/IN Mount/NNP/LOCATION Lebanon/NNP/LOCATION ./."));
        assertEquals("Mount Lebanon/USA.PA/PPL", placeOf("Mount Lebanon",
            "Police/NNS in/IN Mount/NNP/LOCATION Lebanon/NNP/LOCATION ,/, Pennsylvania/NNP/LOCATION ,/, said/VBD ./."));
    }

    @Test
    void the_division_word_says_whose_division_a_shared_name_is() {
        assertEquals("Punjab/PAK.04/ADM1", placeOf("Punjab", "Farmers/NNS in/IN Punjab/NNP/LOCATION province/NN protested/VBD ./."));
        assertEquals("Punjab/IND.23/ADM1", placeOf("Punjab", "Farmers/NNS in/IN Punjab/NNP/LOCATION state/NN protested/VBD ./."),
            "India's divisions are states, though Pakistan's Punjab has more people");
        assertEquals("Punjab/IND.23/ADM1", placeOf("Punjab",
            "the/DT government/NN of/IN the/DT state/NN of/IN Punjab/NNP/LOCATION resigned/VBD ./."));
        assertTrue(resolve("Farmers/NNS in/IN Punjab/NNP/LOCATION province/NN protested/VBD ./.").get(0).stateConfidence() >= 0.7,
            "sure enough to place the farmers");
    }
}
