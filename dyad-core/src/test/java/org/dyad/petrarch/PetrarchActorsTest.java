package org.dyad.petrarch;

import org.dyad.actor.CodedActor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrarchActorsTest {

    private static final String SAMPLE = """
        <!-- a small actor dictionary
             in PETRARCH's format -->
        GONDOR [GON]
        +MINAS_TIRITH
        +ANORIEN   # the province

        ARNOR_  [ARN] ; legacy comment
        LORIEN  [ELR/GAL]
        BOROMIR  [---]
        WEST_GERMAN [GMWGOV]
        IMF [IMF]

        GOLLUM  # no default code
        +SMEAGOL
        \t[HOB < 950601]
        \t[HOBGOV 19950601 - 19990815]
        \t[HOBREB > 990816]

        ZIMBABWE
        \t[RHO <790606]
        \t[ZBW]
        """;

    private static CodedActor actor(PetrarchActors d, String name) {
        return d.actors().stream().filter(a -> a.names().contains(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no actor named " + name + " in " + d.actors()));
    }

    @Test
    void entries_have_their_synonyms_and_names_are_written_as_names() {
        PetrarchActors d = PetrarchActors.parse(SAMPLE, "sample.actors");
        assertEquals(List.of("Gondor", "Minas Tirith", "Anorien"), actor(d, "Gondor").names());
        assertEquals(List.of("GON"), actor(d, "Minas Tirith").codesOn(LocalDate.of(2000, 1, 1)));
        assertEquals(List.of("ARN"), actor(d, "Arnor").codesOn(null), "trailing underscore and ; comment dropped");
        assertEquals(List.of("IMF"), actor(d, "IMF").names(), "short names stay acronyms");
        assertEquals(List.of("GMWGOV"), actor(d, "West German").codesOn(null));
    }

    @Test
    void a_code_can_name_several_actors_or_none() {
        PetrarchActors d = PetrarchActors.parse(SAMPLE, "sample.actors");
        assertEquals(List.of("ELR", "GAL"), actor(d, "Lorien").codesOn(null));
        assertEquals(List.of(), actor(d, "Boromir").codesOn(null));
    }

    @Test
    void date_restrictions_resolve_by_date_inclusive_with_two_digit_years() {
        CodedActor gollum = actor(PetrarchActors.parse(SAMPLE, "sample.actors"), "Smeagol");
        assertEquals(List.of("HOB"), gollum.codesOn(LocalDate.of(1995, 5, 31)));
        assertEquals(List.of("HOB"), gollum.codesOn(LocalDate.of(1995, 6, 1)), "the first restriction that holds wins");
        assertEquals(List.of("HOBGOV"), gollum.codesOn(LocalDate.of(1995, 6, 2)));
        assertEquals(List.of("HOBGOV"), gollum.codesOn(LocalDate.of(1999, 8, 15)));
        assertEquals(List.of("HOBREB"), gollum.codesOn(LocalDate.of(1999, 8, 16)));
        assertEquals(List.of("HOBREB"), gollum.codesOn(LocalDate.of(2010, 1, 1)));
        assertEquals(List.of("HOBREB"), gollum.codesOn(null), "no date, no default: the last code given");
    }

    @Test
    void the_default_code_applies_outside_the_restrictions() {
        CodedActor z = actor(PetrarchActors.parse(SAMPLE, "sample.actors"), "Zimbabwe");
        assertEquals(List.of("RHO"), z.codesOn(LocalDate.of(1978, 12, 23)));
        assertEquals(List.of("ZBW"), z.codesOn(LocalDate.of(2001, 1, 1)));
    }

    @Test
    void restrictions_written_in_the_issue_read_as_periods() {
        CodedActor.Code polgov = PetrarchActors.code("POLGOV >071116", "x", 1);
        assertEquals(LocalDate.of(2007, 11, 16), polgov.from());
        assertEquals(null, polgov.to());
        CodedActor.Code eli = PetrarchActors.code("USAELI 750101-000101", "x", 1);
        assertEquals(LocalDate.of(1975, 1, 1), eli.from());
        assertEquals(LocalDate.of(2000, 1, 1), eli.to());
    }

    @Test
    void a_date_without_a_code_is_an_error_naming_file_and_line() {
        DictionaryException e = assertThrows(DictionaryException.class,
            () -> PetrarchActors.parse("GOLLUM\n\t[950601-990815]\n", "bad.actors"));
        assertEquals("bad.actors", e.source());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("bad.actors:2: "), e.getMessage());
    }

    @Test
    void bad_lines_are_errors_naming_file_and_line() {
        assertThrows(DictionaryException.class, () -> PetrarchActors.parse("\t[GON]\n", "bad.actors"));
        DictionaryException unclosed = assertThrows(DictionaryException.class,
            () -> PetrarchActors.parse("ARNOR [ARN\n", "bad.actors"));
        assertEquals(1, unclosed.line());
        DictionaryException date = assertThrows(DictionaryException.class,
            () -> PetrarchActors.parse("ARNOR\n\n\t[ARN 20011350-20020101]\n", "bad.actors"));
        assertEquals(3, date.line());
        assertThrows(DictionaryException.class, () -> PetrarchActors.parse("ARNOR\n\t[ARN 20020101-20010101]\n", "bad.actors"),
            "a period that ends before it starts");
    }
}
