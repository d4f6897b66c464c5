package org.dyad.place;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of division words: the built-in file loads, and malformed lines are named. */
class DivisionWordsTest {

    private static DivisionWords read(String text) {
        return DivisionWords.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void the_built_in_table_loads_and_knows_the_usual_words() {
        DivisionWords w = DivisionWords.standard();
        assertTrue(w.size() > 100, "countries: " + w.size());
        assertTrue(w.uses("PAK", "province"), "Pakistan's provinces");
        assertTrue(w.uses("IND", "state"), "India's states");
        assertFalse(w.uses("IND", "province"), "India has no provinces");
        assertTrue(w.uses("SYR", "governorate") && w.uses("SYR", "province"));
        assertFalse(w.uses(null, "state"));
        assertFalse(w.uses("USA", null));
    }

    @Test
    void a_good_line_is_read() {
        DivisionWords w = read("# comment\nNGA\tstate\nCAN\tprovince|territory\n");
        assertEquals(2, w.size());
        assertTrue(w.uses("CAN", "territory"));
    }

    @Test
    void bad_lines_are_named() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("NGA\tshire\n"));
        assertTrue(e.getMessage().contains("test.tsv:1") && e.getMessage().contains("shire"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read("Nigeria\tstate\n"), "not an ISO3 code");
        assertThrows(IllegalArgumentException.class, () -> read("NGA\tstate\nNGA\tregion\n"), "listed twice");
        assertThrows(IllegalArgumentException.class, () -> DivisionWords.of(Map.of("NGA", Set.of("shire"))));
    }
}
