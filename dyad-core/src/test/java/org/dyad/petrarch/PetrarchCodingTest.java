package org.dyad.petrarch;

import org.dyad.Coder;
import org.dyad.CoderFixture;
import org.dyad.DyadConfig;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coding with small hand-written TABARI/PETRARCH dictionaries alone (real CoreNLP): each test names the
 * (source, target, code) triples of the asserted events it expects, exactly.
 */
class PetrarchCodingTest {

    private static final String ACTORS = """
        NARNIA [NAR]
        +CAIR_PARAVEL
        ARCHENLAND [ARC]
        CALORMEN [CLM]
        +TASHBAAN
        TELMAR [TEL]
        MIRAZ  # a king, then a former one
        \t[TELGOV 20100101-20151231]
        \t[TELELI >20160101]
        THE_SEVEN_ISLES [SVN/ISL]
        """;

    private static final String AGENTS = """
        GOVERNMENT [~GOV]
        SOLDIER [~MIL]
        ENVOY [~GOV]
        AID_AGENCY [NGO~]
        """;

    private static final String VERBS = """
        &MONEY
        +CRESCENT
        +GOLD PIECE

        --- RENEW [064] ---
        RENEW
        - * TRADE_RELATIONS [901]
        - * LICENSE [---]

        --- LAND [032:033] ---
        LAND

        --- POSTPONE [191] ---
        POSTPONE
        - % HAVE * [1911]

        --- RESCUE [066] ---
        RESCUE
        - + * FROM $ [0661]

        --- ATTACK [190] ---
        ATTACK
        - WILL NOT * [0190]

        --- CRITICIZE [121] ---
        CRITICIZE

        --- DONATE [070] ---
        DONATE
        - * &MONEY [0711]
        """;

    private static final String DISCARDS = """
        BASEBALL
        +HURRICANE
        """;

    private static Coder coder;

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        Path actors = Files.writeString(dir.resolve("test.actors.txt"), ACTORS);
        Path agents = Files.writeString(dir.resolve("test.agents.txt"), AGENTS);
        Path verbs = Files.writeString(dir.resolve("test.verbs.txt"), VERBS);
        Path discards = Files.writeString(dir.resolve("test.discards.txt"), DISCARDS);
        coder = CoderFixture.coder(DyadConfig.defaults().withBuiltIn(false)
            .withPetrarch(List.of(verbs), List.of(actors), List.of(agents), List.of(discards)));
    }

    private static CodedArticle code(String text, LocalDate date) {
        return coder.code(new Article("t", null, text, date, null, null, "en"));
    }

    /** The asserted (source target code) triples, sorted. */
    private static Set<String> triples(String text, LocalDate date) {
        Set<String> out = new TreeSet<>();
        for (Event e : code(text, date).events()) {
            if (e.asserted() && e.source() != null && e.target() != null) {
                out.add(e.source().code() + " " + e.target().code() + " " + e.cameo());
            }
        }
        return out;
    }

    private static void assertTriples(String text, String... expected) {
        assertEquals(new TreeSet<>(List.of(expected)), triples(text, LocalDate.of(2012, 3, 1)), text);
    }

    @Test
    void a_verb_alone_codes_its_block_and_targets_the_first_actor_in_its_phrase() {
        assertTriples("Narnia renewed its old friendship with Archenland.", "NAR ARC 064");
    }

    @Test
    void a_longer_pattern_wins_and_future_events_are_coded_as_the_dictionary_says() {
        assertTriples("Narnia will renew trade relations with Archenland next year.", "NAR ARC 901");
    }

    @Test
    void a_null_coded_pattern_blocks_the_verb_code() {
        assertTriples("Narnia renewed the license of Archenland.");
    }

    @Test
    void a_paired_code_gives_the_target_its_own_event() {
        assertTriples("A Calormen envoy landed in Narnia on Monday.", "CLMGOV NAR 032", "NAR CLMGOV 033");
    }

    @Test
    void a_compound_acts_on_itself_both_ways() {
        assertTriples("Narnia and Archenland have postponed their summit.", "ARC NAR 1911", "NAR ARC 1911");
    }

    @Test
    void a_pattern_can_place_the_target_before_the_verb_and_the_source_after_it() {
        assertTriples("Archenland soldiers were rescued from Tashbaan.", "CLM ARCMIL 0661");
    }

    @Test
    void words_before_the_verb_decide_modality_a_negation_they_do_not_name_stays() {
        assertTriples("Telmar will not attack Narnia.", "TEL NAR 0190");
        assertTriples("Telmar did not attack Narnia.");
    }

    @Test
    void dated_codes_resolve_by_the_article_date() {
        assertEquals(Set.of("TELGOV NAR 121"), triples("Miraz criticized Narnia.", LocalDate.of(2012, 3, 1)));
        assertEquals(Set.of("TELELI NAR 121"), triples("Miraz criticized Narnia.", LocalDate.of(2018, 3, 1)));
    }

    @Test
    void a_code_that_names_two_actors_gives_each_one_event() {
        assertTriples("The Seven Isles renewed ties with Cair Paravel.", "ISL NAR 064", "SVN NAR 064");
    }

    @Test
    void agents_compose_before_or_after_the_actor_code() {
        assertTriples("An Archenland aid agency criticized the Narnia government.", "NGOARC NARGOV 121");
    }

    @Test
    void synonym_sets_take_their_regular_plurals() {
        assertTriples("Narnia will donate a million crescents to Archenland.", "NAR ARC 0711");
        assertTriples("Narnia will donate a million gold pieces to Archenland.", "NAR ARC 0711");
    }

    @Test
    void discards_drop_a_sentence_or_the_whole_story() {
        CodedArticle a = code("Narnia renewed ties with Archenland. Archenland criticized the baseball result in Telmar.",
            LocalDate.of(2012, 3, 1));
        assertEquals(List.of("NAR ARC 064"), a.events().stream()
            .map(e -> e.source().code() + " " + e.target().code() + " " + e.cameo()).toList());
        assertTrue(a.problems().stream().anyMatch(p -> p.code().equals("discarded") && p.message().contains("baseball")),
            a.problems().toString());
        assertTriples("Narnia renewed ties with Archenland. A hurricane hit Telmar.");
    }
}
