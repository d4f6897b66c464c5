package org.dyad.petrarch;

import org.dyad.CoderFixture;
import org.dyad.actor.CodedActor;
import org.dyad.event.LexiconEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PETRARCH's own validation dictionaries (../shared/eval/petrarch-unittest, read in place, never copied)
 * load as they are. Skipped when the shared data is absent.
 */
class PetrarchUnitSuiteDictionariesTest {

    private static Path dir() {
        Path shared = CoderFixture.shared();
        Path d = shared == null ? null : shared.resolve("eval/petrarch-unittest");
        Assumptions.assumeTrue(d != null && Files.isDirectory(d), "../shared/eval/petrarch-unittest not present");
        return d;
    }

    private static CodedActor actor(PetrarchActors a, String name) {
        return a.actors().stream().filter(x -> x.names().contains(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no actor " + name));
    }

    @Test
    void actors_load_with_their_date_restrictions() {
        Path d = dir();
        assertTrue(Dictionaries.isPetrarchActors(d.resolve("PETR.Validate.actors.txt")));
        PetrarchActors a = PetrarchActors.read(d.resolve("PETR.Validate.actors.txt"));
        assertTrue(a.actors().size() > 100, a.toString());
        CodedActor sam = actor(a, "Sam Gamgee");
        assertEquals(List.of("HOBCIV"), sam.codesOn(LocalDate.of(2008, 1, 19)));
        assertEquals(List.of("ORCHOB"), sam.codesOn(LocalDate.of(2010, 1, 10)), "an earlier restriction wins");
        assertEquals(List.of("HOBMIL"), sam.codesOn(LocalDate.of(2010, 1, 13)));
        assertEquals(List.of("HOBELI"), sam.codesOn(LocalDate.of(2014, 1, 1)));
        assertEquals(List.of("ELR", "GAL"), actor(a, "Lorien").codesOn(null));
        assertEquals(List.of("IGOCOPITP"), actor(a, "Interpol").codesOn(null));
    }

    @Test
    void agents_and_discards_load() {
        Path d = dir();
        PetrarchAgents g = PetrarchAgents.read(d.resolve("PETR.Validate.agents.txt"));
        assertTrue(g.agents().stream().anyMatch(x -> x.words().equals("foreign minister") && x.code().equals("GOVFRM")));
        assertTrue(g.agents().stream().anyMatch(x -> x.words().equals("congressmen") && x.code().equals("LEG")),
            "substitution sets are expanded");
        assertTrue(g.agents().stream().anyMatch(x -> x.words().equals("msf") && x.prefix()));
        PetrarchDiscards x = PetrarchDiscards.read(d.resolve("PETR.Validate.discards.txt"));
        assertNotNull(x.storyDiscard("Then a typhoon struck."));
        assertNotNull(x.sentenceDiscard("They will play baseball."));
        assertNull(x.sentenceDiscard("Arnor will restore ties with Gondor."));
    }

    @Test
    void verbs_load_and_what_is_not_used_is_named() {
        Path d = dir();
        PetrarchVerbs v = PetrarchVerbs.read(d.resolve("PETR.Validate.verbs.txt"));
        assertTrue(v.blocks().size() > 150, v.toString());
        List<LexiconEntry> entries = v.entries();
        assertTrue(entries.size() > 500, entries.size() + " entries");
        assertTrue(entries.stream().anyMatch(e -> "033".equals(e.reverse())), "paired codes are kept");
        // the file tests TABARI leftovers on purpose: codes such as [def] and [+++] are reported, not used
        assertTrue(v.problems().stream().anyMatch(p -> p.contains("[def]")), v.problems().toString());
        assertTrue(v.problems().stream().allMatch(p -> p.startsWith("PETR.Validate.verbs.txt:")), v.problems().toString());
        assertTrue(v.synsets().get("&ACCORDSYN").contains(List.of("economic")), "a set inside a set is expanded");
    }
}
