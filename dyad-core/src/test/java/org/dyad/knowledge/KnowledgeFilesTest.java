package org.dyad.knowledge;

import org.dyad.internal.Tsv;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The knowledge files of this package load and keep their invariants; good samples load, bad ones fail by line. */
class KnowledgeFilesTest {

    private static List<Tsv.Row> sample(String name, int columns) {
        return Tsv.resource(KnowledgeFilesTest.class, name, columns);
    }

    @Test
    void themes_file_holds_the_taxonomy_the_issue_names_with_terms_each() {
        ThemeFinder themes = ThemeFinder.builtIn();
        Set<String> ids = new HashSet<>();
        Set<String> terms = new HashSet<>();
        for (ThemeFinder.Theme t : themes.themes()) {
            ids.add(t.id());
            assertTrue(t.terms().size() >= 5, t.id() + " has only " + t.terms());
            assertTrue(t.id().matches("[A-Z][A-Z0-9_]*"), t.id());
            assertTrue(!t.label().isBlank(), t.id());
            for (String term : t.terms()) {
                assertTrue(terms.add(term), "term '" + term + "' appears twice");
            }
        }
        for (String wanted : List.of("TERRORISM", "REFUGEES_MIGRATION", "MILITARY_CONFLICT", "DIPLOMACY", "ELECTIONS",
            "PROTEST", "ECONOMY_SANCTIONS", "HEALTH", "DISASTERS", "HUMAN_RIGHTS")) {
            assertTrue(ids.contains(wanted), "taxonomy lacks " + wanted + ": " + ids);
        }
    }

    @Test
    void theme_samples_good_loads_and_bad_names_its_line() {
        ThemeFinder good = new ThemeFinder(sample("themes-good.tsv", 3));
        assertEquals(2, good.themes().size());
        assertEquals(List.of("port", "harbour", "container ship"), good.themes().get(1).terms());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new ThemeFinder(sample("themes-bad.tsv", 3)));
        assertTrue(e.getMessage().contains("themes-bad.tsv:3") && e.getMessage().contains("forest fire"), e.getMessage());
    }

    @Test
    void tone_file_has_both_polarities_in_size() {
        int[] sizes = ToneScorer.builtIn().sizes();
        assertTrue(sizes[0] >= 300 && sizes[1] >= 300, "positive " + sizes[0] + ", negative " + sizes[1]);
    }

    @Test
    void tone_samples_good_loads_and_bad_names_its_line() {
        assertEquals(1, new ToneScorer(sample("tone-good.tsv", 2)).sizes()[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new ToneScorer(sample("tone-bad.tsv", 2)));
        assertTrue(e.getMessage().contains("tone-bad.tsv:3") && e.getMessage().contains("polarity"), e.getMessage());
    }

    @Test
    void counts_file_gives_the_categories_the_issue_names() {
        CountFinder counts = new CountFinder();
        assertEquals("refugees", counts.nounCategory("asylum-seeker"));
        assertEquals("troops", counts.nounCategory("troop"));
        assertEquals("protesters", counts.nounCategory("protester"));
        assertEquals("killed", counts.eventCategory("kill"));
        assertEquals("wounded", counts.eventCategory("wound"));
        assertEquals("arrested", counts.eventCategory("arrest"));
    }

    @Test
    void count_samples_good_loads_and_bad_names_its_line() {
        CountFinder good = new CountFinder(sample("counts-good.tsv", 3));
        assertEquals("sailors", good.nounCategory("seaman"));
        assertEquals("rescued", good.eventCategory("save"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new CountFinder(sample("counts-bad.tsv", 3)));
        assertTrue(e.getMessage().contains("counts-bad.tsv:2") && e.getMessage().contains("able seaman"), e.getMessage());
    }
}
