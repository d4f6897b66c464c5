package org.dyad.eval;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrGoldTest {

    private static PetrRecord byId(PetrGold gold, String id) {
        return gold.records().stream().filter(r -> r.id().equals(id)).findFirst()
            .orElseThrow(() -> new AssertionError("no record " + id));
    }

    @Test
    void reads_the_petrarch2_validation_records_despite_self_closed_sentences() {
        PetrGold gold = PetrGold.read(GoldData.file("petr2-gsr-dev.xml"));
        assertEquals(40, gold.records().size());
        assertEquals(40, gold.evaluated().size());

        PetrRecord first = gold.records().get(0);
        assertEquals("AFP0808020625_4", first.id());
        assertEquals(LocalDate.of(2008, 8, 4), first.date());
        assertEquals("AFP", first.category());
        assertEquals(List.of(new PetrCoding("USA", "CHN", "042")), first.codings());
        assertEquals("The stopover came as the US leader prepared to attend the Beijing Olympics, an event which"
            + " will test his vow to keep politics out of the Games.", first.text());
        assertFalse(first.noEvents());

        PetrRecord last = gold.records().get(39);
        assertEquals("github_issue27_4", last.id());
        assertEquals(List.of(new PetrCoding("GEOGOV", "GEOOPP", "030")), last.codings());
        assertEquals("Georgian demonstrators received assurances from the Georgian government.", last.text());
    }

    @Test
    void reads_several_codings_no_events_and_a_bad_date() {
        PetrGold gold = PetrGold.read(GoldData.file("petr2-gsr-dev.xml"));
        PetrRecord talks = byId(gold, "AFP0808020905_1");
        assertEquals(List.of(new PetrCoding("LBNGOV", "USAMIL", "046"), new PetrCoding("USAMIL", "LBNGOV", "046")),
            talks.codings(), "the comment line before the codings is not a coding");
        assertNull(talks.date());
        assertTrue(gold.problems().contains("AFP0808020905_1: date '121108' is not YYYYMMDD; read as none"),
            gold.problems().toString());
        assertEquals(7, gold.records().stream().filter(PetrRecord::noEvents).count());
        assertTrue(gold.records().stream().filter(PetrRecord::noEvents).allMatch(r -> r.codings().isEmpty()));
        assertEquals(42, gold.records().stream().mapToInt(r -> r.codings().size()).sum());
        assertEquals("CAMEO.2.0.txt", gold.environment().get("Verbfile"));
        assertEquals(List.of("CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"), gold.dictionaries());
    }

    @Test
    void an_empty_text_is_rebuilt_from_the_ud_parse() {
        PetrGold gold = PetrGold.read(GoldData.file("petr2-gsr-dev.xml"));
        PetrRecord boko = byId(gold, "abc12_3");
        assertEquals("Boko Haram has launched many similar attacks during its six-year campaign for a strict"
            + " Islamic state in northeastern Nigeria .", boko.text(), "the parse marks no SpaceAfter=No before the stop");
        assertEquals(List.of(new PetrCoding("NGAREB", "NGAMUS", "190")), boko.codings());
        assertTrue(gold.problems().contains("abc12_3: empty <Text>; text rebuilt from the <Parse> tokens"),
            gold.problems().toString());
    }

    @Test
    void conllu_text_keeps_multiword_tokens_and_space_after_marks() {
        String parse = String.join("\n",
            "# text = I don't know.",
            "1\tI\tI\tPRON\t_\t_\t3\tnsubj\t_\t_",
            "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
            "2\tdo\tdo\tAUX\t_\t_\t4\taux\t_\t_",
            "3\tn't\tnot\tPART\t_\t_\t4\tadvmod\t_\t_",
            "4\tknow\tknow\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No",
            "5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_");
        assertEquals("I don't know.", PetrGold.textOfConllu(parse));
        assertEquals("", PetrGold.textOfConllu("(ROOT (S (NP (NNP Arnor))))"));
    }

    @Test
    void reads_the_petrarch_unit_test_suite() {
        PetrGold gold = PetrGold.read(GoldData.file("petrarch-unittest/PETR.UnitTest.records.xml"));
        assertEquals(284, gold.records().size());
        PetrRecord demo = gold.records().get(0);
        assertEquals("DEMO-00", demo.id());
        assertEquals(LocalDate.of(1995, 1, 1), demo.date());
        assertEquals(List.of(new PetrCoding("ARN", "GON", "064")), demo.codings());
        assertEquals("Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds"
            + " trashed its embassy.", demo.text());
        assertEquals("FINAL-RECORD", gold.records().get(283).id());

        assertEquals(19, gold.records().stream().filter(PetrRecord::noEvents).count());
        assertEquals(7, gold.records().stream().filter(r -> !r.errors().isEmpty()).count());
        assertEquals(List.of("dateline"), byId(gold, "ERROR-01").errors());
        // new actors are written as quoted text
        assertEquals(new PetrCoding("\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"", "\"THE MINISTRY OF MAGIC\"", "032"),
            byId(gold, "ACTOR-01").codings().get(0));
        // spaces around '=' in attributes
        assertEquals(LocalDate.of(2009, 1, 1), byId(gold, "AFP0909010096-4").date());
        assertEquals("false", byId(gold, "DEMO-04").attributes().get("sentence"));
        // <Config> lines between sentences apply to the sentences after them
        assertEquals("false", byId(gold, "COMPOUND-03").config().get("require_dyad"));
        assertEquals("true", byId(gold, "COMPOUND-05").config().get("require_dyad"));
        assertEquals("True", demo.config().get("stop_on_error"));
        assertEquals(List.of("PETR.Validate.verbs.txt", "PETR.Validate.actors.txt", "PETR.Validate.agents.txt",
            "PETR.Validate.discards.txt"), gold.dictionaries());
        assertTrue(gold.records().stream().noneMatch(r -> r.text().contains("&amp;")));
    }

    @Test
    void parses_hand_made_input_leniently() {
        String xml = """
            <Validation>
            # a comment line that mentions <EventCoding sourcecode="X" targetcode="Y" eventcode="010"/>
            <Sentences>
            <Sentence id="one" date="20150609" category="T" evaluate="true"/>
            <EventCoding sourcecode='USA' targetcode = "RUS" eventcode="040" />
            <!-- <EventCoding sourcecode="NOT" targetcode="READ" eventcode="010"/> -->
            <Text>
            Obama met
               Putin &amp; Lavrov.
            </Text>
            <Parse>(ROOT (S (NP Obama) (VP met)))</Parse>

            <Sentence id="two" date="2015" evaluate="false">
            <EventCoding noevents="True"></EventCoding>
            <Text>Nothing happened.</Text>
            </Sentence>
            <Sentence id="three" date="20150101">
            <EventCoding sourcecode="USA" eventcode="040"/>
            </Sentence>
            </Sentences>
            </Validation>
            """;
        PetrGold gold = PetrGold.parse(xml, "hand.xml");
        assertEquals(List.of("one", "two"), gold.records().stream().map(PetrRecord::id).toList());
        PetrRecord one = gold.records().get(0);
        assertEquals(List.of(new PetrCoding("USA", "RUS", "040")), one.codings());
        assertEquals("Obama met Putin & Lavrov.", one.text());
        assertEquals(4, one.line());
        PetrRecord two = gold.records().get(1);
        assertTrue(two.noEvents());
        assertFalse(two.evaluate());
        assertNull(two.date());
        assertEquals(List.of("one"), gold.evaluated().stream().map(PetrRecord::id).toList());
        assertEquals(List.of(
            "two: date '2015' is not YYYYMMDD; read as none",
            "hand.xml:18: <EventCoding sourcecode=\"USA\" eventcode=\"040\"> lacks a source, target or event code; ignored",
            "hand.xml:17: sentence three has no <Text>; skipped"), gold.problems());
        assertEquals(Map.of("id", "one", "date", "20150609", "category", "T", "evaluate", "true"), one.attributes());
    }

    @Test
    void recognises_validation_files_by_content() {
        assertTrue(PetrGold.looksLike("<Sentences><Sentence id='a'/><EventCoding noevents='True'/>"));
        assertFalse(PetrGold.looksLike("<articles><article docid='1'><text>x</text></article></articles>"));
    }
}
