package org.dyad.event;

import org.junit.jupiter.api.Test;

import static org.dyad.event.EventAssertions.assertCodes;
import static org.dyad.event.EventAssertions.assertModality;
import static org.dyad.event.EventAssertions.assertNoEvent;

/** Hand-written sentences, one mechanism each: roots, arguments, voice, compounds, nouns, modality. */
class EventCoderTest {

    // one sentence per CAMEO root

    @Test
    void statement() {
        assertCodes("Iran said on Monday that it would resume uranium enrichment.", "IRN", "01", "*");
    }

    @Test
    void appeal() {
        assertCodes("Lebanon appealed to France for humanitarian aid.", "LBN", "02", "FRA");
    }

    @Test
    void intent_to_cooperate() {
        assertCodes("Germany pledged to provide economic aid to Ukraine.", "DEU", "03", "UKR");
        assertNoEvent("Germany pledged to provide economic aid to Ukraine.", "07");
    }

    @Test
    void consult() {
        assertCodes("The Japanese foreign minister met his Chinese counterpart in Beijing.", "JPNGOV", "04", "CHNGOV");
    }

    @Test
    void mediation_is_not_coded_back_from_the_parties() {
        org.dyad.model.CodedArticle a = org.dyad.CoderFixture.code("Norway mediated between Sudan and South Sudan.");
        assertCodes(a, "mediation", "NOR", "045", "SDN");
        long back = a.events().stream().filter(e -> e.cameo().startsWith("04") && e.target() != null
            && e.target().code().equals("NOR")).count();
        org.junit.jupiter.api.Assertions.assertEquals(0, back, "the parties do not mediate Norway: " + a.events());
    }

    @Test
    void one_event_per_dyad_code_and_modality_in_a_sentence() {
        org.dyad.model.CodedArticle a = org.dyad.CoderFixture.code(
            "The United States imposed sanctions on Venezuelan officials and their families.");
        long sanctions = a.events().stream().filter(e -> e.cameo().equals("163")).count();
        org.junit.jupiter.api.Assertions.assertEquals(1, sanctions, "two mentions of one actor, one event: " + a.events());
        a = org.dyad.CoderFixture.code("A gunman shot and wounded two policemen in Karachi.");
        long shootings = a.events().stream().filter(e -> e.cameo().startsWith("19")).count();
        org.junit.jupiter.api.Assertions.assertEquals(1, shootings, "shot and wounded is one shooting: " + a.events());
    }

    @Test
    void diplomatic_cooperation() {
        assertCodes("Brazil praised Argentina for its economic reforms.", "BRA", "05", "ARG");
    }

    @Test
    void material_cooperation() {
        assertCodes("Colombia extradited the drug lord to the United States.", "COL", "063", "*");
    }

    @Test
    void aid() {
        assertCodes("Norway sent humanitarian aid to Somalia.", "NOR", "07", "SOM");
    }

    @Test
    void yield() {
        assertCodes("Israel released 20 Palestinian prisoners.", "ISR", "08", "PSE");
    }

    @Test
    void investigate() {
        assertCodes("Kenyan police investigated the ministry of health.", "KENCOP", "09", "---GOV");
    }

    @Test
    void demand() {
        assertCodes("Turkey demanded that Greece withdraw its troops.", "TUR", "10", "*");
    }

    @Test
    void disapprove() {
        assertCodes("China criticized Japan over the visit.", "CHN", "11", "JPN");
    }

    @Test
    void reject() {
        assertCodes("North Korea rejected the proposal from South Korea.", "PRK", "12", "*");
    }

    @Test
    void threaten() {
        assertCodes("Russia threatened Ukraine with new sanctions.", "RUS", "13", "UKR");
    }

    @Test
    void protest() {
        assertCodes("Thousands of Egyptian protesters demonstrated against the government.", "EGYOPP", "14", "---GOV");
    }

    @Test
    void force_posture() {
        assertCodes("India mobilized troops along its border with Pakistan.", "IND", "15", "*");
    }

    @Test
    void reduce_relations() {
        assertCodes("Morocco severed diplomatic ties with Iran.", "MAR", "16", "IRN");
    }

    @Test
    void coerce() {
        assertCodes("Turkish police arrested three Syrian refugees.", "TURCOP", "17", "SYRREF");
    }

    @Test
    void assault() {
        assertCodes("Gunmen abducted two Nigerian students.", "---UAF", "18", "NGAEDU");
    }

    @Test
    void fight() {
        assertCodes("Israeli troops shelled Gaza.", "ISRMIL", "19", "PSE");
    }

    @Test
    void mass_violence() {
        assertCodes("Syria used chemical weapons against rebels.", "SYR", "20", "---REB");
    }

    // arguments

    @Test
    void domestic_sector_actor_takes_the_one_state_named_in_its_sentence() {
        assertCodes("Police arrested dozens of protesters in Caracas, Venezuelan officials said.", "VENCOP", "173", "VENOPP");
        // a government may thank another state: it does not take that state
        assertCodes("The government expressed gratitude to China for its assistance.", "---GOV", "*", "CHN");
    }

    @Test
    void passive_voice_takes_the_by_agent_as_source() {
        assertCodes("Ukraine was attacked by Russia.", "RUS", "19", "UKR");
    }

    @Test
    void compound_targets_give_one_event_each() {
        assertCodes("France criticized the United States and Russia.", "FRA", "11", "USA");
        assertCodes("France criticized the United States and Russia.", "FRA", "11", "RUS");
    }

    @Test
    void compound_sources_give_one_event_each() {
        assertCodes("Egypt and Jordan condemned Israel.", "EGY", "11", "ISR");
        assertCodes("Egypt and Jordan condemned Israel.", "JOR", "11", "ISR");
    }

    @Test
    void nominal_event_takes_possessor_as_source() {
        assertCodes("Russia's air strikes on Aleppo killed dozens.", "RUS", "195", "SYR"); // a place attacked stands for its state
    }

    @Test
    void nominal_event_takes_adjective_as_source_and_preposition_as_target() {
        assertCodes("Saudi air strikes on Houthi rebels continued.", "SAU", "195", "YEMREBHTH");
    }

    @Test
    void sector_noun_with_actor_attached_is_composed() {
        assertCodes("Turkey attacked the opponents of the Syrian government.", "TUR", "19", "SYROPP");
    }

    @Test
    void capital_stands_for_the_government() {
        // both capitals: the sanctions' agent is whom the condemnation is aimed at
        assertCodes("Moscow condemned the sanctions imposed by Washington.", "RUSGOV", "11", "USAGOV");
    }

    @Test
    void reported_speech_codes_the_reported_event() {
        assertCodes("The minister said Iraqi troops attacked the rebels.", "IRQMIL", "19", "---REB");
    }

    @Test
    void reported_obligation_is_a_demand_or_appeal() {
        assertCodes("The French president said Iran must release the prisoners.", "FRAGOV", "10", "IRN");
        assertCodes("The French president said Iran should negotiate with the inspectors.", "FRAGOV", "02", "IRN");
    }

    // modality

    @Test
    void negated_event_is_not_asserted() {
        assertNoEvent("Pakistan did not attack India.", "19");
        assertModality("Pakistan did not attack India.", "19", "negated");
    }

    @Test
    void future_event_is_marked_future() {
        assertModality("China will send aid to Nepal.", "07", "future");
    }

    @Test
    void conditional_event_is_hypothetical() {
        assertNoEvent("If Iran attacks Israel, the United States will respond.", "19");
    }

    @Test
    void wanted_event_is_not_asserted() {
        assertNoEvent("Venezuela wants to attack Guyana.", "19");
    }

    @Test
    void refusal_codes_reject_not_the_refused_event() {
        assertNoEvent("Israel refused to meet Hamas negotiators.", "04");
        assertCodes("Israel refused to meet Hamas negotiators.", "ISR", "12", "PSEREBHMS");
    }

    @Test
    void threat_codes_threaten_not_the_threatened_event() {
        assertCodes("North Korea threatened to attack South Korea.", "PRK", "13", "KOR");
        assertNoEvent("North Korea threatened to attack South Korea.", "19");
    }

    @Test
    void a_longer_pattern_without_a_target_takes_the_target_of_a_shorter_one_of_its_code() {
        // "host meeting" wins over "host {T}"; the guest is still the target
        assertCodes("Kenyan President Uhuru Kenyatta hosted Ugandan President Yoweri Museveni for an informal meeting.",
            "KENGOV", "043", "UGAGOV");
    }

    @Test
    void preparing_to_resume_an_attack_is_no_attack_yet() {
        assertNoEvent("The army prepared to resume shelling the city.", "19");
        assertCodes("The Kenyan army prepared to resume shelling the rebel camps.", "KENMIL", "150", "---REB");
    }

    @Test
    void rejecting_someones_call_targets_them() {
        assertCodes("Hungary rejected calls by Romania's leaders for new talks.", "HUN", "12", "ROUGOV");
    }

    @Test
    void a_threat_to_act_on_someone_targets_them() {
        assertCodes("The Kenyan rebels threatened to deliver heavy blows to Uganda.", "KENREB", "13", "UGA");
    }

    @Test
    void a_nominal_event_given_to_someone_targets_them() {
        assertCodes("Norway gave Malawi a grant for new schools.", "NOR", "07", "MWI");
    }

    @Test
    void a_threat_of_something_against_someone_targets_them() {
        assertCodes("Iran threatened tough measures against Azerbaijan.", "IRN", "13", "AZE");
    }

    @Test
    void a_threat_to_do_something_has_the_target_and_kind_of_the_threatened_act() {
        assertCodes("Turkey threatened on Tuesday to sever diplomatic relations with Israel.", "TUR", "1313", "ISR");
    }

    @Test
    void an_act_passed_on_as_hearsay_stays_asserted_with_less_confidence() {
        String plain = "Russian jets bombed a hospital in Aleppo.";
        String alleged = "Russian jets allegedly bombed a hospital in Aleppo.";
        double said = confidence(plain, "195");
        double hearsay = confidence(alleged, "195");
        org.junit.jupiter.api.Assertions.assertTrue(hearsay <= said - 0.2 + 1e-9,
            "\"" + alleged + "\": confidence " + hearsay + ", expected 0.2 below the plain sentence's " + said);
        assertCodes(alleged, "RUS", "195", "SYRHLH");
    }

    private static double confidence(String sentence, String code) {
        return org.dyad.CoderFixture.code(sentence).events().stream()
            .filter(e -> e.cameo().equals(code) && e.asserted())
            .mapToDouble(e -> e.evidence().confidence()).max()
            .orElseThrow(() -> new AssertionError("\"" + sentence + "\": no asserted " + code + " event"));
    }
}
