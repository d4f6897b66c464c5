package org.dyad.export;

import org.dyad.model.CodedArticle;
import org.dyad.model.Count;
import org.dyad.model.DateMention;
import org.dyad.model.Event;
import org.dyad.model.NameEntity;
import org.dyad.model.PlaceEntity;
import org.dyad.model.PlaceMention;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.ThemeMention;
import org.dyad.model.Tone;
import org.dyad.place.Gazetteer;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a coded article as one GDELT Global Knowledge Graph 2.1 row: 27 tab-separated columns in the
 * order of the GKG Codebook V2.1 (GKGRECORDID, V2.1DATE, V2SOURCECOLLECTIONIDENTIFIER,
 * V2SOURCECOMMONNAME, V2DOCUMENTIDENTIFIER, V1COUNTS, V2.1COUNTS, V1THEMES, V2ENHANCEDTHEMES,
 * V1LOCATIONS, V2ENHANCEDLOCATIONS, V1PERSONS, V2ENHANCEDPERSONS, V1ORGANIZATIONS,
 * V2ENHANCEDORGANIZATIONS, V1.5TONE, V2.1ENHANCEDDATES, V2GCAM, V2.1SHARINGIMAGE, V2.1RELATEDIMAGES,
 * V2.1SOCIALIMAGEEMBEDS, V2.1SOCIALVIDEOEMBEDS, V2.1QUOTATIONS, V2.1ALLNAMES, V2.1AMOUNTS,
 * V2.1TRANSLATIONINFO, V2EXTRASXML), with GDELT's delimiters inside each field.
 *
 * <p>Themes are Dyad's taxonomy ({@code themes.tsv}), not GDELT's; count types are GDELT's where one
 * exists (KILL, WOUND, ARREST, KIDNAP, PROTEST, REFUGEES, DISPLACED) and Dyad's category in upper case
 * otherwise; V2GCAM holds the word count only; V2EXTRASXML holds the page title and, beyond GDELT, each
 * quotation's speaker ({@code <DYAD_QUOTE_SPEAKERS>offset|name|code#...</DYAD_QUOTE_SPEAKERS>}).
 * Offsets are Dyad's character offsets into the article text. Rows have no line terminator. Immutable
 * and thread-safe.
 */
public final class GkgWriter {

    /** Number of columns of a GKG 2.1 row. */
    public static final int COLUMNS = 27;

    private static final Map<String, String> COUNT_TYPES = Map.of("killed", "KILL", "wounded", "WOUND",
        "arrested", "ARREST", "missing", "KIDNAP", "protesters", "PROTEST", "refugees", "REFUGEES",
        "displaced", "DISPLACED");

    private final GdeltGeo geo;

    /** A writer with the built-in FIPS table and gazetteer (for full place names). */
    public GkgWriter() {
        this(Fips.standard(), Gazetteer.standard());
    }

    /** @param gazetteer names of countries and divisions for GDELT's full place names; may be null */
    public GkgWriter(Fips fips, Gazetteer gazetteer) {
        this.geo = new GdeltGeo(fips, gazetteer);
    }

    /**
     * The article's stable GKGRECORDID in GDELT's form {@code YYYYMMDDHHMMSS-N}: its publication time
     * (00:00:00 of its date; {@code 00000000000000} without one) and a 53-bit hash of its id.
     */
    public static String recordId(CodedArticle a) {
        LocalDateTime t = GdeltFields.published(a.article());
        return (t == null ? "00000000000000" : GdeltFields.timestamp(t)) + "-"
            + GdeltFields.stableId("gkg", a.article().id());
    }

    /** The article's row, with {@link #recordId(CodedArticle)}. */
    public String row(CodedArticle a) {
        return row(a, recordId(a));
    }

    /** The article's row with the caller's record id (the store's, for instance). */
    public String row(CodedArticle a, String recordId) {
        String[] f = new String[COLUMNS];
        f[0] = GdeltFields.clean(recordId);
        f[1] = GdeltFields.timestamp(GdeltFields.published(a.article()));
        f[2] = "1";
        f[3] = GdeltFields.sourceName(a.article());
        f[4] = GdeltFields.identifier(a.article());
        counts(a, f);
        themes(a, f);
        locations(a, f);
        f[11] = v1Names(a.persons());
        f[12] = v2Names(a.persons());
        f[13] = v1Names(a.organisations());
        f[14] = v2Names(a.organisations());
        f[15] = tone(a.tone());
        f[16] = dates(a);
        f[17] = a.tone().words() == 0 ? "" : "wc:" + a.tone().words();
        f[18] = "";
        f[19] = "";
        f[20] = "";
        f[21] = "";
        f[22] = quotations(a);
        f[23] = allNames(a);
        f[24] = amounts(a);
        f[25] = "";
        f[26] = extras(a);
        return GdeltFields.row(f);
    }

    private void counts(CodedArticle a, String[] f) {
        StringBuilder v1 = new StringBuilder();
        StringBuilder v2 = new StringBuilder();
        for (Count c : a.counts()) {
            if (c.category().equals("money")) {
                continue; // amounts of money belong in V2.1AMOUNTS
            }
            String type = COUNT_TYPES.getOrDefault(c.category(), c.category().toUpperCase(Locale.ROOT));
            String object = GdeltFields.part(c.noun() == null ? c.category() : c.noun());
            Event e = c.event() != null && c.event() >= 0 && c.event() < a.events().size() ? a.events().get(c.event()) : null;
            String place = e != null && e.location() != null && GdeltGeo.type(e.location()) > 0
                ? geo.v1(e.location()) : "0######";
            String block = type + "#" + GdeltFields.number(c.value(), 0) + "#" + object + "#" + place;
            v1.append(block).append(';');
            v2.append(block).append('#').append(c.span().begin()).append(';');
        }
        f[5] = v1.toString();
        f[6] = v2.toString();
    }

    private static void themes(CodedArticle a, String[] f) {
        Set<String> distinct = new LinkedHashSet<>();
        StringBuilder v2 = new StringBuilder();
        for (ThemeMention t : a.themes()) {
            distinct.add(t.theme());
            v2.append(t.theme()).append(',').append(t.span().begin()).append(';');
        }
        StringBuilder v1 = new StringBuilder();
        for (String t : distinct) {
            v1.append(t).append(';');
        }
        f[7] = v1.toString();
        f[8] = v2.toString();
    }

    private void locations(CodedArticle a, String[] f) {
        StringBuilder v1 = new StringBuilder();
        StringBuilder v2 = new StringBuilder();
        for (PlaceEntity p : a.places()) {
            if (GdeltGeo.type(p.place()) == 0) {
                continue;
            }
            v1.append(geo.v1(p.place())).append(';');
            for (PlaceMention m : p.mentions()) {
                v2.append(geo.v2(p.place(), m.span().begin())).append(';');
            }
        }
        f[9] = v1.toString();
        f[10] = v2.toString();
    }

    /** V1PERSONS, V1ORGANIZATIONS: distinct names, lower case as GDELT writes them. */
    private static String v1Names(List<NameEntity> names) {
        StringBuilder b = new StringBuilder();
        for (NameEntity n : names) {
            b.append(GdeltFields.part(n.name()).toLowerCase(Locale.ROOT)).append(';');
        }
        return b.toString();
    }

    /** V2ENHANCEDPERSONS, V2ENHANCEDORGANIZATIONS: Name,offset for every mention. */
    private static String v2Names(List<NameEntity> names) {
        StringBuilder b = new StringBuilder();
        for (NameEntity n : names) {
            for (Span s : n.mentions()) {
                b.append(GdeltFields.part(n.name())).append(',').append(s.begin()).append(';');
            }
        }
        return b.toString();
    }

    /** Tone, PositiveScore, NegativeScore, Polarity, ActivityReferenceDensity, SelfGroupReferenceDensity, WordCount. */
    private static String tone(Tone t) {
        return String.join(",", GdeltFields.number(t.tone(), 6), GdeltFields.number(t.positive(), 6),
            GdeltFields.number(t.negative(), 6), GdeltFields.number(t.polarity(), 6),
            GdeltFields.number(t.activityDensity(), 6), GdeltFields.number(t.selfGroupDensity(), 6),
            String.valueOf(t.words()));
    }

    /** Resolution#Month#Day#Year#Offset: 4 a full date, 2 month and year, 1 a year (weeks and decades have no GDELT form). */
    private static String dates(CodedArticle a) {
        StringBuilder b = new StringBuilder();
        for (DateMention d : a.dates()) {
            if (d.value() == null || d.granularity() == null) {
                continue;
            }
            String v = d.value();
            String block = switch (d.granularity()) {
                case "day" -> "4#" + Integer.parseInt(v.substring(5, 7)) + "#" + Integer.parseInt(v.substring(8, 10))
                    + "#" + v.substring(0, 4);
                case "month" -> "2#" + Integer.parseInt(v.substring(5, 7)) + "#0#" + v.substring(0, 4);
                case "year" -> "1#0#0#" + v.substring(0, 4);
                default -> null;
            };
            if (block != null) {
                b.append(block).append('#').append(d.span().begin()).append(';');
            }
        }
        return b.toString();
    }

    /** Offset|Length|Verb|Quote, blocks separated by '#'. */
    private static String quotations(CodedArticle a) {
        StringBuilder b = new StringBuilder();
        for (Quote q : a.quotes()) {
            if (b.length() > 0) {
                b.append('#');
            }
            b.append(q.span().begin()).append('|').append(q.span().length()).append('|')
                .append(GdeltFields.part(q.verb() == null ? "" : q.verb())).append('|').append(GdeltFields.part(q.text()));
        }
        return b.toString();
    }

    /** Name,offset for every person, organisation and actor name mention, in text order. */
    private static String allNames(CodedArticle a) {
        List<String[]> names = new ArrayList<>();
        for (List<NameEntity> list : List.of(a.persons(), a.organisations())) {
            for (NameEntity n : list) {
                for (Span s : n.mentions()) {
                    names.add(new String[] {GdeltFields.part(s.of(a.article().text())), String.valueOf(s.begin())});
                }
            }
        }
        names.sort((x, y) -> Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1])));
        StringBuilder b = new StringBuilder();
        for (String[] n : names) {
            b.append(n[0]).append(',').append(n[1]).append(';');
        }
        return b.toString();
    }

    /** Amount,Object,Offset for every count, money included. */
    private static String amounts(CodedArticle a) {
        StringBuilder b = new StringBuilder();
        for (Count c : a.counts()) {
            String object = c.category().equals("money") ? (c.unit() == null ? "money" : c.unit())
                + (c.noun() == null ? "" : " " + c.noun()) : c.noun() == null ? c.category() : c.noun();
            b.append(GdeltFields.number(c.value(), 2)).append(',').append(GdeltFields.part(object)).append(',')
                .append(c.span().begin()).append(';');
        }
        return b.toString();
    }

    /** The page title (as GDELT writes it) and, beyond GDELT, each quotation's speaker. */
    private static String extras(CodedArticle a) {
        StringBuilder b = new StringBuilder();
        if (a.article().title() != null && !a.article().title().isBlank()) {
            b.append("<PAGE_TITLE>").append(xml(a.article().title())).append("</PAGE_TITLE>");
        }
        StringBuilder speakers = new StringBuilder();
        for (Quote q : a.quotes()) {
            if (q.speaker() == null) {
                continue;
            }
            if (speakers.length() > 0) {
                speakers.append('#');
            }
            speakers.append(q.span().begin()).append('|').append(xml(GdeltFields.part(q.speaker().name()))).append('|')
                .append(xml(q.speaker().code()));
        }
        if (speakers.length() > 0) {
            b.append("<DYAD_QUOTE_SPEAKERS>").append(speakers).append("</DYAD_QUOTE_SPEAKERS>");
        }
        return b.toString();
    }

    private static String xml(String s) {
        return GdeltFields.clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
