package org.dyad.export;

import org.dyad.actor.ActorKnowledge;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.dyad.place.Gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes events as GDELT 2.0 Event rows: 61 tab-separated columns in the order of the GDELT Event
 * Codebook V2.0 (GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate, ten Actor1 columns, ten Actor2
 * columns, IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions,
 * NumSources, NumArticles, AvgTone, eight Actor1Geo, eight Actor2Geo and eight ActionGeo columns,
 * DATEADDED, SOURCEURL).
 *
 * <p>Use {@link #rows(CodedArticle, double)} for one coded article (ids from
 * {@link #eventId(CodedArticle, int)}, each event counted as one mention in one article), or
 * {@link #row(long, Event, CodedArticle, EventTally)} for an event merged across articles with its own id and
 * tally. IsRootEvent is 1 when the event's sentence lies in the article's first paragraph (its lead).
 * Actor geography is where the text places the actor's mention; the action's is the event location.
 * Rows have no line terminator. Immutable and thread-safe.
 */
public final class GdeltEventWriter {

    /** Number of columns of a GDELT 2.0 Event row. */
    public static final int COLUMNS = 61;

    private final GdeltActor actors;
    private final GdeltGeo geo;

    /** A writer with the built-in FIPS table, gazetteer (for full place names) and actor knowledge. */
    public GdeltEventWriter() {
        this(Fips.standard(), Gazetteer.standard(), ActorKnowledge.builtIn());
    }

    /**
     * @param gazetteer names of countries and divisions for GDELT's full place names; may be null
     * @param knowledge the actor knowledge whose religion codes tell religions from known groups
     */
    public GdeltEventWriter(Fips fips, Gazetteer gazetteer, ActorKnowledge knowledge) {
        this.actors = new GdeltActor(knowledge);
        this.geo = new GdeltGeo(fips, gazetteer);
    }

    /**
     * The stable GLOBALEVENTID of an article's {@code index}-th event: a 53-bit hash of the article id
     * and the index, the same on every run, so that Event and Mentions files written apart join.
     */
    public static long eventId(CodedArticle a, int index) {
        return GdeltFields.stableId("event", a.article().id(), String.valueOf(index));
    }

    /** One row per event of the article whose confidence is at least {@code minConfidence}, in order. */
    public List<String> rows(CodedArticle a, double minConfidence) {
        List<String> out = new ArrayList<>(a.events().size());
        EventTally tally = EventTally.of(a);
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            if (e.evidence().confidence() >= minConfidence) {
                out.add(row(eventId(a, i), e, a, tally));
            }
        }
        return out;
    }

    /**
     * One row.
     *
     * @param globalEventId the event's id (positive)
     * @param e             the event
     * @param a             the article the event is anchored to (its URL becomes SOURCEURL; its first
     *                      paragraph decides IsRootEvent)
     * @param tally         how often the event was reported
     */
    public String row(long globalEventId, Event e, CodedArticle a, EventTally tally) {
        if (globalEventId <= 0) {
            throw new IllegalArgumentException("GLOBALEVENTID must be positive, not " + globalEventId);
        }
        String[] f = new String[COLUMNS];
        f[0] = String.valueOf(globalEventId);
        LocalDate d = e.date() != null ? e.date() : a.article().date();
        f[1] = GdeltFields.day(d);
        f[2] = d == null ? "" : String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue());
        f[3] = d == null ? "" : String.valueOf(d.getYear());
        // GDELT's FractionDate: YEAR + (MONTH * 30 + DAY) / 365
        f[4] = d == null ? "" : String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0);
        System.arraycopy(actors.columns(e.source()), 0, f, 5, 10);
        System.arraycopy(actors.columns(e.target()), 0, f, 15, 10);
        f[25] = isRoot(e, a) ? "1" : "0";
        String code = e.cameo();
        f[26] = code;
        f[27] = code.length() > 3 ? code.substring(0, 3) : code;
        f[28] = e.root();
        f[29] = String.valueOf(e.quadClass());
        f[30] = GdeltFields.number(e.goldstein(), 1);
        f[31] = String.valueOf(tally.numMentions());
        f[32] = String.valueOf(tally.numSources());
        f[33] = String.valueOf(tally.numArticles());
        f[34] = GdeltFields.number(tally.avgTone(), 6);
        System.arraycopy(geo.columns(e.sourceLocation()), 0, f, 35, 8);
        System.arraycopy(geo.columns(e.targetLocation()), 0, f, 43, 8);
        System.arraycopy(geo.columns(e.location()), 0, f, 51, 8);
        f[59] = GdeltFields.timestamp(tally.dateAdded());
        f[60] = GdeltFields.identifier(a.article());
        return GdeltFields.row(f);
    }

    /** Whether the event's sentence lies in the article's first paragraph. */
    static boolean isRoot(Event e, CodedArticle a) {
        int sentence = e.evidence().sentence();
        if (sentence < 0 || sentence >= a.sentences().size()) {
            return false;
        }
        String text = a.article().text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        Span s = a.sentences().get(sentence);
        return end < 0 || s.begin() < end;
    }
}
