package org.dyad.actor;

import org.dyad.internal.Tsv;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorKnowledgeTest {

    private final ActorKnowledge kb = ActorKnowledge.builtIn();

    @Test
    void every_un_member_state_is_known_with_adjective_and_capital() {
        long members = kb.countries().values().stream().filter(c -> c.status().equals("member")).count();
        assertEquals(193, members);
        for (Country c : kb.countries().values()) {
            if (c.status().equals("member")) {
                assertTrue(c.iso3().matches("[A-Z]{3}") && c.iso2().matches("[A-Z]{2}"), c.iso3());
                assertNotNull(c.capital(), c.iso3() + " has no capital");
            }
        }
        assertTrue(kb.country("RUS").adjectives().contains("Russian"));
        assertEquals("GOV", kb.country("RUS").institutions().get("Kremlin"));
        assertEquals("MIL", kb.country("USA").institutions().get("Pentagon"));
    }

    @Test
    void organisations_groups_and_people_are_loaded() {
        assertTrue(kb.organisations().stream().anyMatch(o -> o.code().equals("IGOUNO")));
        Group is = kb.groups().stream().filter(g -> g.aliases().contains("DAESH")).findFirst().orElseThrow();
        assertTrue(is.aliases().containsAll(List.of("ISIS", "ISIL", "IS", "Daesh")), "Islamic State aliases");
        assertTrue(kb.people().size() > 500, "people: " + kb.people().size());
        assertEquals("REF", kb.sectors().get("refugee").sector());
        assertEquals(Sectors.Kind.TITLE, kb.sectors().get("foreign minister").kind());
    }

    @Test
    void group_and_organisation_names_do_not_collide() {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (Group g : kb.groups()) {
            for (String a : g.aliases()) {
                String before = owner.putIfAbsent(a.toLowerCase(), g.code());
                assertTrue(before == null || before.equals(g.code()), "alias " + a + " names both " + before + " and " + g.code());
            }
        }
    }

    @Test
    void a_persons_code_depends_on_the_date() {
        assertEquals("POLGOV", kb.roleOn("Donald Tusk", LocalDate.of(2010, 5, 1)).code());
        assertEquals("IGOEUREEC", kb.roleOn("Donald Tusk", LocalDate.of(2015, 11, 15)).code());
        assertEquals("POLGOV", kb.roleOn("Donald Tusk", LocalDate.of(2024, 3, 1)).code());
        // between roles: the last role held, which the recognizer codes as a former office-holder
        assertEquals("IGOEUREEC", kb.roleOn("Donald Tusk", LocalDate.of(2021, 1, 1)).code());
    }

    @Test
    void role_dates_are_consistent() {
        for (List<PersonRole> roles : kb.people().values()) {
            for (PersonRole r : roles) {
                assertTrue(r.end() == null || !r.end().isBefore(r.start()), r.name() + " " + r.role());
            }
        }
    }

    @Test
    void bad_lines_are_rejected_naming_file_and_line() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ActorKnowledge.people(rows("X Y\t-\tUSAGOV\tPresident\t2010-01-01\t2009-01-01\t-\n", 6)));
        assertTrue(e.getMessage().startsWith("sample.tsv:1"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> ActorKnowledge.countries(rows("RU\tRU\tRussia\t-\t-\tMoscow\t-\tmember\n", 8)));
        assertThrows(IllegalArgumentException.class,
            () -> Sectors.parse(rows("GOV\tnoun\tGovernment\n", 3)));
        assertThrows(IllegalArgumentException.class,
            () -> Sectors.parse(rows("GOV\tnoun\tregime\nMIL\tnoun\tregime\n", 3)));
    }

    private static List<Tsv.Row> rows(String text, int columns) {
        return Tsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "sample.tsv", columns);
    }
}
