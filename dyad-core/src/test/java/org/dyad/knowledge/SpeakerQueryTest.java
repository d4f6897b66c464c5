package org.dyad.knowledge;

import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerQueryTest {

    private static final Actor TUSK = new Actor("Donald Tusk", "IGOEUREEC", null, "IGO", Actor.Kind.PERSON);
    private static final Actor TUSKEGEE = new Actor("Tuskegee Airmen", "USAMIL", "USA", "MIL", Actor.Kind.GROUP);

    @Test
    void surname_full_name_any_case_and_code_match() {
        assertTrue(new SpeakerQuery("Tusk").matches(TUSK));
        assertTrue(new SpeakerQuery("donald tusk").matches(TUSK));
        assertTrue(new SpeakerQuery("igoeureec").matches(TUSK));
    }

    @Test
    void part_of_a_word_or_another_name_does_not_match() {
        assertFalse(new SpeakerQuery("Tusk").matches(TUSKEGEE));
        assertFalse(new SpeakerQuery("Donald Trump").matches(TUSK));
        assertFalse(new SpeakerQuery("Tusk").matches(null));
    }

    @Test
    void blank_query_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> new SpeakerQuery("  "));
    }
}
