package org.dyad.place;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.ref.Reference;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facts of the built-in gazetteer (the resources build/gazetteer/fetch.sh makes), pinned by GeoNames id.
 * Prints the load time and heap of a fresh copy; they are not asserted (the targets are under 2 s and
 * 500 MB). The one test that needs the whole gazetteer: the others use small fixtures.
 */
class StandardGazetteerTest {

    private static final long ANTALYA = 323777;
    private static final long ANTALYA_PROVINCE = 323776;
    private static final long SYRIA = 163843;
    private static final long RUSSIA = 2017370;
    private static final long EUROPE = 6255148;
    private static final long AFRICA = 6255146;
    private static final long LOUISIANA = 4331987;
    private static final long PARIS_FRANCE = 2988507;
    private static final long NEW_ORLEANS = 4335045;
    private static final long KENT = 3333158;
    private static final long MAIDSTONE = 2643179;

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        Runtime rt = Runtime.getRuntime();
        long before = usedHeapAfterGc(rt);
        long start = System.nanoTime();
        Gazetteer fresh = Gazetteer.loadStandard();
        double seconds = (System.nanoTime() - start) / 1e9;
        long heap = usedHeapAfterGc(rt) - before;
        System.out.printf("gazetteer: %,d entries, %,d names, longest name %d words; loaded in %.2f s, %,d MB heap%n",
            fresh.size(), fresh.nameCount(), fresh.maxNameTokens(), seconds, heap >> 20);
        Reference.reachabilityFence(fresh);
        gazetteer = Gazetteer.standard();
    }

    private static long usedHeapAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void antalya_is_the_turkish_city_at_36_9_north_30_7_east() {
        GazetteerEntry antalya = gazetteer.byId(ANTALYA);
        assertNotNull(antalya, "no entry with Antalya's GeoNames id " + ANTALYA);
        assertEquals("TUR", antalya.country());
        assertNear(36.9, 30.7, antalya, 0.05);
        List<GazetteerEntry> found = gazetteer.lookup("Antalya");
        assertEquals(ANTALYA, found.get(0).geonameId(), "the city should come before its province: " + found);
        assertTrue(found.stream().anyMatch(e -> e.geonameId() == ANTALYA_PROVINCE), "Antalya province is missing");
    }

    @Test
    void syria_and_russia_are_countries_with_their_geonames_ids() {
        GazetteerEntry syria = gazetteer.country("SYR");
        assertNotNull(syria, "no country entry for SYR");
        assertEquals(SYRIA, syria.geonameId());
        assertEquals("PCLI", syria.featureCode());
        assertTrue(syria.lat() > 32.3 && syria.lat() < 37.3 && syria.lon() > 35.7 && syria.lon() < 42.4,
            "Syria's point lies outside Syria: " + syria);
        assertEquals(syria, gazetteer.lookup("Syria").get(0));
        assertEquals(syria, gazetteer.lookup("Syrian Arab Republic").get(0));
        assertEquals(RUSSIA, gazetteer.lookup("Russia").get(0).geonameId());
    }

    @Test
    void europe_africa_and_the_middle_east_are_places() {
        GazetteerEntry europe = gazetteer.byId(EUROPE);
        assertNotNull(europe, "no entry with Europe's GeoNames id " + EUROPE);
        assertEquals("CONT", europe.featureCode());
        assertNull(europe.country(), "a continent lies in no one country");
        assertEquals(europe, gazetteer.lookup("Europe").get(0));
        assertEquals(AFRICA, gazetteer.lookup("Africa").get(0).geonameId());
        List<GazetteerEntry> middleEast = gazetteer.lookup("Middle East");
        assertFalse(middleEast.isEmpty(), "the Middle East is missing");
        assertEquals("RGN", middleEast.get(0).featureCode(), "Middle East: " + middleEast);
    }

    @Test
    void louisiana_is_a_first_level_division_of_the_united_states() {
        GazetteerEntry louisiana = gazetteer.admin1("USA", "LA");
        assertNotNull(louisiana, "no division USA.LA");
        assertEquals(LOUISIANA, louisiana.geonameId());
        assertEquals("Louisiana", louisiana.name());
        assertNear(31.0, -92.0, louisiana, 1.0);
        assertEquals(louisiana, gazetteer.lookup("Louisiana").get(0),
            "the state should come before the towns named after it");
        GazetteerEntry newOrleans = gazetteer.byId(NEW_ORLEANS);
        assertNotNull(newOrleans, "no entry with New Orleans' GeoNames id " + NEW_ORLEANS);
        assertEquals("LA", newOrleans.admin1(), "New Orleans lies in Louisiana");
    }

    @Test
    void paris_means_paris_france_first() {
        assertTrue(gazetteer.size() > 200_000, "only " + gazetteer.size() + " entries");
        List<GazetteerEntry> paris = gazetteer.lookup("Paris");
        assertEquals(PARIS_FRANCE, paris.get(0).geonameId(), "first of " + paris.subList(0, Math.min(4, paris.size())));
        assertEquals("FRA", paris.get(0).country());
        assertTrue(paris.size() > 5, "the towns named Paris elsewhere are missing");
    }

    @Test
    void every_country_of_the_actor_knowledge_base_has_an_entry() {
        for (String iso3 : List.of("USA", "RUS", "SYR", "TUR", "FRA", "GBR", "CHN", "IND", "BRA", "PSE", "XKX")) {
            GazetteerEntry c = gazetteer.country(iso3);
            assertNotNull(c, "no country entry for " + iso3);
            assertEquals(iso3, c.country());
        }
    }

    @Test
    void names_match_in_any_spelling() {
        assertTrue(gazetteer.isName("São Paulo") && gazetteer.isName("SAO PAULO"), "São Paulo");
        assertEquals(gazetteer.lookup("Saint Petersburg").get(0), gazetteer.lookup("St. Petersburg").get(0));
        assertEquals("UKR", gazetteer.lookup("Kiev").get(0).country(), "Kiev: " + gazetteer.lookup("Kiev"));
        assertFalse(gazetteer.isName("LA"), "airport and postal codes are not names");
        assertTrue(gazetteer.maxNameTokens() >= 4 && gazetteer.maxNameTokens() < 20,
            "longest name: " + gazetteer.maxNameTokens() + " words");
    }

    @Test
    void us_counties_and_parishes_are_second_level_divisions_under_their_fips_codes() {
        List<GazetteerEntry> rapides = gazetteer.lookup("Rapides Parish");
        assertEquals(1, rapides.size(), "Rapides Parish: " + rapides);
        GazetteerEntry parish = rapides.get(0);
        assertEquals("ADM2", parish.featureCode());
        assertEquals("LA", parish.admin1());
        assertEquals("079", parish.admin2(), "the county FIPS code is GeoNames' US admin2 code");
        assertFalse(parish.hasGeonameId(), "the census data carries no GeoNames ids");
        assertNear(31.2, -92.5, parish, 0.3);
        assertTrue(parish.population() > 40_000, "Rapides Parish holds Alexandria: " + parish.population());
        assertEquals(parish, gazetteer.lookup("Rapides Par.").get(0));
        List<GazetteerEntry> walker = gazetteer.lookup("Walker County");
        assertTrue(walker.stream().anyMatch(e -> "TX".equals(e.admin1())) && walker.stream().anyMatch(e -> "GA".equals(e.admin1())),
            "Walker County lies in Texas, Georgia and Alabama: " + walker);
        assertTrue(gazetteer.isName("Plymouth Co."), "'X Co.' names a county");
    }

    /** Sulu and Basilan, provinces of the Philippines (GeoNames' ADM2 there; its ADM1 are regions). */
    private static final long SULU = 1685370;
    private static final long BASILAN = 1726404;

    @Test
    void philippine_provinces_are_second_level_divisions_with_their_geonames_ids() {
        GazetteerEntry sulu = gazetteer.byId(SULU);
        assertNotNull(sulu, "no entry with Sulu's GeoNames id " + SULU);
        assertEquals("ADM2", sulu.featureCode());
        assertEquals("PHL", sulu.country());
        assertEquals("60", sulu.admin2());
        assertEquals(gazetteer.lookup("Jolo").stream().filter(e -> "PHL".equals(e.country())).findFirst().orElseThrow().admin1(),
            sulu.admin1(), "the region of Jolo, the provincial capital");
        assertNear(5.9, 121.0, sulu, 1.0);
        assertTrue(gazetteer.lookup("Province of Sulu").contains(sulu), "GeoNames' name is an alternate");
        assertTrue(gazetteer.lookup("Basilan").contains(gazetteer.byId(BASILAN)));
        assertTrue(gazetteer.lookup("Maguindanao").stream().anyMatch(GazetteerEntry::isAdmin2));
    }

    @Test
    void large_islands_and_lands_named_after_waters_are_regions_of_their_state() {
        for (String[] r : new String[][] {{"Mindanao", "PHL"}, {"Sumatra", "IDN"}, {"North Waziristan", "PAK"},
            {"Niger Delta", "NGA"}}) {
            GazetteerEntry first = gazetteer.lookup(r[0]).get(0);
            assertEquals("RGN", first.featureCode(), r[0] + " comes first as a region: " + gazetteer.lookup(r[0]));
            assertEquals(r[1], first.country(), r[0]);
        }
        assertNull(gazetteer.lookup("Lake Chad").get(0).country(), "Lake Chad touches four states");
    }

    /** East Sussex, an administrative county of England. */
    private static final long EAST_SUSSEX = 2650328;

    @Test
    void uk_counties_are_second_level_divisions_with_their_geonames_ids_and_admin2_codes() {
        GazetteerEntry kent = gazetteer.byId(KENT);
        assertNotNull(kent, "no entry with Kent's GeoNames id " + KENT);
        assertEquals("ADM2", kent.featureCode());
        assertEquals("GBR", kent.country());
        assertEquals("ENG", kent.admin1());
        assertEquals(gazetteer.byId(MAIDSTONE).admin2(), kent.admin2(), "Maidstone, the county town, lies in Kent");
        assertNear(51.2, 0.7, kent, 0.3);
        assertTrue(gazetteer.lookup("Kent").contains(kent), "Kent is found by its name");
        assertTrue(gazetteer.lookup("York").stream().noneMatch(e -> e.isAdmin2() && "GBR".equals(e.country())),
            "a unitary authority that a town of its name stands for is left to the town");
        GazetteerEntry cornwall = gazetteer.lookup("Cornwall").stream().filter(GazetteerEntry::isAdmin2).findFirst()
            .orElseThrow(() -> new AssertionError("Cornwall is made of the places of its admin2 code"));
        assertFalse(cornwall.hasGeonameId(), "Natural Earth gives Cornwall the Isles of Scilly's GeoNames id: not taken");
        assertNear(50.4, -4.9, cornwall, 0.5);
        assertTrue(gazetteer.lookup("Leicestershire").stream().anyMatch(GazetteerEntry::isAdmin2),
            "Natural Earth types Leicestershire a 'Kingdom': still a county");
        GazetteerEntry durham = gazetteer.lookup("County Durham").get(0);
        assertEquals("ADM2", durham.featureCode(), "the county takes GeoNames' name when the town has the bare one");
        assertTrue(gazetteer.lookup("Durham").stream().noneMatch(e -> e.isAdmin2() && "GBR".equals(e.country())),
            "a bare 'Durham' is left to the towns");
    }

    @Test
    void ceremonial_counties_of_england_are_made_of_their_units() {
        GazetteerEntry sussex = gazetteer.lookup("Sussex").stream().filter(e -> "GBR".equals(e.country())).findFirst()
            .orElseThrow(() -> new AssertionError("no English Sussex: " + gazetteer.lookup("Sussex")));
        assertEquals("ADM2", sussex.featureCode());
        assertEquals("ENG", sussex.admin1());
        assertNear(50.9, -0.2, sussex, 0.5);
        assertTrue(sussex.population() > gazetteer.byId(EAST_SUSSEX).population(),
            "Sussex holds East Sussex, West Sussex and Brighton: " + sussex.population());
        for (String county : List.of("Yorkshire", "Greater Manchester", "Merseyside", "Berkshire", "Cheshire")) {
            assertTrue(gazetteer.lookup(county).stream().anyMatch(e -> e.isAdmin2() && "GBR".equals(e.country())),
                county + ": " + gazetteer.lookup(county));
        }
    }

    @Test
    void every_division_abbreviation_names_a_division_of_the_gazetteer() {
        DivisionAbbreviations abbreviations = DivisionAbbreviations.standard(gazetteer);
        assertEquals(lines(), abbreviations.size(), "an abbreviation names a division the gazetteer lacks");
        assertEquals(gazetteer.admin1("USA", "KY"), abbreviations.find("Ky.").division());
        assertEquals(gazetteer.admin1("USA", "WV"), abbreviations.find("W. Va.").division());
        assertEquals("British Columbia", abbreviations.find("B.C.").division().name());
    }

    private static int lines() {
        return DivisionAbbreviations.read(DivisionAbbreviations.class.getResourceAsStream(DivisionAbbreviations.RESOURCE),
            DivisionAbbreviations.RESOURCE).size();
    }

    private static void assertNear(double lat, double lon, GazetteerEntry e, double degrees) {
        assertTrue(Math.abs(e.lat() - lat) <= degrees && Math.abs(e.lon() - lon) <= degrees,
            e.name() + " lies at " + e.lat() + ", " + e.lon() + ", not within " + degrees + "° of " + lat + ", " + lon);
    }
}
