package org.dyad.event;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CodebookTest {

    private final Codebook codebook = Codebook.standard();

    @Test
    void codes_carry_goldstein_plover_and_quadclass() {
        EventType airstrike = codebook.get("195");
        assertEquals(-10.0, airstrike.goldstein());
        assertEquals("ASSAULT", airstrike.plover());
        assertEquals("heavy-weapons", airstrike.ploverMode());
        assertEquals("FIGHT", airstrike.plover2016());
        assertEquals(4, airstrike.quadClass());
        assertEquals(1, codebook.get("042").quadClass());
        assertEquals(2, codebook.get("073").quadClass());
        assertEquals(3, codebook.get("111").quadClass());
    }

    @Test
    void statements_and_appeals_have_no_plover_category() {
        assertNull(codebook.get("010").plover());
        assertNull(codebook.get("020").plover());
    }

    @Test
    void yield_splits_into_concede_and_retreat() {
        assertEquals("CONCEDE", codebook.get("081").plover());
        assertEquals("RETREAT", codebook.get("0841").plover());
        assertEquals("RETREAT", codebook.get("0841").plover2016());
    }

    @Test
    void unknown_code_is_a_clear_error() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codebook.get("999"));
        assertEquals("not a CAMEO event code: '999'", e.getMessage());
    }

    @Test
    void plover_version_parses_both_and_rejects_others() {
        assertEquals(PloverVersion.V2016, PloverVersion.parse("2016"));
        assertThrows(IllegalArgumentException.class, () -> PloverVersion.parse("2020"));
    }
}
