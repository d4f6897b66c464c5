package org.dyad.export;

import org.dyad.CoderFixture;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dyad's GDELT rows read back with nothing but the published column layouts ({@link GdeltCodebook}):
 * every column lands where a GDELT tool looks for it, with the value Dyad coded.
 */
class GdeltRoundTripTest {

    private static final String TEXT = "Russian warplanes bombed rebel positions in Idlib on Sunday, killing 40 civilians.\n\n"
        + "\"We will not stop | until the terrorists are gone # all of them,\" President Vladimir Putin said in Moscow.\n\n"
        + "Turkey condemned the strikes and said that 3,000 refugees had crossed into Hatay.";
    private static CodedArticle coded;

    @BeforeAll
    static void code() {
        coded = CoderFixture.coder().code(new Article("round-trip-1", "Strikes\ton Idlib\nagain", TEXT,
            LocalDate.of(2016, 2, 15), "Example News", "https://www.example.org/news/idlib?id=7", "en"));
        assertFalse(coded.events().isEmpty(), "the fixture must code events");
    }

    @Test
    void event_rows_have_61_columns_and_every_value_where_the_codebook_puts_it() {
        List<String> rows = new GdeltEventWriter().rows(coded, 0.0);
        assertEquals(coded.events().size(), rows.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = GdeltCodebook.read(GdeltCodebook.EVENT, rows.get(i));
            Event e = coded.events().get(i);
            assertTrue(ids.add(r.get("GLOBALEVENTID")), "ids are distinct");
            assertEquals(String.valueOf(GdeltEventWriter.eventId(coded, i)), r.get("GLOBALEVENTID"));
            assertEquals(e.date().toString().replace("-", ""), r.get("SQLDATE"));
            assertEquals(r.get("SQLDATE").substring(0, 6), r.get("MonthYear"));
            assertEquals("2016", r.get("Year"));
            assertEquals(e.date().getYear() + (e.date().getMonthValue() * 30 + e.date().getDayOfMonth()) / 365.0,
                Double.parseDouble(r.get("FractionDate")), 1e-4);
            assertEquals(e.cameo(), r.get("EventCode"));
            assertEquals(e.root(), r.get("EventRootCode"));
            assertTrue(r.get("EventCode").startsWith(r.get("EventBaseCode")));
            assertEquals(e.quadClass(), Integer.parseInt(r.get("QuadClass")));
            assertEquals(e.goldstein(), Double.parseDouble(r.get("GoldsteinScale")), 1e-9);
            assertEquals("1", r.get("NumMentions"));
            assertEquals(coded.tone().tone(), Double.parseDouble(r.get("AvgTone")), 1e-5);
            assertEquals(e.source() == null ? "" : e.source().code(), r.get("Actor1Code"));
            assertEquals(e.target() == null ? "" : e.target().code(), r.get("Actor2Code"));
            assertEquals("20160215000000", r.get("DATEADDED"));
            assertEquals("https://www.example.org/news/idlib?id=7", r.get("SOURCEURL"));
            if (e.location() != null && e.location().country() != null) {
                assertTrue(Set.of("1", "2", "3", "4", "5").contains(r.get("ActionGeo_Type")), r.toString());
                assertEquals(e.location().lat(), Double.parseDouble(r.get("ActionGeo_Lat")), 1e-4);
                assertEquals(e.location().lon(), Double.parseDouble(r.get("ActionGeo_Long")), 1e-4);
            } else {
                assertEquals("0", r.get("ActionGeo_Type"));
                assertEquals("", r.get("ActionGeo_Lat"));
            }
        }
    }

    @Test
    void russian_bombing_in_idlib_is_coded_with_gdelt_actor_and_fips_place_columns() {
        List<String> rows = new GdeltEventWriter().rows(coded, 0.0);
        Map<String, String> bombing = rows.stream().map(l -> GdeltCodebook.read(GdeltCodebook.EVENT, l))
            .filter(r -> r.get("EventRootCode").equals("19") && r.get("Actor1CountryCode").equals("RUS"))
            .findFirst().orElseThrow(() -> new AssertionError("no Russian attack among " + coded.events()));
        assertEquals("SY", bombing.get("ActionGeo_CountryCode"), bombing.toString());
        assertTrue(bombing.get("ActionGeo_FullName").contains("Idlib") && bombing.get("ActionGeo_FullName").endsWith("Syria"),
            bombing.get("ActionGeo_FullName"));
        assertTrue(bombing.get("ActionGeo_ADM1Code").startsWith("SY") && bombing.get("ActionGeo_ADM1Code").length() == 4,
            bombing.get("ActionGeo_ADM1Code"));
        assertEquals("1", bombing.get("IsRootEvent"), "the event is in the lead paragraph");
        assertEquals("4", bombing.get("QuadClass"));
    }

    @Test
    void mention_rows_join_the_event_rows_and_point_into_the_text() {
        List<String> events = new GdeltEventWriter().rows(coded, 0.0);
        List<String> mentions = new GdeltMentionWriter().rows(coded, 0.0);
        assertEquals(events.size(), mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Map<String, String> m = GdeltCodebook.read(GdeltCodebook.MENTIONS, mentions.get(i));
            Map<String, String> e = GdeltCodebook.read(GdeltCodebook.EVENT, events.get(i));
            Event ev = coded.events().get(i);
            assertEquals(e.get("GLOBALEVENTID"), m.get("GLOBALEVENTID"));
            assertEquals(e.get("DATEADDED"), m.get("EventTimeDate"));
            assertEquals("1", m.get("MentionType"));
            assertEquals("Example News", m.get("MentionSourceName"));
            assertEquals(ev.evidence().sentence() + 1, Integer.parseInt(m.get("SentenceID")));
            int action = Integer.parseInt(m.get("ActionCharOffset"));
            assertEquals(ev.evidence().trigger().begin(), action);
            int actor1 = Integer.parseInt(m.get("Actor1CharOffset"));
            assertEquals(ev.evidence().source() == null ? -1 : ev.evidence().source().begin(), actor1);
            assertEquals(TEXT.length(), Integer.parseInt(m.get("MentionDocLen")));
            int confidence = Integer.parseInt(m.get("Confidence"));
            assertTrue(confidence >= 0 && confidence <= 100);
            assertTrue(Set.of("0", "1").contains(m.get("InRawText")));
        }
    }

    @Test
    void gkg_row_has_27_columns_and_its_delimited_fields_parse() {
        String line = new GkgWriter().row(coded);
        Map<String, String> g = GdeltCodebook.read(GdeltCodebook.GKG, line);
        assertTrue(g.get("GKGRECORDID").matches("20160215000000-\\d+"), g.get("GKGRECORDID"));
        assertEquals("20160215000000", g.get("V2.1DATE"));
        assertEquals("1", g.get("V2SOURCECOLLECTIONIDENTIFIER"));
        assertEquals("https://www.example.org/news/idlib?id=7", g.get("V2DOCUMENTIDENTIFIER"));

        String[] tone = g.get("V1.5TONE").split(",");
        assertEquals(7, tone.length, g.get("V1.5TONE"));
        assertEquals(coded.tone().tone(), Double.parseDouble(tone[0]), 1e-5);
        assertEquals(coded.tone().words(), Integer.parseInt(tone[6]));

        // V2.1QUOTATIONS: Offset|Length|Verb|Quote blocks separated by '#'; no delimiter inside a quote
        String[] blocks = g.get("V2.1QUOTATIONS").split("#");
        assertEquals(coded.quotes().size(), blocks.length, g.get("V2.1QUOTATIONS"));
        String[] q = blocks[0].split("\\|", -1);
        assertEquals(4, q.length, blocks[0]);
        Quote first = coded.quotes().get(0);
        assertEquals(first.span().begin(), Integer.parseInt(q[0]));
        assertEquals(first.span().length(), Integer.parseInt(q[1]));
        assertEquals("say", q[2]);
        assertTrue(q[3].startsWith("We will not stop until the terrorists"), q[3]);

        assertTrue(g.get("V1PERSONS").contains("vladimir putin;"), g.get("V1PERSONS"));
        boolean putinAt = false;
        for (String block : g.get("V2ENHANCEDPERSONS").split(";")) {
            String[] f = block.split(",");
            assertEquals(2, f.length, block);
            if (f[0].equals("Vladimir Putin")) {
                putinAt = TEXT.startsWith("Vladimir Putin", Integer.parseInt(f[1]));
            }
        }
        assertTrue(putinAt, g.get("V2ENHANCEDPERSONS"));

        // V1COUNTS: CountType#Number#ObjectType#LocationType#FullName#CountryCode#ADM1#Lat#Long#FeatureID
        boolean refugees = false;
        for (String block : g.get("V1COUNTS").split(";")) {
            String[] f = block.split("#", -1);
            assertEquals(10, f.length, block);
            refugees |= f[0].equals("REFUGEES") && f[1].equals("3000");
        }
        assertTrue(refugees, g.get("V1COUNTS"));
        for (String block : g.get("V2.1COUNTS").split(";")) {
            assertEquals(11, block.split("#", -1).length, block);
        }

        // V2ENHANCEDLOCATIONS: Type#FullName#CountryCode#ADM1#ADM2#Lat#Long#FeatureID#Offset
        boolean idlib = false;
        for (String block : g.get("V2ENHANCEDLOCATIONS").split(";")) {
            String[] f = block.split("#", -1);
            assertEquals(9, f.length, block);
            Double.parseDouble(f[5]);
            idlib |= f[1].startsWith("Idlib") && f[2].equals("SY") && TEXT.startsWith("Idlib", Integer.parseInt(f[8]));
        }
        assertTrue(idlib, g.get("V2ENHANCEDLOCATIONS"));

        // V2.1ENHANCEDDATES: Resolution#Month#Day#Year#Offset; "Sunday" is 14 February 2016
        assertTrue(("; " + g.get("V2.1ENHANCEDDATES")).contains("4#2#14#2016#" + TEXT.indexOf("Sunday")), g.get("V2.1ENHANCEDDATES"));
        assertTrue(g.get("V1THEMES").contains("MILITARY_CONFLICT;"), g.get("V1THEMES"));
        assertTrue(g.get("V2GCAM").matches("wc:\\d+"), g.get("V2GCAM"));
        assertTrue(g.get("V2EXTRASXML").startsWith("<PAGE_TITLE>Strikes on Idlib again</PAGE_TITLE>"), g.get("V2EXTRASXML"));
        assertTrue(g.get("V2EXTRASXML").contains("|Vladimir Putin|RUSGOV"), g.get("V2EXTRASXML"));
        assertNotNull(g.get("V2.1AMOUNTS"));
        for (String block : g.get("V2.1AMOUNTS").split(";")) {
            assertEquals(3, block.split(",").length, block);
        }
    }

    @Test
    void ids_are_stable_across_writers_and_runs() {
        assertEquals(GdeltEventWriter.eventId(coded, 0), GdeltEventWriter.eventId(coded, 0));
        assertTrue(GdeltEventWriter.eventId(coded, 0) != GdeltEventWriter.eventId(coded, 1));
        assertTrue(GdeltEventWriter.eventId(coded, 0) > 0 && GdeltEventWriter.eventId(coded, 0) < (1L << 53));
        assertEquals(GkgWriter.recordId(coded), GkgWriter.recordId(coded));
    }
}
