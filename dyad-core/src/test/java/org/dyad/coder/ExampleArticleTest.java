package org.dyad.coder;

import org.dyad.CoderFixture;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Predicate;

import static org.dyad.event.EventAssertions.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The design's example article (TRT World, G20 summit in Antalya, 15 November 2015), read from
 * ../shared/corpus. Nothing in Dyad special-cases it: these facts must fall out of general mechanisms.
 */
class ExampleArticleTest {

    private static CodedArticle coded;

    @BeforeAll
    static void codeTheArticle() throws IOException {
        Path shared = CoderFixture.shared();
        Assumptions.assumeTrue(shared != null, "../shared is not beside the repository");
        String raw = Files.readString(shared.resolve("corpus/000_f74b1c298b775472.txt"));
        int nl = raw.indexOf('\n');
        coded = CoderFixture.coder().code(new Article("000_f74b1c298b775472", raw.substring(0, nl).strip(),
            raw.substring(nl + 1).stripLeading(), LocalDate.of(2015, 11, 15), "TRT World", null, "en"));
    }

    private static boolean has(Predicate<Event> p) {
        return coded.events().stream().filter(Event::asserted).anyMatch(p);
    }

    private static boolean from(Event e, String code) {
        return e.source() != null && e.source().code().equals(code);
    }

    private static boolean to(Event e, String prefix) {
        return e.target() != null && e.target().code().startsWith(prefix);
    }

    @Test
    void russia_attacks_the_syrian_opposition() {
        assertTrue(has(e -> e.root().equals("19") && e.source() != null && e.source().code().startsWith("RUS")
            && to(e, "SYROPP")), describe(coded.events()));
    }

    @Test
    void the_eu_appeals_to_or_urges_the_us_and_russia() {
        for (String target : new String[] {"USA", "RUS"}) {
            assertTrue(has(e -> from(e, "IGOEUREEC") && to(e, target)
                && (e.root().equals("02") || e.root().equals("03") || e.root().equals("10"))),
                "EU → " + target + ": " + describe(coded.events()));
        }
    }

    @Test
    void the_eu_criticises_russia() {
        assertTrue(has(e -> from(e, "IGOEUREEC") && to(e, "RUS") && (e.root().equals("11") || e.root().equals("12"))),
            describe(coded.events()));
    }

    @Test
    void the_us_and_the_eu_meet_in_antalya_on_the_day() {
        assertTrue(has(e -> e.root().equals("04") && (from(e, "USAGOV") && to(e, "IGOEUREEC")
                || from(e, "IGOEUREEC") && to(e, "USAGOV"))
            && e.date().equals(LocalDate.of(2015, 11, 15))
            && e.location() != null && e.location().name().equals("Antalya")),
            describe(coded.events()));
    }

    @Test
    void antalya_syria_europe_the_middle_east_and_africa_are_resolved() {
        java.util.function.Function<String, org.dyad.model.Place> place = name -> coded.places().stream()
            .map(org.dyad.model.PlaceEntity::place).filter(p -> p.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError(name + " is missing from " + coded.places()));
        org.dyad.model.Place antalya = coded.places().stream().map(org.dyad.model.PlaceEntity::place)
            .filter(p -> Long.valueOf(323777).equals(p.geonameId())).findFirst()
            .orElseThrow(() -> new AssertionError("the city of Antalya is missing from " + coded.places()));
        assertEquals("TUR", antalya.country());
        assertTrue(Math.abs(antalya.lat() - 36.9) < 0.1 && Math.abs(antalya.lon() - 30.7) < 0.1, antalya.toString());
        assertEquals("PCLI", place.apply("Syria").featureCode());
        assertEquals("SYR", place.apply("Syria").country());
        assertEquals("CONT", place.apply("Europe").featureCode());
        assertEquals("CONT", place.apply("Africa").featureCode());
        assertEquals("RGN", place.apply("Middle East").featureCode());
    }

    @Test
    void tusk_is_the_european_union_not_poland() {
        coded.mentions().stream().filter(m -> m.span().of(coded.article().text()).contains("Tusk"))
            .forEach(m -> assertEquals("IGOEUREEC", m.actor().code(), "mention at " + m.span()));
        assertTrue(coded.mentions().stream().anyMatch(m -> m.span().of(coded.article().text()).contains("Tusk")));
    }
}
