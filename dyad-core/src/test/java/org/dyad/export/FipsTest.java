package org.dyad.export;

import org.dyad.internal.Tsv;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FipsTest {

    @Test
    void built_table_knows_the_countries_gdelt_codes_differently_from_iso() {
        Fips f = Fips.standard();
        assertTrue(f.countryCount() >= 230, "countries: " + f.countryCount());
        assertTrue(f.divisionCount() >= 3000, "divisions: " + f.divisionCount());
        assertEquals("TU", f.country("TUR"));
        assertEquals("GM", f.country("DEU"));
        assertEquals("UK", f.country("GBR"));
        assertEquals("RS", f.country("RUS"));
        assertEquals("IZ", f.country("IRQ"));
        assertEquals("SY", f.country("SYR"));
        assertEquals("TU07", f.adm1("TUR", "07"), "Antalya");
        assertEquals("USTX", f.adm1("USA", "TX"), "GDELT writes US states with postal codes");
        assertEquals("TU", f.adm1("TUR", null));
        assertNull(f.country("XYZ"));
    }

    @Test
    void good_sample_loads_and_bad_one_names_its_line() {
        Fips good = new Fips(Tsv.resource(FipsTest.class, "fips-good.tsv", 3));
        assertEquals("TU07", good.adm1("TUR", "07"));
        assertEquals("US", good.country("USA"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new Fips(Tsv.resource(FipsTest.class, "fips-bad.tsv", 3)));
        assertTrue(e.getMessage().contains("fips-bad.tsv:2"), e.getMessage());
    }
}
