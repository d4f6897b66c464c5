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
    void companies_are_in_known_states_and_no_other_actors_names() {
        assertTrue(kb.companies().size() > 150, "companies: " + kb.companies().size());
        java.util.Set<String> others = new java.util.HashSet<>();
        kb.groups().forEach(g -> { others.add(g.name()); others.addAll(g.aliases()); });
        kb.organisations().forEach(o -> { others.add(o.name()); others.addAll(o.aliases()); });
        for (Country c : kb.countries().values()) {
            others.add(c.name());
            others.addAll(c.aliases());
            others.addAll(c.adjectives());
            others.addAll(c.institutions().keySet());
        }
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (Company co : kb.companies()) {
            assertNotNull(kb.country(co.country()), co.name() + ": unknown state " + co.country());
            assertTrue(co.code().matches("[A-Z]{3}(BUS|MED)"), co.name() + " " + co.code());
            List<String> names = new java.util.ArrayList<>(co.aliases());
            names.add(co.name());
            for (String n : names) {
                assertTrue(!others.contains(n), n + " names both a company and another actor");
                String before = owner.putIfAbsent(n.toLowerCase(), co.name());
                assertTrue(before == null || before.equals(co.name()), n + " names both " + before + " and " + co.name());
            }
        }
        Company shell = kb.companies().stream().filter(c -> c.name().equals("Royal Dutch Shell")).findFirst().orElseThrow();
        assertEquals("GBRBUS", shell.code());
        assertEquals(List.of("Shell"), shell.commonWords());
        assertTrue(shell.aliases().contains("Shell"), "the '*' is no part of the name");
        Company bloomberg = kb.companies().stream().filter(c -> c.name().equals("Bloomberg News")).findFirst().orElseThrow();
        assertEquals(List.of("Bloomberg"), bloomberg.surnames());
        assertTrue(bloomberg.aliases().contains("Bloomberg"), "the '^' is no part of the name");
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
        assertEquals(1, ActorKnowledge.companies(rows("Acme\t-\tUSA\tBUS\tindustry\n", 5)).size());
        assertThrows(IllegalArgumentException.class, // a company is business or media, not government
            () -> ActorKnowledge.companies(rows("Acme\t-\tUSA\tGOV\tindustry\n", 5)));
        assertThrows(IllegalArgumentException.class,
            () -> ActorKnowledge.companies(rows("Acme\t-\tUS\tBUS\tindustry\n", 5)));
        assertThrows(IllegalArgumentException.class, // only a one-word name can be an ordinary word
            () -> ActorKnowledge.companies(rows("Acme Corp*\t-\tUSA\tBUS\tindustry\n", 5)));
        assertThrows(IllegalArgumentException.class, // only a one-word name can be a person's surname
            () -> ActorKnowledge.companies(rows("Acme News\tAcme Smith^\tUSA\tMED\tnewspaper\n", 5)));
        assertThrows(IllegalArgumentException.class,
            () -> Sectors.parse(rows("GOV\tnoun\tregime\nMIL\tnoun\tregime\n", 3)));
    }

    private static List<Tsv.Row> rows(String text, int columns) {
        return Tsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "sample.tsv", columns);
    }
}
