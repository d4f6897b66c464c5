package org.dyad.petrarch;

import org.dyad.actor.Sectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrarchAgentsTest {

    private static final String SAMPLE = """
        <!-- agents -->
        !PERSON! = MAN, MEN, WOMAN
        FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01
        ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
        POLICE {} [ ~COP]
        MSF {}  [NGO~]
        HUMAN_RIGHTS_ORGANIZATION  [  NGO~]
        CONGRESS!PERSON! [~LEG]
        """;

    private static PetrarchAgents.Agent agent(PetrarchAgents d, String words) {
        return d.agents().stream().filter(a -> a.words().equals(words)).findFirst()
            .orElseThrow(() -> new AssertionError("no agent '" + words + "' in " + d.agents()));
    }

    @Test
    void codes_go_after_or_before_the_actor() {
        PetrarchAgents d = PetrarchAgents.parse(SAMPLE, "sample.agents");
        PetrarchAgents.Agent fm = agent(d, "foreign minister");
        assertEquals("GOVFRM", fm.code());
        assertFalse(fm.prefix());
        assertEquals("COP", agent(d, "police").code(), "blanks inside the brackets are ignored");
        assertTrue(agent(d, "msf").prefix());
        assertEquals("NGO", agent(d, "human rights organization").code());
        assertEquals("sample.agents:3", fm.source());
    }

    @Test
    void irregular_plurals_and_substitutions_become_phrases() {
        PetrarchAgents d = PetrarchAgents.parse(SAMPLE, "sample.agents");
        assertEquals("GOV", agent(d, "attorneys general").code());
        assertEquals("LEG", agent(d, "congressman").code());
        assertEquals("LEG", agent(d, "congressmen").code());
        assertEquals("LEG", agent(d, "congresswoman").code());
        assertEquals(9, d.agents().size());
    }

    @Test
    void agents_become_sector_terms() {
        List<Sectors.Term> terms = PetrarchAgents.parse(SAMPLE, "sample.agents").terms();
        Sectors s = Sectors.of(terms);
        assertEquals("GOVFRM", s.get("foreign minister").sector());
        assertTrue(s.get("msf").prefix());
        assertEquals(Sectors.Kind.NOUN, s.get("police").kind());
    }

    @Test
    void bad_lines_are_errors_naming_file_and_line() {
        DictionaryException noTilde = assertThrows(DictionaryException.class,
            () -> PetrarchAgents.parse("POLICE [~COP]\nARMY [MIL]\n", "bad.agents"));
        assertEquals(2, noTilde.line());
        assertTrue(noTilde.getMessage().contains("bad.agents:2"), noTilde.getMessage());
        assertThrows(DictionaryException.class, () -> PetrarchAgents.parse("ARMY\n", "bad.agents"), "no code");
        DictionaryException undefined = assertThrows(DictionaryException.class,
            () -> PetrarchAgents.parse("CONGRESS!PEOPLE! [~LEG]\n", "bad.agents"));
        assertTrue(undefined.getMessage().contains("!PEOPLE!"), undefined.getMessage());
    }
}
