package org.dyad.store.merge;

import org.dyad.model.Actor;
import org.dyad.model.Place;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merge rule on its own: two reports, one real-world event or two. */
class MergeRuleTest {

    // GeoNames ids
    static final long IDLIB = 169389;
    static final long ALEPPO = 170063;
    static final long DAMASCUS = 170654;
    static final long SYRIA = 163843;
    static final long TURKEY = 298795;
    static final long IDLIB_GOVERNORATE = 169387;
    static final long ALEPPO_GOVERNORATE = 170062;

    static final Place IDLIB_CITY = new Place("Idlib", IDLIB, "SYR", "12", 35.93062, 36.63393, "PPLA");
    /** A village 15 km south-east of Idlib (coordinates for the test; not a gazetteer entry). */
    static final Place NEAR_IDLIB = new Place("Village near Idlib", null, "SYR", "12", 35.83, 36.72, "PPL");
    static final Place ALEPPO_CITY = new Place("Aleppo", ALEPPO, "SYR", "09", 36.20124, 37.16117, "PPLA");
    static final Place DAMASCUS_CITY = new Place("Damascus", DAMASCUS, "SYR", "13", 33.5102, 36.29128, "PPLC");
    static final Place SYRIA_STATE = new Place("Syria", SYRIA, "SYR", null, 35, 38, "PCLI");
    static final Place TURKEY_STATE = new Place("Turkey", TURKEY, "TUR", null, 39, 35, "PCLI");
    static final Place MIDDLE_EAST = new Place("Middle East", null, null, null, 29, 42, "RGN");

    static final LocalDate SUNDAY = LocalDate.of(2020, 3, 1);

    private static EventSignature strike(String source, String target, LocalDate date, Place where) {
        return new EventSignature("19", source, target, date, where);
    }

    @Test
    void same_dyad_root_day_and_place_is_one_event() {
        assertTrue(MergeRule.sameEvent(strike("RUS", "SYRREB", SUNDAY, IDLIB_CITY), strike("RUS", "SYRREB", SUNDAY, IDLIB_CITY)));
    }

    @Test
    void a_day_either_side_is_the_same_event_two_days_is_not() {
        EventSignature record = strike("RUS", "SYRREB", SUNDAY, IDLIB_CITY);
        assertTrue(MergeRule.sameEvent(record, strike("RUS", "SYRREB", SUNDAY.plusDays(1), IDLIB_CITY)));
        assertTrue(MergeRule.sameEvent(record, strike("RUS", "SYRREB", SUNDAY.minusDays(1), IDLIB_CITY)));
        assertFalse(MergeRule.sameEvent(record, strike("RUS", "SYRREB", SUNDAY.plusDays(2), IDLIB_CITY)));
        assertFalse(MergeRule.sameEvent(record, strike("RUS", "SYRREB", SUNDAY.plusWeeks(1), IDLIB_CITY)));
    }

    @Test
    void another_dyad_or_root_is_another_event() {
        EventSignature record = strike("RUS", "SYRREB", SUNDAY, IDLIB_CITY);
        assertFalse(MergeRule.sameEvent(record, strike("SYRGOV", "SYRREB", SUNDAY, IDLIB_CITY)), "another source");
        assertFalse(MergeRule.sameEvent(record, strike("RUS", "SYRCVL", SUNDAY, IDLIB_CITY)), "another target sector");
        assertFalse(MergeRule.sameEvent(record, strike("RUS", null, SUNDAY, IDLIB_CITY)), "no target named");
        assertFalse(MergeRule.sameEvent(record, new EventSignature("18", "RUS", "SYRREB", SUNDAY, IDLIB_CITY)), "another root");
    }

    @Test
    void nearby_places_merge_distant_ones_do_not() {
        EventSignature record = strike("RUS", "SYRREB", SUNDAY, IDLIB_CITY);
        assertTrue(IDLIB_CITY.distanceKm(NEAR_IDLIB) < MergeRule.NEARBY_KM);
        assertTrue(MergeRule.sameEvent(record, strike("RUS", "SYRREB", SUNDAY, NEAR_IDLIB)), "15 km apart");
        assertFalse(MergeRule.sameEvent(record, strike("RUS", "SYRREB", SUNDAY, ALEPPO_CITY)), "Idlib and Aleppo: ~60 km");
        assertFalse(MergeRule.sameEvent(record, strike("RUS", "SYRREB", SUNDAY, DAMASCUS_CITY)), "Idlib and Damascus");
    }

    @Test
    void a_country_or_region_contains_its_places_and_a_missing_place_does_not_contradict() {
        EventSignature record = strike("RUS", "SYRREB", SUNDAY, IDLIB_CITY);
        assertTrue(MergeRule.sameEvent(record, strike("RUS", "SYRREB", SUNDAY, SYRIA_STATE)));
        assertTrue(MergeRule.sameEvent(record, strike("RUS", "SYRREB", SUNDAY, MIDDLE_EAST)));
        assertTrue(MergeRule.sameEvent(record, strike("RUS", "SYRREB", SUNDAY, null)));
        assertFalse(MergeRule.sameEvent(record, strike("RUS", "SYRREB", SUNDAY, TURKEY_STATE)), "Idlib is not in Turkey");
        assertEquals(MergeRule.PlaceMatch.INSIDE, MergeRule.placeMatch(SYRIA_STATE, ALEPPO_CITY));
        assertEquals(MergeRule.PlaceMatch.DIFFERENT, MergeRule.placeMatch(SYRIA_STATE, TURKEY_STATE));
    }

    @Test
    void a_division_contains_its_own_places_only_and_two_divisions_differ() {
        Place idlibProvince = new Place("Idlib", IDLIB_GOVERNORATE, "SYR", "12", 35.8, 36.6, "ADM1");
        Place aleppoProvince = new Place("Aleppo", ALEPPO_GOVERNORATE, "SYR", "09", 36.2, 37.5, "ADM1");
        assertEquals(MergeRule.PlaceMatch.INSIDE, MergeRule.placeMatch(idlibProvince, IDLIB_CITY));
        assertEquals(MergeRule.PlaceMatch.INSIDE, MergeRule.placeMatch(NEAR_IDLIB, idlibProvince));
        assertEquals(MergeRule.PlaceMatch.DIFFERENT, MergeRule.placeMatch(idlibProvince, ALEPPO_CITY));
        assertEquals(MergeRule.PlaceMatch.DIFFERENT, MergeRule.placeMatch(idlibProvince, aleppoProvince));
        assertEquals(MergeRule.PlaceMatch.INSIDE, MergeRule.placeMatch(SYRIA_STATE, idlibProvince));
        assertEquals(MergeRule.PlaceMatch.DIFFERENT, MergeRule.placeMatch(TURKEY_STATE, idlibProvince));
        assertEquals(MergeRule.PlaceMatch.SAME_PLACE, MergeRule.placeMatch(idlibProvince,
            new Place("Idlib Governorate", IDLIB_GOVERNORATE, "SYR", "12", 35.8, 36.6, "ADM1")));
    }

    @Test
    void events_without_a_date_are_never_merged() {
        assertFalse(MergeRule.sameEvent(strike("RUS", "SYRREB", null, IDLIB_CITY), strike("RUS", "SYRREB", null, IDLIB_CITY)));
    }

    @Test
    void the_closest_record_wins() {
        EventSignature report = strike("RUS", "SYRREB", SUNDAY, IDLIB_CITY);
        int sameDaySamePlace = MergeRule.distance(strike("RUS", "SYRREB", SUNDAY, IDLIB_CITY), report);
        int sameDayNoPlace = MergeRule.distance(strike("RUS", "SYRREB", SUNDAY, null), report);
        int nextDaySamePlace = MergeRule.distance(strike("RUS", "SYRREB", SUNDAY.plusDays(1), IDLIB_CITY), report);
        assertTrue(sameDaySamePlace < sameDayNoPlace);
        assertTrue(sameDayNoPlace < nextDaySamePlace);
    }

    @Test
    void dyad_keys_are_country_and_sector_or_the_whole_code_of_stateless_actors() {
        assertEquals("RUSGOV", EventSignature.dyadKey(new Actor("Vladimir Putin", "RUSGOV", "RUS", "GOV", Actor.Kind.PERSON)));
        assertEquals("RUSGOV", EventSignature.dyadKey(new Actor("the Kremlin", "RUSGOVEXE", "RUS", "GOV", Actor.Kind.STATE)));
        assertEquals("RUS", EventSignature.dyadKey(new Actor("Russia", "RUS", "RUS", null, Actor.Kind.STATE)));
        assertEquals("IGOEUREEC", EventSignature.dyadKey(new Actor("Donald Tusk", "IGOEUREEC", null, "IGO", Actor.Kind.PERSON)));
        assertEquals("IGOUNO", EventSignature.dyadKey(new Actor("the UN", "IGOUNO", null, "IGO", Actor.Kind.IGO)));
        assertNull(EventSignature.dyadKey(null));
    }

    @Test
    void a_root_must_have_two_digits() {
        assertThrows(IllegalArgumentException.class, () -> new EventSignature("195", "RUS", "SYR", SUNDAY, null));
    }
}
