package org.dyad.place;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gazetteer's matching and ordering on small hand-made fixtures; no GeoNames data needed. */
class GazetteerTest {

    // fixture places: made-up ids, approximate coordinates
    private static final GazetteerEntry PARIS_FR = place(1, "Paris", "FRA", "11", 48.85, 2.35, "PPLC", 2_138_551);
    private static final GazetteerEntry PARIS_TX = place(2, "Paris", "USA", "TX", 33.66, -95.56, "PPLA2", 24_782);
    private static final GazetteerEntry SAO_PAULO = place(3, "São Paulo", "BRA", "27", -23.55, -46.63, "PPLA", 12_400_000);
    private static final GazetteerEntry GEORGIA = new GazetteerEntry(10, "Georgia", "Georgia", "GEO", null, null,
        42.2, 43.5, "A", "PCLI", 2_400_000);
    private static final GazetteerEntry GEORGIA_US = admin1(11, "Georgia", "USA", "GA", 32.7, -83.4, 4_700_000);
    private static final GazetteerEntry ANTALYA_PROVINCE = admin1(20, "Antalya", "TUR", "07", 37.1, 30.9, 2_391_266);
    private static final GazetteerEntry ANTALYA = place(21, "Antalya", "TUR", "07", 36.9, 30.7, "PPLA", 1_344_000);
    private static final GazetteerEntry WASHINGTON_STATE = admin1(30, "Washington", "USA", "WA", 47.4, -120.5, 6_300_000);
    private static final GazetteerEntry WASHINGTON_DC = place(31, "Washington", "USA", "DC", 38.9, -77.04, "PPLC", 689_545);
    private static final GazetteerEntry KYIV_CITY = admin1(40, "Kyiv City", "UKR", "12", 50.45, 30.52, 2_813_339);
    private static final GazetteerEntry KYIV = place(41, "Kyiv", "UKR", "12", 50.45, 30.52, "PPLC", 2_797_553);
    private static final GazetteerEntry SAINT_LOUIS = place(50, "Saint Louis", "USA", "MO", 38.63, -90.2, "PPL", 301_578);
    private static final GazetteerEntry RAS_AL_AYN = place(60, "Ra's al 'Ayn", "SYR", "06", 36.85, 40.07, "PPL", 29_347);
    private static final GazetteerEntry MIDDLE_EAST = new GazetteerEntry(0, "Middle East", "Middle East", null, null,
        null, 29.0, 45.0, "L", "RGN", 0);

    private final Gazetteer gazetteer = Gazetteer.builder()
        .add(PARIS_TX).add(PARIS_FR).add(SAO_PAULO)
        .add(GEORGIA_US).add(GEORGIA)
        .add(ANTALYA_PROVINCE, "Antalya Province").add(ANTALYA, "Adalia")
        .add(WASHINGTON_STATE).add(WASHINGTON_DC, "Washington, D.C.")
        .add(KYIV_CITY, "Kiev").add(KYIV, "Kiev")
        .add(SAINT_LOUIS).add(RAS_AL_AYN).add(MIDDLE_EAST, "Mideast")
        .build();

    @Test
    void normalise_ignores_case_accents_hyphens_apostrophes_and_dots() {
        assertEquals("sao paulo", Gazetteer.normalise("SÃO  PAULO"));
        assertEquals("ras al ayn", Gazetteer.normalise("Ra's al-'Ayn"));
        assertEquals("ras al ayn", Gazetteer.normalise("Ra’s al ʻAyn"));
        assertEquals("washington dc", Gazetteer.normalise("Washington, D.C."));
        assertEquals("lodz", Gazetteer.normalise("Łódź"));
        assertEquals("strasse", Gazetteer.normalise("Straße"));
        assertEquals("trinidad and tobago", Gazetteer.normalise("Trinidad & Tobago"));
        assertEquals("", Gazetteer.normalise(" -- "));
    }

    @Test
    void normalise_reads_st_mt_and_ft_as_saint_mount_and_fort() {
        assertEquals("saint louis", Gazetteer.normalise("St. Louis"));
        assertEquals("port saint lucie", Gazetteer.normalise("Port St Lucie"));
        assertEquals("sainte foy", Gazetteer.normalise("Ste-Foy"));
        assertEquals("mount vernon", Gazetteer.normalise("Mt. Vernon"));
        assertEquals("fort worth", Gazetteer.normalise("Ft. Worth"));
        assertEquals("stanley", Gazetteer.normalise("Stanley"), "only whole words are abbreviations");
    }

    @Test
    void lookup_matches_any_spelling_of_a_name() {
        assertEquals(List.of(SAO_PAULO), gazetteer.lookup("sao paulo"));
        assertEquals(List.of(SAINT_LOUIS), gazetteer.lookup("St. Louis"));
        assertEquals(List.of(RAS_AL_AYN), gazetteer.lookup("Ras al-Ayn"));
        assertEquals(List.of(ANTALYA), gazetteer.lookup("ADALIA"), "alternate names are found too");
        assertEquals(List.of(WASHINGTON_DC), gazetteer.lookup("Washington DC"));
        assertEquals(List.of(), gazetteer.lookup("Atlantis"));
        assertEquals(List.of(), gazetteer.lookup(""));
    }

    @Test
    void arabic_names_are_found_by_any_romanisation_of_the_article_and_doubled_letters() {
        GazetteerEntry maarat = place(70, "Ma`arrat an Nu`man", "SYR", "12", 35.65, 36.68, "PPLA2", 0);
        GazetteerEntry raqqa = place(71, "Ar Raqqah", "SYR", "04", 35.95, 39.01, "PPLA", 177_636);
        GazetteerEntry elsewhere = place(72, "Mill Hill", "GBR", "ENG", 51.6, -0.23, "PPL", 1_000);
        Gazetteer g = Gazetteer.of(List.of(maarat, raqqa, elsewhere, place(73, "Numan", "NGA", "01", 9.47, 12.03, "PPL", 77_617)));
        assertEquals(List.of(maarat), g.lookup("Maarat al-Numan"), "an-Nu'man is al-Numan; Maarrat is Maarat");
        assertEquals(List.of(maarat), g.lookup("Ma'arat al Nu'man"));
        assertEquals(List.of(raqqa), g.lookup("al-Raqqa"), "ar-Raqqah is al-Raqqa");
        assertTrue(g.isName("Maarat al-Numan"));
        assertTrue(Gazetteer.isOwnName(maarat, Gazetteer.normalise("Maarat al-Numan")));
        assertEquals(List.of(), g.lookup("Raqqa"), "a word of under six letters: no spelling key, a bare name needs GeoNames' alternate");
        GazetteerEntry hudaydah = place(74, "Al Hudaydah", "YEM", "08", 14.8, 42.95, "PPLA", 617_871);
        Gazetteer y = Gazetteer.builder().add(hudaydah, "Hodeida", "Hudaida").build();
        assertEquals(List.of(hudaydah), y.lookup("Hodeidah"), "one word of six letters or more: a final 'ah' is 'a'");
        assertEquals(List.of(hudaydah), y.lookup("Huddaidah"), "and doubled letters single");
        assertEquals(List.of(), g.lookup("Mil Hil"), "only places of Arabic-speaking states are matched so");
        assertEquals(List.of(), g.lookup("Maarat al-Numans"));
    }

    @Test
    void a_name_of_two_parts_joined_by_and_is_found_without_it() {
        GazetteerEntry sistan = new GazetteerEntry(75, "Sistan and Baluchestan", "Sistan and Baluchestan", "IRN", "04", null,
            27.5, 60.5, "A", "ADM1", 2_500_000);
        Gazetteer g = Gazetteer.of(List.of(sistan));
        assertEquals(List.of(sistan), g.lookup("Sistan-Baluchestan"));
        assertEquals(List.of(sistan), g.lookup("Sistan Baluchestan"));
        assertEquals(List.of(sistan), g.lookup("Sistan & Baluchestan"));
        assertTrue(Gazetteer.isOwnName(sistan, Gazetteer.normalise("Sistan-Baluchestan")), "a spelling of its own name");
        assertEquals(List.of(), g.lookup("Sistan"), "no part alone");
    }

    @Test
    void lookup_puts_the_most_populous_place_first() {
        assertEquals(List.of(PARIS_FR, PARIS_TX), gazetteer.lookup("Paris"));
    }

    @Test
    void lookup_puts_countries_and_regions_before_larger_divisions() {
        assertEquals(List.of(GEORGIA, GEORGIA_US), gazetteer.lookup("Georgia"));
        assertEquals(List.of(MIDDLE_EAST), gazetteer.lookup("Mideast"));
    }

    @Test
    void a_division_yields_to_its_namesake_city_only() {
        assertEquals(List.of(ANTALYA, ANTALYA_PROVINCE), gazetteer.lookup("Antalya"),
            "a city named like its province comes first");
        assertEquals(List.of(KYIV, KYIV_CITY), gazetteer.lookup("Kiev"),
            "a city that holds half its division's people comes first");
        assertEquals(List.of(WASHINGTON_STATE, WASHINGTON_DC), gazetteer.lookup("Washington"),
            "a city in another division does not");
    }

    @Test
    void a_county_yields_to_its_namesake_town_in_it() {
        GazetteerEntry county = new GazetteerEntry(0, "Fargo", "Fargo", "USA", "ND", "017", 46.9, -97.2, "A", "ADM2", 180_000);
        GazetteerEntry town = new GazetteerEntry(5059163, "Fargo", "Fargo", "USA", "ND", "017", 46.88, -96.79, "P", "PPLA2", 120_000);
        GazetteerEntry elsewhere = new GazetteerEntry(9, "Fargo", "Fargo", "USA", "GA", "065", 30.68, -82.56, "P", "PPL", 300);
        Gazetteer g = Gazetteer.of(List.of(county, elsewhere, town));
        assertEquals(List.of(town, county, elsewhere), g.lookup("Fargo"));
        assertTrue(county.isAdmin2() && county.isDivision() && !county.isAdmin1());
        assertFalse(county.hasGeonameId(), "a county from the census carries no GeoNames id");
    }

    @Test
    void is_name_agrees_with_lookup() {
        assertTrue(gazetteer.isName("adalia"));
        assertTrue(gazetteer.isName("Middle-East"));
        assertFalse(gazetteer.isName("Atlantis"));
    }

    @Test
    void entries_are_found_by_id_country_and_division_code() {
        assertEquals(ANTALYA, gazetteer.byId(21));
        assertNull(gazetteer.byId(0), "id 0 means no GeoNames id, so it finds nothing");
        assertNull(gazetteer.byId(999));
        assertEquals(GEORGIA, gazetteer.country("GEO"));
        assertNull(gazetteer.country("USA"), "the fixture has no United States");
        assertEquals(GEORGIA_US, gazetteer.admin1("USA", "GA"));
        assertNull(gazetteer.admin1("USA", "LA"));
    }

    @Test
    void max_name_tokens_counts_the_words_of_the_longest_normalised_name() {
        assertEquals(3, gazetteer.maxNameTokens(), "'ras al ayn' has the most words of the fixture's names");
    }

    @Test
    void of_finds_names_and_ascii_names() {
        GazetteerEntry kyiv = new GazetteerEntry(7, "Київ", "Kyiv", "UKR", "12", null, 50.45, 30.52, "P", "PPLC", 1);
        Gazetteer small = Gazetteer.of(List.of(kyiv));
        assertEquals(List.of(kyiv), small.lookup("Київ"));
        assertEquals(List.of(kyiv), small.lookup("Kyiv"));
        assertEquals(1, small.size());
        assertEquals(2, small.nameCount());
    }

    @Test
    void two_entries_with_one_geonames_id_are_rejected() {
        GazetteerEntry copy = place(1, "Lutetia", "FRA", "11", 48.85, 2.35, "PPLH", 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Gazetteer.of(List.of(PARIS_FR, copy)));
        assertEquals("two gazetteer entries with GeoNames id 1: 'Paris' and 'Lutetia'", e.getMessage());
    }

    @Test
    void entries_with_impossible_coordinates_are_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> place(5, "Nowhere", "FRA", "11", 91, 0, "PPL", 0));
        assertEquals("coordinates out of range for 'Nowhere': 91.0, 0.0", e.getMessage());
    }

    @Test
    void read_takes_the_gazetteer_tsv_format_plain_or_gzipped() throws IOException {
        String tsv = "# a comment\n"
            + "323777\tAntalya\tAntalya\tAdalia|Attalia\t36.90812\t30.69556\tP\tPPLA\tTUR\t07\t-\t1344000\n";
        for (InputStream in : List.of(stream(tsv), gzipped(tsv))) {
            Gazetteer g = Gazetteer.builder().read(in, "good.tsv").build();
            GazetteerEntry antalya = g.byId(323777);
            assertNotNull(antalya, "the one line was not read");
            assertEquals("TUR", antalya.country());
            assertEquals("07", antalya.admin1());
            assertNull(antalya.admin2(), "'-' is an empty column");
            assertEquals(List.of(antalya), g.lookup("Attalia"));
        }
    }

    @Test
    void read_names_the_source_and_line_of_a_bad_line() {
        String tsv = "# header\n1\tParis\tParis\t-\t48.85\t2.35\tP\tPPLC\tFRA\t11\t-\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Gazetteer.builder().read(stream(tsv), "bad.tsv"));
        assertEquals("bad.tsv:2: expected 12 tab-separated columns, found 11", e.getMessage());

        String badNumber = "1\tParis\tParis\t-\tnorth\t2.35\tP\tPPLC\tFRA\t11\t-\t0\n";
        e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.builder().read(stream(badNumber), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv:1: "), e.getMessage());
    }

    @Test
    void regions_file_holds_the_continents_with_their_geonames_ids() {
        Gazetteer regions = Gazetteer.builder()
            .readRegions(Gazetteer.class.getResourceAsStream(Gazetteer.REGIONS), Gazetteer.REGIONS).build();
        assertEquals(6255148, regions.lookup("Europe").get(0).geonameId());
        assertEquals(6255146, regions.lookup("Africa").get(0).geonameId());
        for (String name : List.of("Africa", "Asia", "Europe", "North America", "South America", "Oceania",
            "Antarctica")) {
            GazetteerEntry e = regions.lookup(name).get(0);
            assertEquals("CONT", e.featureCode(), name + " is not a continent");
            assertTrue(e.hasGeonameId(), name + " has no GeoNames id");
        }
        for (String name : List.of("Middle East", "Sahel", "Balkans", "the Gulf", "Horn of Africa", "Levant")) {
            assertEquals("RGN", regions.lookup(name).get(0).featureCode(), name + " is not a region");
        }
    }

    @Test
    void regions_file_rejects_an_unknown_feature_code() {
        String tsv = "-\tAtlantis\t-\t0\t0\tISL\t-\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Gazetteer.builder().readRegions(stream(tsv), "regions.tsv"));
        assertEquals("regions.tsv:1: feature code must be CONT or RGN, not 'ISL'", e.getMessage());
    }

    @Test
    void an_entry_becomes_an_output_place() {
        assertEquals(323777L, place(323777, "Antalya", "TUR", "07", 36.9, 30.7, "PPLA", 1).toPlace().geonameId());
        assertNull(MIDDLE_EAST.toPlace().geonameId(), "a region without a GeoNames id has none in the output");
    }

    private static GazetteerEntry place(long id, String name, String iso3, String admin1, double lat, double lon,
                                        String code, long population) {
        return new GazetteerEntry(id, name, name, iso3, admin1, null, lat, lon, "P", code, population);
    }

    private static GazetteerEntry admin1(long id, String name, String iso3, String admin1, double lat, double lon,
                                         long population) {
        return new GazetteerEntry(id, name, name, iso3, admin1, null, lat, lon, "A", "ADM1", population);
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream gzipped(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
