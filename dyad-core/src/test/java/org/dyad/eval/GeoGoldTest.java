package org.dyad.eval;

import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The geoparsing gold reader on a hand-written sample of the format, and on the dev files where present. */
class GeoGoldTest {

    /** Offsets: Ruritania 10..19, Streeling 28..37; in the second article the first offset drifts by 2. */
    static final String SAMPLE = """
        <?xml version="1.0" encoding="utf-8"?>
        <articles>
        <article docid="a1">
          <title>Floods</title>
          <dltime>2016-12-19</dltime>
          <text><![CDATA[Floods in Ruritania reached Streeling today.]]></text>
          <toponyms>
            <toponym><start>10</start><end>19</end><phrase>Ruritania</phrase>
              <gaztag geonameid="100"><name>Republic of Ruritania</name><fclass>A</fclass><fcode>PCLI</fcode>
                <lat>45.0</lat><lon>20.0</lon><country geonameid="100">Ruritania</country></gaztag></toponym>
            <toponym><start>28</start><end>37</end><phrase>Streeling</phrase>
              <gaztag geonameid="101"><name>Streeling</name><fclass>P</fclass><fcode>PPL</fcode>
                <lat>45.5</lat><lon>20.5</lon></gaztag></toponym>
          </toponyms>
        </article>
        <article docid="a2">
          <dltime>4:58 PM ET, Wed November 16, 2016</dltime>
          <text><![CDATA[A Ruritanian court in Zenda met.]]></text>
          <toponyms>
            <toponym><start>0</start><end>12</end><phrase>Ruritanian</phrase>
              <gaztag geonameid="100"><name>Ruritania</name><fcode>PCLI</fcode><lat>45.0</lat><lon>20.0</lon></gaztag></toponym>
            <toponym><start>22</start><end>27</end><phrase>Zenda</phrase></toponym>
            <toponym><start>90</start><end>95</end><phrase>Nowhere</phrase></toponym>
          </toponyms>
        </article>
        </articles>
        """;

    @Test
    void articles_and_toponyms_are_read_with_their_gaztags() {
        GeoGold g = GeoGold.parse(SAMPLE, "sample.xml");
        assertEquals(2, g.articles().size());
        GeoArticle a = g.articles().get(0);
        assertEquals("a1", a.id());
        assertEquals(LocalDate.of(2016, 12, 19), a.date());
        GeoToponym ruritania = a.toponyms().get(0);
        assertEquals(new Span(10, 19), ruritania.span());
        assertEquals("Ruritania", ruritania.span().of(a.text()));
        assertEquals(100L, ruritania.geonameId());
        assertEquals("Republic of Ruritania", ruritania.name(), "the gaztag's name, not the country's");
        assertEquals("PCLI", ruritania.featureCode());
        assertEquals(45.0, ruritania.lat());
    }

    @Test
    void drifting_offsets_are_moved_onto_their_phrase_and_the_rest_is_reported() {
        GeoGold g = GeoGold.parse(SAMPLE, "sample.xml");
        GeoArticle a2 = g.articles().get(1);
        assertEquals(LocalDate.of(2016, 11, 16), a2.date(), "a long-form dltime");
        assertEquals(List.of("Ruritanian", "Zenda"), a2.toponyms().stream().map(t -> a2.text().substring(
            t.span().begin(), t.span().end())).toList());
        assertEquals(new Span(2, 12), a2.toponyms().get(0).span(), "moved 2 characters onto its phrase");
        GeoToponym zenda = a2.toponyms().get(1);
        assertNull(zenda.geonameId(), "a toponym the annotators left unresolved");
        assertFalse(zenda.located());
        assertEquals("sample.xml: 1 toponyms whose offsets missed their phrase by a few characters were moved onto it",
            g.problems().get(0));
        assertTrue(g.problems().contains("a2: toponym 'Nowhere' is not at or near offset 90; left out"), g.problems().toString());
        assertEquals(new Span(28, 37), g.articles().get(0).toponyms().get(1).span(), "Streeling is where the file says");
    }

    @Test
    void download_times_are_read_in_the_forms_the_files_use() {
        List<String> problems = new java.util.ArrayList<>();
        assertEquals(LocalDate.of(2016, 12, 17), GeoGold.date("Dec 17, 2016 8:46 AM ET", "x", problems));
        assertEquals(LocalDate.of(2016, 11, 23), GeoGold.date("Wed Nov 23, 2016 | 3:01pm EST", "x", problems));
        assertEquals(LocalDate.of(2016, 11, 24), GeoGold.date("24 November 2016", "x", problems));
        assertEquals(LocalDate.of(2016, 10, 10), GeoGold.date("2016 Oct 10", "x", problems));
        assertEquals(LocalDate.of(2009, 3, 20), GeoGold.date("2009-03-20 12:24:52.002364-05", "x", problems));
        assertEquals(List.of(), problems);
        assertNull(GeoGold.date("yesterday", "x", problems));
        assertEquals(List.of("x: dltime 'yesterday' is not a date Dyad reads; read as none"), problems);
    }

    @Test
    void only_unreadable_xml_is_an_error() {
        assertTrue(GeoGold.looksLike(SAMPLE));
        assertFalse(GeoGold.looksLike("<Sentences><Sentence/></Sentences>"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> GeoGold.parse("<articles><article docid='x'><toponym>", "broken.xml"));
        assertTrue(e.getMessage().startsWith("broken.xml: not readable XML"), e.getMessage());
    }

    @Test
    void the_dev_files_read_whole() {
        GeoGold tr = GeoGold.read(GoldData.file("geo/tr-news-dev.xml"));
        assertEquals(59, tr.articles().size());
        assertEquals(706, tr.articles().stream().mapToInt(a -> a.toponyms().size()).sum(),
            "every toponym placed: " + tr.problems());
        GeoGold lgl = GeoGold.read(GoldData.file("geo/lgl-dev.xml"));
        assertEquals(196, lgl.articles().size());
        assertEquals(1697, lgl.articles().stream().mapToInt(a -> a.toponyms().size()).sum());
        for (GeoArticle a : lgl.articles()) {
            for (GeoToponym t : a.toponyms()) {
                assertEquals(t.phrase(), t.span().of(a.text()), a.id());
            }
        }
    }
}
