package org.dyad.petrarch;

import org.dyad.event.LexiconEntry;
import org.dyad.event.Pattern;
import org.dyad.event.Pattern.StepKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrarchVerbsTest {

    private static final String SAMPLE = """
        <!-- SYNSETS -->
        &CURRENCY
        +DOLLARS
        +SWISS FRANCS
        +YEN_

        &TIETYPES
        +MILITARY
        +ECONOMIC

        --- BREAK [1717] ---
        BREAK { BROKE BROKEN  }
        +BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN }
        - * TREATY [161]
        - + * IN $  [075]  # pattern CONNECT-6

        --- ARRIVE  [032:033]  ---
        ARRIVE    # -PAS 95.12.18

        --- CONTRIBUTE [070] ---
        CONTRIBUTE
        - * &CURRENCY [903]
        - * &UNDEFINED [904]
        - * RUPEES  [def]

        --- ABANDON [345] ---
        ABANDON
        - * NEW_&TIETYPES_RELATIONS [903]
        - NOT * [---]

        &LATE
        +AFTERWARDS
        """;

    private static PetrarchVerbs sample() {
        return PetrarchVerbs.parse(SAMPLE, "sample.verbs");
    }

    @Test
    void blocks_have_their_verbs_forms_and_codes() {
        PetrarchVerbs v = sample();
        assertEquals(4, v.blocks().size());
        PetrarchVerbs.Block brk = v.blocks().get(0);
        assertEquals("1717", brk.code().event());
        assertEquals(2, brk.verbs().size());
        PetrarchVerbs.Verb plain = brk.verbs().get(0);
        assertTrue(plain.forms().containsAll(List.of("break", "breaks", "breaking", "broke", "broken")), plain.forms().toString());
        PetrarchVerbs.Verb phrasal = brk.verbs().get(1);
        assertEquals("break down", phrasal.root());
        assertTrue(phrasal.forms().contains("broken"));
        assertEquals(1, phrasal.after().size());
        assertEquals(List.of(List.of("down")), phrasal.after().get(0).phrases());
        assertTrue(phrasal.after().get(0).adjacent(), "BREAK_DOWN: the particle touches the verb");
        PetrarchVerbs.Code arrive = v.blocks().get(1).code();
        assertEquals("032", arrive.event());
        assertEquals("033", arrive.reverse());
    }

    @Test
    void patterns_place_words_actors_and_synonym_sets() {
        PetrarchVerbs v = sample();
        PetrarchVerbs.VerbPattern in = v.blocks().get(0).patterns().get(1);
        assertEquals("075", in.code().event());
        assertEquals(StepKind.TARGET, in.before().get(0).kind());
        assertEquals(List.of(List.of("in")), in.after().get(0).phrases());
        assertEquals(StepKind.SOURCE, in.after().get(1).kind());
        PetrarchVerbs.VerbPattern money = v.blocks().get(2).patterns().get(0);
        List<List<String>> phrases = money.after().get(0).phrases();
        assertTrue(phrases.contains(List.of("swiss", "francs")), phrases.toString());
        assertTrue(phrases.contains(List.of("dollars")));
        assertTrue(phrases.contains(List.of("yen")));
        assertTrue(!phrases.contains(List.of("yens")), "YEN_ forms no plural");
        PetrarchVerbs.VerbPattern ties = v.blocks().get(3).patterns().get(0);
        assertEquals(3, ties.after().size());
        assertTrue(!ties.after().get(0).adjacent() && ties.after().get(1).adjacent() && ties.after().get(2).adjacent());
    }

    @Test
    void unusable_lines_are_skipped_and_reported_with_file_and_line() {
        List<String> problems = sample().problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("sample.verbs:23: ") && problems.get(0).contains("&UNDEFINED"), problems.get(0));
        assertTrue(problems.get(1).startsWith("sample.verbs:24: ") && problems.get(1).contains("[def]"), problems.get(1));
        assertEquals(1, sample().blocks().get(2).patterns().size());
    }

    @Test
    void entries_give_each_pattern_to_each_verb_then_the_verb_alone() {
        List<LexiconEntry> entries = sample().entries();
        // BREAK: 2 verbs x (2 patterns + alone); ARRIVE: 1; CONTRIBUTE: 1 pattern + alone; ABANDON: 2 patterns + alone
        assertEquals(6 + 1 + 2 + 3, entries.size());
        LexiconEntry treaty = entries.get(0);
        assertEquals("161", treaty.code());
        assertEquals("sample.verbs:14", treaty.source());
        Pattern.Sequence q = treaty.pattern().sequence();
        assertTrue(q.forms().contains("broke"));
        LexiconEntry downTreaty = entries.get(3);
        assertEquals(List.of(List.of("down")), downTreaty.pattern().sequence().after().get(0).phrases());
        assertEquals(List.of(List.of("treaty")), downTreaty.pattern().sequence().after().get(1).phrases());
        LexiconEntry arrive = entries.get(6);
        assertEquals("032", arrive.code());
        assertEquals("033", arrive.reverse());
        assertTrue(entries.stream().anyMatch(LexiconEntry::codesNothing), "[---] patterns stay: they block the verb's code");
        assertNull(entries.get(0).reverse());
    }

    @Test
    void broken_structure_is_an_error_naming_file_and_line() {
        DictionaryException early = assertThrows(DictionaryException.class,
            () -> PetrarchVerbs.parse("&X\n+A\n\n- * TREATY [161]\n", "bad.verbs"));
        assertEquals(4, early.line());
        assertTrue(early.getMessage().startsWith("bad.verbs:4: "), early.getMessage());
        DictionaryException brackets = assertThrows(DictionaryException.class,
            () -> PetrarchVerbs.parse("--- BREAK [1717 ---\nBREAK\n", "bad.verbs"));
        assertEquals(1, brackets.line());
    }

    @Test
    void regular_forms_follow_petrarch() {
        assertEquals(List.of("depart", "departs", "departed", "departing"), PetrarchVerbs.regularForms("depart"));
        assertEquals(List.of("deny", "denies", "denied", "denying"), PetrarchVerbs.regularForms("deny"));
        assertEquals(List.of("restore", "restores", "restored", "restoring"), PetrarchVerbs.regularForms("restore"));
        assertEquals("ties", PetrarchVerbs.plural("tie"));
        assertEquals("embassies", PetrarchVerbs.plural("embassy"));
    }
}
