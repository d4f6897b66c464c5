package org.dyad.actor;

import org.dyad.CoderFixture;
import org.dyad.model.ActorMention;
import org.dyad.model.CodedArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/** Actor mentions as the whole coder resolves them, one mechanism per test. */
class ActorRecognizerTest {

    static void assertActor(String text, LocalDate date, String surface, String code) {
        CodedArticle a = CoderFixture.code(text, date);
        for (ActorMention m : a.mentions()) {
            if (m.span().of(a.article().text()).equals(surface) && m.actor().code().equals(code)) {
                return;
            }
        }
        fail("\"" + text + "\": expected \"" + surface + "\" as " + code + ", got " + a.mentions().stream()
            .map(m -> "\"" + m.span().of(a.article().text()) + "\"=" + m.actor().code() + "/" + m.resolvedBy())
            .collect(Collectors.joining(", ")));
    }

    static void assertActor(String text, String surface, String code) {
        assertActor(text, LocalDate.of(2015, 11, 15), surface, code);
    }

    /** No mention in the text takes a code beginning with {@code prefix}. */
    static void assertNoActorCoded(String text, String prefix) {
        CodedArticle a = CoderFixture.code(text, LocalDate.of(2016, 6, 15));
        for (ActorMention m : a.mentions()) {
            if (m.actor().code().startsWith(prefix)) {
                fail("\"" + text + "\": expected no " + prefix + " actor, got \"" + m.span().of(a.article().text()) + "\"="
                    + m.actor().code() + "/" + m.resolvedBy());
            }
        }
    }

    @Test
    void a_state_adjective_that_begins_the_name_of_a_place_elsewhere_is_not_the_state() {
        assertNoActorCoded("British Columbia Finance Minister Mike de Jong criticised the federal budget.", "GBR");
        assertNoActorCoded("Wildfires forced thousands of people to flee their homes in British Columbia.", "GBR");
        assertNoActorCoded("Police in British Columbia arrested three men after a shooting in Surrey.", "GBR");
        // a nationality before a place is still the state's; a state's name before a body's name is its body
        assertActor("The Afghan National Army killed 20 Taliban fighters in Helmand.", LocalDate.of(2016, 6, 15),
            "Afghan National Army", "AFGMIL");
        assertActor("British Prime Minister David Cameron met Angela Merkel in Berlin.", LocalDate.of(2016, 6, 15),
            "British Prime Minister David Cameron", "GBRGOV");
    }

    @Test
    void title_before_the_name_gives_the_role_over_the_dictionary() {
        assertActor("European Council President Donald Tusk spoke in Brussels.", "European Council President Donald Tusk", "IGOEUREEC");
        assertActor("President of the European Council Donald Tusk spoke.", "President of the European Council Donald Tusk", "IGOEUREEC");
        assertActor("Russian Foreign Minister Sergei Lavrov arrived.", "Russian Foreign Minister Sergei Lavrov", "RUSGOV");
    }

    @Test
    void a_noun_before_an_unknown_name_is_its_sector() {
        assertActor("Egyptian activist Samir Abdel-Nour was freed on Monday.", "Egyptian activist Samir Abdel-Nour", "EGYOPP");
        // "militant" before a name is often tagged as an adjective
        assertActor("Pakistan deported Canadian militant Omar Farooq Malik to Canada.", "Canadian militant Omar Farooq Malik", "CANREB");
    }

    @Test
    void unknown_person_is_coded_from_title_alone() {
        assertActor("Syrian Defence Minister Ahmad Qabbani visited the front.", "Syrian Defence Minister Ahmad Qabbani", "SYRGOV");
    }

    @Test
    void the_same_name_codes_differently_in_different_years() {
        assertActor("Tusk spoke to reporters.", LocalDate.of(2010, 5, 1), "Tusk", "POLGOV");
        assertActor("Tusk spoke to reporters.", LocalDate.of(2016, 5, 1), "Tusk", "IGOEUREEC");
    }

    @Test
    void a_bare_surname_inside_a_place_name_is_no_person() {
        // "Park" is a bare surname of Park Geun-hye, President of South Korea in 2015
        assertActor("President Park met Obama in Seoul.", "President Park", "KORGOV");
        CodedArticle a = CoderFixture.code("Police closed a road in Rego Park in Queens on Tuesday.", LocalDate.of(2015, 11, 15));
        for (ActorMention m : a.mentions()) {
            if (m.span().of(a.article().text()).contains("Park")) {
                fail("\"Rego Park\" is a place, got the actor " + m.actor().code() + " for \"" + m.span().of(a.article().text()) + "\"");
            }
        }
    }

    @Test
    void a_gendered_title_picks_the_person_of_that_gender() {
        CodedArticle a = CoderFixture.code("Mrs Clinton said Russia interfered. Mr Clinton said nothing.", LocalDate.of(2016, 12, 16));
        String names = a.mentions().stream().map(m -> m.span().of(a.article().text()) + "=" + m.actor().name())
            .collect(Collectors.joining(", "));
        org.junit.jupiter.api.Assertions.assertTrue(names.contains("Mrs Clinton=Hillary Clinton") || names.contains("Clinton=Hillary Clinton"), names);
        org.junit.jupiter.api.Assertions.assertTrue(names.contains("Clinton=Bill Clinton"), names);
    }

    @Test
    void a_surname_after_another_given_name_is_another_person() {
        // "Johnson" alone is Boris Johnson, Foreign Secretary in 2016; "Kevin Johnson" is not
        CodedArticle a = CoderFixture.code("Starbucks is led by its chief executive Kevin Johnson. Mr Johnson praised the deal.",
            LocalDate.of(2016, 12, 16));
        for (ActorMention m : a.mentions()) {
            if (m.actor().name().equals("Boris Johnson")) {
                fail("\"" + m.span().of(a.article().text()) + "\" taken for Boris Johnson");
            }
        }
        assertActor("Syrian President Bashar Assad met reporters. Assad said the talks went well.", LocalDate.of(2016, 12, 16),
            "Assad", "SYRGOV");
    }

    @Test
    void forces_loyal_to_someone_are_of_that_persons_state() {
        assertActor("Troops loyal to Gaddafi shelled the port.", LocalDate.of(2011, 4, 1), "Troops", "LBYMIL");
    }

    @Test
    void forces_loyal_to_a_stateless_leader_take_the_state_his_description_names() {
        // al-Qaeda has no state; "Yemen's al-Qaeda chief" places its chief and the fighters loyal to him
        assertActor("Fighters loyal to Yemen's al-Qaeda chief Nasir Ahmed stormed a prison.", LocalDate.of(2014, 3, 1),
            "Fighters", "YEMREB");
        assertActor("Fighters loyal to Yemen's al-Qaeda chief Nasir Ahmed stormed a prison.", LocalDate.of(2014, 3, 1),
            "Yemen's al-Qaeda chief Nasir Ahmed", "YEMREBAQD");
    }

    @Test
    void ethnic_nationals_are_a_people_not_their_state() {
        assertActor("Ethnic Russians in Estonia protested.", "Ethnic Russians", "ESTrus");
        assertActor("Ethnic Hungarians in Slovakia rallied in Bratislava.", "Ethnic Hungarians", "SVKhun");
        assertActor("Thousands of ethnic Ukrainians fled.", "Ukrainians", "---ukr");
    }

    @Test
    void an_unknown_civil_body_is_a_non_governmental_organisation() {
        assertActor("The Independent Monitoring Committee accused the army of shelling villages.",
            "Independent Monitoring Committee", "NGO");
        assertActor("The Egyptian Organization for Human Rights said police tortured detainees.",
            "Egyptian Organization for Human Rights", "EGYNGO");
        assertActor("An aid group said 40 people died.", "aid group", "NGO");
        // the places in such a name stay places
        String text = "Members of the Ohio Farmers Association gathered in Columbus on Monday.";
        CodedArticle a = CoderFixture.code(text, LocalDate.of(2015, 11, 15));
        assertActor(text, "Ohio Farmers Association", "NGO");
        org.junit.jupiter.api.Assertions.assertTrue(a.places().stream().anyMatch(p -> p.place().name().equals("Ohio")),
            "Ohio is a place: " + a.places());
    }

    @Test
    void a_states_branch_of_an_international_group_is_coded_in_that_state() {
        assertActor("Syria's al-Qaeda claimed the bombing.", LocalDate.of(2014, 3, 1), "Syria's al-Qaeda", "SYRREBAQD");
        // a group with a state of its own keeps its code
        assertActor("Lebanon's Hezbollah fired rockets.", LocalDate.of(2014, 3, 1), "Lebanon's Hezbollah", "LBNREBHEZ");
    }

    @Test
    void a_groups_members_of_its_own_sector_are_the_group() {
        // "fighters" are rebels, which Hezbollah's code already says: not LBNREBHEZREB
        assertActor("Hezbollah's fighters fired rockets.", LocalDate.of(2014, 3, 1), "Hezbollah's fighters", "LBNREBHEZ");
    }

    @Test
    void pronouns_take_the_state_the_context_gave_their_antecedent() {
        CodedArticle a = CoderFixture.code("Gunmen loyal to Mali's al-Qaeda chief stormed a hotel. They killed two guards.",
            LocalDate.of(2015, 11, 15));
        String they = a.mentions().stream().filter(m -> m.span().of(a.article().text()).equals("They"))
            .map(m -> m.actor().code()).findFirst().orElse("none");
        org.junit.jupiter.api.Assertions.assertEquals("MLIUAF", they);
    }

    @Test
    void an_office_holder_without_a_state_takes_the_one_state_outside_his_dealings() {
        assertActor("Planning Minister Nguyen Van Tho said Laos would lower its import tariffs.", "Planning Minister Nguyen Van Tho",
            "LAOGOV");
        // the state he deals with is the other side, not his own
        assertActor("Trade Minister Nguyen Van Tho criticised China on Monday.", "Trade Minister Nguyen Van Tho", "---GOV");
        // circumstances are not the other side: "despite pressure by" a body of that state
        assertActor("Deputy Prime Minister Ali Hassan declined to resign despite pressure by the Kenya Anti-Corruption Commission.",
            "Deputy Prime Minister Ali Hassan", "KENGOV");
        // with two candidate states nothing is guessed
        assertActor("Planning Minister Nguyen Van Tho said Laos and Cambodia will trade more.", "Planning Minister Nguyen Van Tho",
            "---GOV");
    }

    @Test
    void a_state_name_with_a_slip_of_the_pen_is_that_state() {
        assertActor("Keyna closed its border on Monday.", "Keyna", "KEN");
        assertActor("Camerroon's president flew to Paris.", "Camerroon's president", "CMRGOV");
        // places one consonant away from a state are themselves, not that state
        CodedArticle a = CoderFixture.code("Snow fell across Siberia and Prussia.", LocalDate.of(2015, 11, 15));
        for (ActorMention m : a.mentions()) {
            fail("no actor expected, got \"" + m.span().of(a.article().text()) + "\"=" + m.actor().code());
        }
    }

    @Test
    void domestic_actors_are_of_the_state_they_act_in() {
        // two states in the sentence: the one after "in" is where the students are
        assertActor("Hundreds of students protested in Kenya against the visit of Chinese officials.", "students", "KENEDU");
    }

    @Test
    void a_led_force_is_the_leading_states() {
        assertActor("Saudi-led forces bombed the port.", "Saudi-led forces", "SAUMIL");
    }

    @Test
    void secretaries_of_state_offices_are_government() {
        assertActor("Australian Defence Secretary John Smithers visited Jakarta.", "Australian Defence Secretary John Smithers", "AUSGOV");
    }

    @Test
    void state_and_sector_compose() {
        assertActor("The Syrian opposition boycotted the talks.", "Syrian opposition", "SYROPP");
        assertActor("Syrian rebels shelled the town.", "Syrian rebels", "SYRREB");
        assertActor("Israeli troops entered the village.", "Israeli troops", "ISRMIL");
    }

    @Test
    void person_with_sector_noun_is_that_persons_state() {
        assertActor("Assad forces shelled the town.", "Assad forces", "SYRMIL");
        assertActor("The Assad regime denied the claims.", "Assad regime", "SYRGOV");
    }

    @Test
    void capitals_and_seats_of_power_stand_for_the_government() {
        assertActor("Moscow rejected the claims.", "Moscow", "RUSGOV");
        assertActor("The Kremlin rejected the claims.", "Kremlin", "RUSGOV");
        assertActor("The Pentagon announced new deployments.", "Pentagon", "USAMIL");
    }

    @Test
    void armed_group_aliases_are_one_actor() {
        assertActor("DAESH claimed the attack.", "DAESH", "IMGREBISL");
        assertActor("Islamic State claimed the attack.", "Islamic State", "IMGREBISL");
        assertActor("ISIL claimed the attack.", "ISIL", "IMGREBISL");
    }

    @Test
    void pronoun_links_to_the_last_person() {
        assertActor("Donald Tusk arrived in Antalya. He said the talks were useful.", "He", "IGOEUREEC");
    }

    static void assertNoActor(String text, String surface) {
        CodedArticle a = CoderFixture.code(text, LocalDate.of(2016, 6, 15));
        for (ActorMention m : a.mentions()) {
            if (m.span().of(a.article().text()).equals(surface)) {
                fail("\"" + text + "\": \"" + surface + "\" should be no actor, got " + m.actor().code() + "/" + m.resolvedBy());
            }
        }
    }

    @Test
    void a_state_inside_the_name_of_a_sea_is_no_actor() {
        assertNoActor("The U.S. Navy sent a destroyer into the South China Sea.", "China");
        assertNoActor("North Korea fired a missile into the Sea of Japan.", "Japan");
        assertActor("Japan protested to China.", "China", "CHN");
    }

    @Test
    void state_media_and_companies_are_the_states_sectors() {
        assertActor("Xinhua said the talks had ended.", "Xinhua", "CHNMED");
        assertActor("Gazprom raised its prices.", "Gazprom", "RUSBUS");
    }

    @Test
    void companies_and_news_organisations_are_their_headquarters_states_business_and_media() {
        assertActor("Exxon Mobil signed a deal with Qatar.", "Exxon Mobil", "USABUS");
        assertActor("Reuters reported that the talks had collapsed.", "Reuters", "GBRMED");
        // the adjective inside the name is no state, the title inside the name no general
        assertActor("Royal Dutch Shell said it would leave Nigeria.", "Royal Dutch Shell", "GBRBUS");
        assertNoActor("Royal Dutch Shell said it would leave Nigeria.", "Dutch");
        assertActor("General Motors will close a plant in South Korea.", "General Motors", "USABUS");
        assertNoActor("General Motors will close a plant in South Korea.", "General");
        // a company's noun composes with it; its state places no one else
        assertActor("Turkish authorities arrested a Reuters journalist.", "Reuters journalist", "GBRMED");
        assertActor("Police raided the BBC office in Moscow.", "Police", "RUSCOP");
    }

    @Test
    void a_one_word_company_name_is_no_person_place_or_ordinary_word() {
        assertActor("Ford will cut 3,000 jobs in Germany.", "Ford", "USABUS");
        assertNoActor("Harrison Ford criticised the government.", "Ford");
        assertActor("Amazon agreed to pay a fine to Luxembourg.", "Amazon", "USABUS");
        assertNoActor("Shell fire killed three civilians in the village.", "Shell");
        assertActor("Shell said it would sell its stake.", "Shell", "GBRBUS");
    }

    @Test
    void the_company_refers_back_to_a_named_company() {
        assertActor("Samsung will build a chip plant in Vietnam, the company said.", "company", "KORBUS");
    }

    @Test
    void a_capitalised_field_joins_a_ministry() {
        assertActor("The Egyptian Foreign Ministry summoned the envoy.", "Egyptian Foreign Ministry", "EGYGOV");
    }

    @Test
    void the_countrys_forces_belong_to_the_state_named_before() {
        assertActor("Pakistan's army chief said the country's armed forces were ready.", "armed forces", "PAKMIL");
        assertActor("Turkey's prime minister said his government would act.", "government", "TURGOV");
    }

    @Test
    void the_leaders_of_a_faith_speak_for_it() {
        assertActor("Sunni leaders condemned the attack.", "Sunni leaders", "---SUN");
    }

    @Test
    void another_states_body_of_the_same_name_is_the_sector_noun() {
        assertActor("The Nigerian Senate rejected the nominee.", "Nigerian Senate", "NGALEG");
        assertActor("The Senate rejected the nominee.", "Senate", "USALEG");
    }

    @Test
    void a_name_capitalised_in_the_dictionary_is_no_name_in_lower_case() {
        // "Islamic State" the group; "an Islamic state" a state governed by Islamic law
        assertNoActor("Clerics called for a strict Islamic state in northern Nigeria.", "Islamic state");
        assertNoActor("Rebels in Libya want to set up an Islamic state.", "Islamic state");
        assertActor("The Islamic State claimed the attack.", "Islamic State", "IMGREBISL");
        // a headline in capitals keeps its names
        assertActor("ISLAMIC STATE CLAIMS ATTACK IN BAGHDAD", "ISLAMIC STATE", "IMGREBISL");
        // a later capitalised word is enough: "the Popular Mobilization forces"
        assertActor("Kurdish fighters clashed with the Popular Mobilization forces near Kirkuk.", "Popular Mobilization forces", "IRQUAFPMF");
    }

    @Test
    void a_news_organisations_name_that_is_a_surname_is_the_organisation_where_it_reports() {
        assertActor("Bloomberg reported that Saudi Arabia will cut oil output.", "Bloomberg", "USAMED");
        assertActor("Saudi Arabia plans to cut oil output, Bloomberg reported on Monday.", "Bloomberg", "USAMED");
        assertActor("The Saudi oil minister told Bloomberg that output would be cut.", "Bloomberg", "USAMED");
        assertActor("According to Bloomberg, Iran has resumed oil exports.", "Bloomberg", "USAMED");
        assertActor("Iran criticised a Bloomberg report on its oil exports.", "Bloomberg", "USAMED");
        assertNoActor("Bloomberg said he would spend his own money on the campaign.", "Bloomberg");
    }
}
