package org.dyad.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternTest {

    @Test
    void verb_with_object_target() {
        Pattern p = Pattern.parse(Pattern.Pos.V, "attack {T}");
        assertEquals("attack", p.head());
        assertEquals(List.of(new Pattern.TargetObject()), p.elements());
    }

    @Test
    void phrasal_verb_with_fixed_object_and_prepositional_target() {
        Pattern p = Pattern.parse(Pattern.Pos.V, "open fire on {T}");
        assertEquals(List.of(new Pattern.Object("fire", List.of()), new Pattern.TargetPrep("on", false)), p.elements());
        Pattern q = Pattern.parse(Pattern.Pos.V, "crack down on {T}");
        assertEquals(List.of(new Pattern.Particle("down"), new Pattern.TargetPrep("on", false)), q.elements());
    }

    @Test
    void particle_that_may_be_a_preposition_is_marked() {
        Pattern p = Pattern.parse(Pattern.Pos.V, "hand over {T}");
        assertEquals(List.of(new Pattern.TargetPrep("over", true)), p.elements());
    }

    @Test
    void infinitive_and_object_control() {
        Pattern p = Pattern.parse(Pattern.Pos.V, "urge {T} to withdraw");
        assertEquals(List.of(new Pattern.TargetObject(), new Pattern.Infinitive("withdraw")), p.elements());
        Pattern q = Pattern.parse(Pattern.Pos.V, "threaten to attack {T}");
        assertEquals(List.of(new Pattern.Infinitive("attack"), new Pattern.TargetObject()), q.elements());
    }

    @Test
    void copula_pattern_has_the_adjective_as_head() {
        Pattern p = Pattern.parse(Pattern.Pos.V, "be ready to meet {T}");
        assertEquals("ready", p.head());
        assertTrue(p.copula());
    }

    @Test
    void noun_pattern_has_modifiers_and_target() {
        Pattern p = Pattern.parse(Pattern.Pos.N, "air strike on {T}");
        assertEquals("strike", p.head());
        assertEquals(List.of(new Pattern.Modifier("air"), new Pattern.TargetPrep("on", false)), p.elements());
        assertFalse(Pattern.parse(Pattern.Pos.N, "hunger strike").hasTarget());
    }

    @Test
    void bad_patterns_are_rejected_with_a_reason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Pattern.parse(Pattern.Pos.V, "attack {X}"));
        assertTrue(e.getMessage().contains("{x}"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pattern.parse(Pattern.Pos.V, "   "));
        assertThrows(IllegalArgumentException.class, () -> Pattern.parse(Pattern.Pos.N, "attack on {T} harshly"));
    }
}
