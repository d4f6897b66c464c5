package org.dyad.eval;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PloverGoldTest {

    @Test
    void reads_the_plover_dev_set_without_its_document_record() {
        PloverGold gold = PloverGold.read(GoldData.file("plover-gsr-dev.json"));
        List<PloverRecord> records = gold.records();
        assertEquals(164, records.size());
        assertTrue(records.stream().noneMatch(r -> r.category().equals("DOCUMENT")));

        PloverRecord first = records.get(0);
        assertEquals("PLOVER-GSR01-AGREE-0001", first.id());
        assertEquals("AGREE", first.category());
        assertEquals(LocalDate.of(2000, 1, 1), first.date());
        assertTrue(first.text().startsWith("Senior Hungarian and Romanian officials agreed"), first.text());
        assertEquals(List.of(new GoldActor("Hungarian", "HUN", "GOV"), new GoldActor("Romanian", "ROU", "GOV")),
            first.sources());
        assertEquals(List.of(), first.targets());
        assertTrue(first.sourceTargetMarked(), first.markup());
    }

    @Test
    void counts_the_gold_categories() {
        Map<String, Integer> counts = new TreeMap<>();
        PloverGold.read(GoldData.file("plover-gsr-dev.json")).records()
            .forEach(r -> counts.merge(r.category(), 1, Integer::sum));
        assertEquals(20, counts.get("AGREE"));
        assertEquals(17, counts.get("DEMAND"));
        assertEquals(9, counts.get("FIGHT"));
        assertEquals(5, counts.get("INVESTIGATE"));
        assertEquals(18, counts.size());
    }

    @Test
    void odd_actor_fields_are_read_as_none_and_reported() {
        PloverGold gold = PloverGold.read(GoldData.file("plover-gsr-dev.json"));
        PloverRecord noSource = gold.records().stream().filter(r -> r.id().equals("PLOVER-GSR01-ASSAULT-0009"))
            .findFirst().orElseThrow();
        assertEquals(List.of(), noSource.sources());
        PloverRecord wordTarget = gold.records().stream().filter(r -> r.id().equals("PLOVER-GSR01-AGREE-0007"))
            .findFirst().orElseThrow();
        assertEquals(List.of(), wordTarget.targets());
        assertEquals(List.of("PLOVER-GSR01-AGREE-0007: target is \"diplomatic\", not a list of actors; read as none"),
            gold.problems());
    }

    @Test
    void parses_hand_made_records_leniently() {
        String json = """
            [ {"id": "DOC", "event": "DOCUMENT", "comment": "about this file"},
              {"id": "a", "event": "FIGHT", "text": "Rebels attacked.", "date": "2001-02-03",
               "source": [{"actorText": "Rebels", "code": "SYR", "sector": "REB"}], "target": "",
               "textInfo": {"markup": "(SRC: Rebels) (EVT: attacked)."}},
              {"id": "b", "event": "AGREE", "date": "yesterday", "text": "They agreed.",
               "source": [{"actorText": "They"}, {"actorText": "Italy", "code": "ITL"}]},
              {"id": "c", "event": "AGREE"},
              {"id": "d", "text": "No category."} ]
            """;
        PloverGold gold = PloverGold.parse(json, "hand.json");
        assertEquals(List.of("a", "b"), gold.records().stream().map(PloverRecord::id).toList());
        PloverRecord a = gold.records().get(0);
        assertEquals(LocalDate.of(2001, 2, 3), a.date());
        assertEquals(List.of(), a.targets());
        assertFalse(a.sourceTargetMarked());
        PloverRecord b = gold.records().get(1);
        assertEquals(null, b.date());
        assertEquals(List.of(new GoldActor("Italy", "ITL", null)), b.sources());
        assertEquals("", b.markup());
        assertEquals(List.of(
            "b: date 'yesterday' is not YYYY-MM-DD; read as none",
            "b: a source without a code ({\"actorText\":\"They\"}); left out",
            "c: no text; skipped",
            "d: no event category; skipped"), gold.problems());
    }

    @Test
    void a_file_that_is_not_a_json_array_is_a_clear_error() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> PloverGold.parse("{\"id\": 1}", "x.json"));
        assertEquals("x.json: a PLOVER gold file is a JSON array of records", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PloverGold.parse("[ {", "y.json"));
    }

    @Test
    void recognises_plover_content() {
        assertTrue(PloverGold.looksLike("\n [ {\"event\": \"AGREE\", \"text\": \"x\"} ]"));
        assertFalse(PloverGold.looksLike("{\"event\": \"AGREE\", \"text\": \"x\"}"));
        assertFalse(PloverGold.looksLike("[1, 2, 3]"));
    }
}
