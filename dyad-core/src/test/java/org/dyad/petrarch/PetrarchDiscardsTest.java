package org.dyad.petrarch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrarchDiscardsTest {

    private static final String SAMPLE = """
        # Story-level discards are marked with a '+'.
        MONTHS LATER
        +World Golf Championships   # pas 26-Feb-2014
        BASEBALL
        +TYPHOON_   # ELH 04 Aug 2009
        """;

    @Test
    void sentence_and_story_discards_are_told_apart() {
        PetrarchDiscards d = PetrarchDiscards.parse(SAMPLE, "sample.discards");
        assertEquals(4, d.discards().size());
        assertNotNull(d.sentenceDiscard("They resumed baseball competition."));
        assertNull(d.storyDiscard("They resumed baseball competition."));
        assertNotNull(d.storyDiscard("Arnor will host the World   Golf championships."));
        assertNull(d.sentenceDiscard("Arnor will host the World Golf Championships."));
    }

    @Test
    void phrases_match_at_word_starts_as_stems_unless_closed() {
        PetrarchDiscards d = PetrarchDiscards.parse(SAMPLE, "sample.discards");
        assertNotNull(d.sentenceDiscard("Two baseballs were thrown."), "a stem");
        assertNull(d.sentenceDiscard("The minibaseball league met."), "not inside a word");
        assertNotNull(d.storyDiscard("A typhoon hit the coast."));
        assertNull(d.storyDiscard("Typhoons hit the coast."), "TYPHOON_ must end a word");
    }

    @Test
    void a_phrase_with_a_code_is_an_error_naming_file_and_line() {
        DictionaryException e = assertThrows(DictionaryException.class,
            () -> PetrarchDiscards.parse("BASEBALL\nCRICKET [###]\n", "bad.discards"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("bad.discards:2:"), e.getMessage());
    }
}
