package org.dyad.event;

import org.dyad.internal.Tsv;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {

    private final Codebook codebook = Codebook.standard();
    private final Lexicon lexicon = Lexicon.builtIn(codebook);

    @Test
    void every_cameo_code_is_reachable() {
        Set<String> reached = new HashSet<>();
        lexicon.entries().forEach(e -> reached.add(e.code()));
        for (String code : codebook.all().keySet()) {
            if (code.length() >= 3) {
                assertTrue(reached.contains(code), "no lexicon entry gives CAMEO " + code + " " + codebook.get(code).name());
            }
        }
    }

    @Test
    void every_root_has_at_least_fifteen_predicates() {
        Map<String, Set<String>> heads = new HashMap<>();
        lexicon.entries().forEach(e -> heads.computeIfAbsent(e.code().substring(0, 2), k -> new HashSet<>())
            .add(e.pattern().pos() + ":" + e.pattern().head()));
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            int n = heads.getOrDefault(r, Set.of()).size();
            assertTrue(n >= 15, "root " + r + " has " + n + " distinct predicates");
        }
    }

    @Test
    void no_pattern_appears_twice_across_files() {
        Map<String, String> seen = new HashMap<>();
        for (LexiconEntry e : lexicon.entries()) {
            String key = e.pattern().pos() + " " + e.pattern().text();
            String before = seen.put(key, e.source());
            assertEquals(null, before, "pattern '" + key + "' in " + e.source() + " is also in " + before);
        }
    }

    @Test
    void a_class_row_holds_for_each_member_and_a_members_own_row_wins_wherever_it_stands() {
        var entries = Lexicon.parse(rows("072\tV\tsend WEAPON to {T}\n150\tV\tsend missile to {T}\n"), codebook);
        Map<String, String> code = new HashMap<>();
        entries.forEach(e -> code.put(e.pattern().text(), e.code() + " " + e.source()));
        assertEquals("072 sample.tsv:1", code.get("send tank to {T}"));
        assertEquals("072 sample.tsv:1", code.get("send air defence system to {T}"));
        assertEquals("150 sample.tsv:2", code.get("send missile to {T}"));
        assertEquals(WordClasses.BUILT_IN.members("WEAPON").size(), entries.size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Lexicon.parse(rows("072\tV\tsend GADGET to {T}\n"), codebook));
        assertTrue(e.getMessage().contains("sample.tsv:1") && e.getMessage().contains("unknown word class GADGET"),
            e.getMessage());
    }

    @Test
    void a_good_line_loads_and_bad_lines_are_rejected_naming_file_and_line() {
        var good = Lexicon.parse(rows("# comment\n195\tN\tair strike on {T}\t# aerial\n"), codebook);
        assertEquals("195", good.get(0).code());
        assertEquals("sample.tsv:2", good.get(0).source());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Lexicon.parse(rows("999\tV\tattack {T}\n"), codebook));
        assertTrue(e.getMessage().startsWith("sample.tsv:1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lexicon.parse(rows("190\tX\tattack {T}\n"), codebook));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.parse(rows("190\tV\tattack {T}\n190\tV\tattack {T}\n"), codebook));
    }

    private static java.util.List<Tsv.Row> rows(String text) {
        return Tsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "sample.tsv", 3);
    }

    @Test
    void rejecting_verbs_share_the_fixed_object_entries_of_reject() {
        LexiconEntry talks = lexicon.entries().stream()
            .filter(e -> e.pattern().text().equals("turn down offer of talk")).findFirst().orElseThrow();
        assertEquals("125", talks.code(), "as 'reject offer of talk'");
        assertTrue(talks.source().endsWith("~turn down"), talks.source());
        assertTrue(lexicon.entries().stream().noneMatch(e -> e.pattern().text().startsWith("spurn {T}") && e.source().contains("~")),
            "'reject {T}' has no fixed object and is not copied");
    }

    @Test
    void a_re_verb_without_entries_takes_its_base_verbs() {
        assertEquals(lexicon.verbs("impose", "imposed"), lexicon.verbs("re-impose", "re-imposed"),
            "a hyphenated re- verb has the base verb's entries");
        assertEquals(lexicon.verbs("establish", "established"), lexicon.verbs("reestablish", "reestablished"),
            "an unhyphenated re- verb too");
        assertTrue(lexicon.isTrigger("redeploy", "redeployed"), "a re- verb of a trigger is a trigger");
        assertTrue(lexicon.verbs("recommend", "recommended").isEmpty(), "'recommend' only looks prefixed: not 'commend'");
        assertTrue(lexicon.verbs("reside", "resides").isEmpty(), "'reside' is not 'side'");
        assertTrue(lexicon.nouns("reaction", "reaction").stream().noneMatch(e -> e.pattern().head().equals("action")),
            "an unhyphenated noun keeps no base noun's entries");
    }
}
