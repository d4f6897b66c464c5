package org.dyad.eval;

import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Place;
import org.dyad.model.PlaceEntity;
import org.dyad.model.PlaceMention;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The geoparsing scorer on hand-made gold and coder output. */
class GeoScorerTest {

    private static final double EPS = 1e-12;
    // "Floods in Ruritania reached Streeling, a Ruritanian town near Zenda."
    //  Ruritania 10..19, Streeling 28..37, Ruritanian 41..51, Zenda 62..67
    private static final String TEXT = "Floods in Ruritania reached Streeling, a Ruritanian town near Zenda.";
    private static final GeoToponym RURITANIA = new GeoToponym(new Span(10, 19), "Ruritania", 100L, "Ruritania", "PCLI", 45.0, 20.0);
    private static final GeoToponym STREELING = new GeoToponym(new Span(28, 37), "Streeling", 101L, "Streeling", "PPL", 45.5, 20.5);
    private static final GeoToponym RURITANIAN = new GeoToponym(new Span(41, 51), "Ruritanian", 100L, "Ruritania", "PCLI", 45.0, 20.0);
    private static final GeoToponym ZENDA = new GeoToponym(new Span(62, 67), "Zenda", null, null, null, null, null);
    private static final GeoArticle GOLD = new GeoArticle("a", null, TEXT, null,
        List.of(RURITANIA, STREELING, RURITANIAN, ZENDA));

    private static final GeoScorer SCORER = new GeoScorer(p -> p.endsWith("ian"));

    private static PlaceEntity entity(Place p, PlaceMention... mentions) {
        return new PlaceEntity(p, List.of(mentions), "test", 1.0);
    }

    private static PlaceMention mention(int b, int e, String kind) {
        return new PlaceMention(new Span(b, e), 0, kind);
    }

    private static CodedArticle coded(PlaceEntity... places) {
        return new CodedArticle(Article.of("a", TEXT, null), List.of(), 0, List.of(), List.of(), List.of(), List.of(),
            List.of(places), List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void the_gold_itself_scores_full_marks() {
        Place ruritania = new Place("Ruritania", 100L, "RUR", null, 45.0, 20.0, "PCLI");
        Place streeling = new Place("Streeling", 101L, "RUR", null, 45.5, 20.5, "PPL");
        Place zenda = new Place("Zenda", null, "RUR", null, 44.0, 19.0, "PPL");
        GeoScores s = SCORER.score(List.of(GOLD), List.of(coded(
            entity(ruritania, mention(10, 19, PlaceMention.LITERAL), mention(41, 51, PlaceMention.ADJECTIVAL)),
            entity(streeling, mention(28, 37, PlaceMention.LITERAL)), entity(zenda, mention(62, 67, PlaceMention.LITERAL)))));
        assertEquals(new Prf(4, 0, 0), s.toponyms());
        assertEquals(new Prf(3, 0, 0), s.literal(), "the adjectival one left out on both sides");
        assertEquals(new Ratio(3, 3), s.within161(), "Zenda has no gold point");
        assertEquals(new Ratio(3, 3), s.exactId());
        assertEquals(1.0, s.metrics().get(Metric.GEO_TOPONYM_F1), EPS);
    }

    @Test
    void overlaps_match_one_to_one_and_distances_count() {
        // Dyad: "in Ruritania" (overlaps), Streeling put 300 km off, "Ruritanian" missed, "reached" spurious
        Place wrongStreeling = new Place("Streeling", 999L, "XXX", null, 45.5 + 2.7, 20.5, "PPL");
        Place ruritania = new Place("Ruritania", 100L, "RUR", null, 47.0, 20.0, "PCLI"); // 222 km from the gold point
        GeoScores s = SCORER.score(List.of(GOLD), List.of(coded(
            entity(ruritania, mention(7, 19, PlaceMention.LITERAL)),
            entity(wrongStreeling, mention(28, 37, PlaceMention.LITERAL), mention(20, 27, PlaceMention.LITERAL)))));
        assertEquals(new Prf(2, 1, 2), s.toponyms());
        assertEquals(new Ratio(1, 2), s.within161(), "Ruritania's own GeoNames entry counts as 0 km, Streeling is 300 km off");
        assertEquals(new Ratio(0, 2), s.within161Raw(), "by coordinates alone both are far");
        assertEquals(new Ratio(1, 2), s.exactId());
        assertEquals(4 + 1, s.outcomes().size(), "one line per gold toponym and per spurious mention");
        GeoOutcome spurious = s.outcomes().stream().filter(o -> !o.inGold()).findFirst().orElseThrow();
        assertEquals("reached", spurious.phrase());
    }

    @Test
    void a_mention_matches_one_gold_toponym_only() {
        Place p = new Place("Ruritania", 100L, "RUR", null, 45.0, 20.0, "PCLI");
        // one long Dyad span over Ruritania..Streeling
        GeoScores s = SCORER.score(List.of(GOLD), List.of(coded(entity(p, mention(10, 37, PlaceMention.LITERAL)))));
        assertEquals(new Prf(1, 0, 3), s.toponyms());
    }

    @Test
    void gold_and_coded_must_pair_up() {
        assertThrows(IllegalArgumentException.class, () -> SCORER.score(List.of(GOLD), List.of()));
    }
}
