package org.dyad.eval;

import org.dyad.eval.CorefScorer.Cluster;
import org.dyad.eval.CorefScorer.Verdict;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coreference scorer on hand-made clusters. */
class CorefScorerTest {

    //                 0         1         2         3         4         5         6
    //                 0123456789012345678901234567890123456789012345678901234567890123456789
    static final String TEXT = "Angela Merkel met Emmanuel Macron. She said he agreed. Merkel left.";
    static final Span MERKEL_FULL = new Span(0, 13);
    static final Span MACRON_FULL = new Span(18, 33);
    static final Span SHE = new Span(35, 38);
    static final Span HE = new Span(44, 46);
    static final Span MERKEL = new Span(55, 61);

    static final CorefGold.Article ARTICLE = new CorefGold.Article("a", TEXT, List.of("Angela Merkel", "Emmanuel Macron"),
        List.of(new CorefGold.Anaphor(SHE, "She", "Angela Merkel", "personal"),
            new CorefGold.Anaphor(HE, "he", "Emmanuel Macron", "personal"),
            new CorefGold.Anaphor(MERKEL, "Merkel", "Angela Merkel", "surname")));

    @Test
    void spans_of_the_sample_are_right() {
        assertEquals("She", SHE.of(TEXT));
        assertEquals("he", HE.of(TEXT));
        assertEquals("Merkel", MERKEL.of(TEXT));
        assertEquals("Emmanuel Macron", MACRON_FULL.of(TEXT));
    }

    @Test
    void right_wrong_and_unresolved_are_counted() {
        // she -> Merkel (right); he -> Merkel (wrong); the surname has no cluster (unresolved)
        List<Cluster> clusters = List.of(new Cluster(null, List.of(MERKEL_FULL, SHE, HE)),
            new Cluster(null, List.of(MACRON_FULL)));
        List<CorefScorer.Judged> judged = CorefScorer.judge(ARTICLE, clusters);
        assertEquals(List.of(Verdict.RIGHT, Verdict.WRONG, Verdict.UNRESOLVED), judged.stream().map(CorefScorer.Judged::verdict).toList());
        Map<String, CorefScorer.Tally> t = CorefScorer.tally(judged);
        assertEquals(new CorefScorer.Tally(1, 0, 1, 1), t.get("all"));
        assertEquals(new CorefScorer.Tally(1, 0, 1, 0), t.get("personal"));
        assertEquals(new CorefScorer.Tally(0, 0, 0, 1), t.get("surname"));
        assertEquals(new CorefScorer.Tally(0, 0, 0, 0), t.get("description"));
        assertEquals(new Ratio(1, 3), t.get("all").accuracy());
    }

    @Test
    void a_cluster_naming_both_people_is_mixed_and_only_lenient_accuracy_counts_it() {
        List<Cluster> clusters = List.of(new Cluster(null, List.of(MERKEL_FULL, MACRON_FULL, SHE, HE, MERKEL)));
        Map<String, CorefScorer.Tally> t = CorefScorer.tally(CorefScorer.judge(ARTICLE, clusters));
        assertEquals(new CorefScorer.Tally(0, 3, 0, 0), t.get("all"));
        assertEquals(new Ratio(0, 3), t.get("all").accuracy());
        assertEquals(new Ratio(3, 3), t.get("all").lenient());
    }

    @Test
    void a_chain_of_its_own_is_unresolved_and_a_name_counts_as_an_antecedent() {
        List<Cluster> clusters = List.of(new Cluster(null, List.of(SHE)),
            new Cluster("Emmanuel Macron", List.of(MACRON_FULL, HE)), new Cluster("Angela Merkel", List.of(MERKEL)));
        List<CorefScorer.Judged> judged = CorefScorer.judge(ARTICLE, clusters);
        assertEquals(List.of(Verdict.UNRESOLVED, Verdict.RIGHT, Verdict.UNRESOLVED),
            judged.stream().map(CorefScorer.Judged::verdict).toList(), "a name alone, with no earlier mention, links nothing");
    }

    @Test
    void the_shortest_overlapping_mention_decides() {
        // "She said" as a long mention of Macron's cluster loses to "She" in Merkel's
        List<Cluster> clusters = List.of(new Cluster(null, List.of(MACRON_FULL, new Span(35, 43))),
            new Cluster(null, List.of(MERKEL_FULL, SHE)));
        assertEquals(Verdict.RIGHT, CorefScorer.judge(ARTICLE, clusters).get(0).verdict());
    }

    @Test
    void a_text_names_an_entity_by_its_last_word_as_a_whole_word() {
        assertTrue(CorefScorer.names("Chancellor Angela Merkel", "Angela Merkel"));
        assertTrue(CorefScorer.names("NATO", "NATO"));
        assertTrue(CorefScorer.names("the Sudanese army's", "Sudanese army"));
        assertFalse(CorefScorer.names("Merkelism", "Angela Merkel"));
        assertFalse(CorefScorer.names("she", "Angela Merkel"));
    }
}
