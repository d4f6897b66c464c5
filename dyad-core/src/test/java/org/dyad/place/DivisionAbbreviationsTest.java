package org.dyad.place;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The abbreviation file's format and matching, tied to a small gazetteer. */
class DivisionAbbreviationsTest {

    private static List<DivisionAbbreviations.Line> read(String tsv) {
        return DivisionAbbreviations.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void abbreviations_match_with_or_without_inner_spaces() {
        DivisionAbbreviations a = DivisionAbbreviations.of(read("# comment\nW.Va.\tUSA\tKentucky\tname\nLa.\tUSA\tLouisiana\tqualifier\n"),
            Places.gazetteer());
        assertEquals(Places.KENTUCKY, a.find("W. Va.").division(), "spaces inside do not matter");
        assertEquals(Places.KENTUCKY, a.find("W.Va").division(), "a sentence-final dot may be a token of its own");
        assertTrue(a.find("W.Va.").standalone());
        assertEquals(Places.LOUISIANA, a.find("La.").division());
        assertTrue(!a.find("La.").standalone(), "La. only after a place and a comma");
        assertNull(a.find("LA"), "case and dots count: LA is not La.");
    }

    @Test
    void lines_whose_division_the_gazetteer_lacks_are_left_out() {
        DivisionAbbreviations a = DivisionAbbreviations.of(read("Ky.\tUSA\tKentucky\tname\nMan.\tCAN\tManitoba\tname\n"),
            Places.gazetteer());
        assertEquals(1, a.size());
        assertNull(a.find("Man."));
    }

    @Test
    void a_bad_line_is_named() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("Ky.\tUSA\tKentucky\talways\n"));
        assertEquals("test.tsv:1: use must be name or qualifier, not 'always'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> read("Ky.\tUS\tKentucky\tname\n"));
        assertTrue(e.getMessage().startsWith("test.tsv:1: country must be"), e.getMessage());
    }

    @Test
    void the_built_in_file_reads() {
        List<DivisionAbbreviations.Line> lines = DivisionAbbreviations.read(
            DivisionAbbreviations.class.getResourceAsStream(DivisionAbbreviations.RESOURCE), DivisionAbbreviations.RESOURCE);
        assertTrue(lines.size() > 50, lines.size() + " lines");
        assertTrue(lines.stream().anyMatch(l -> l.text().equals("Ky.") && l.standalone()));
        assertTrue(lines.stream().anyMatch(l -> l.text().equals("Miss.") && !l.standalone()), "Miss. is also a title");
    }
}
