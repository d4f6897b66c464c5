package org.dyad.store.duckdb;

import org.dyad.export.EventTally;
import org.dyad.export.GdeltEventWriter;
import org.dyad.export.GdeltMentionWriter;
import org.dyad.export.GkgWriter;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The GDELT rows of an article, written with {@link org.dyad.export}'s writers when the article is stored
 * (the store keeps the rows, not the whole coded article they need), and completed at export time with
 * what only the store knows: the merged record's id, its counts across articles, its mean tone and the day
 * it was first seen.
 *
 * <p>Field positions are those of GDELT's published layouts (Event Codebook V2.0). Immutable and
 * thread-safe.
 */
final class GdeltRows {

    // GDELT 2.0 Event row
    static final int EVENT_ID = 0;
    static final int NUM_MENTIONS = 31;
    static final int NUM_SOURCES = 32;
    static final int NUM_ARTICLES = 33;
    static final int AVG_TONE = 34;
    static final int DATE_ADDED = 59;
    // GDELT 2.0 Mentions row
    static final int MENTION_EVENT_ID = 0;
    static final int EVENT_TIME_DATE = 1;

    private final GdeltEventWriter events = new GdeltEventWriter();
    private final GdeltMentionWriter mentions = new GdeltMentionWriter();
    private final GkgWriter gkg = new GkgWriter();

    /**
     * The event as its own article reports it (one mention, one article), or null if the writer failed on it:
     * a bug in an export must not cost the article its place in the store.
     */
    String event(long id, Event e, CodedArticle a) {
        try {
            return events.row(id, e, a, EventTally.of(a));
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** The mention's row, or null if the writer failed on it. */
    String mention(long id, Event e, CodedArticle a) {
        try {
            return mentions.row(id, null, e, a);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** The article's GKG row under the store's record id, or null if the writer failed on it. */
    String gkg(CodedArticle a, long articleId) {
        try {
            return gkg.row(a, timestamp(a.article().date()) + "-" + articleId);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** GDELT's YYYYMMDDHHMMSS for a day (Dyad keeps no time of day); the zero stamp for no day. */
    static String timestamp(LocalDate d) {
        return d == null ? "00000000000000"
            : String.format(Locale.ROOT, "%04d%02d%02d000000", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** A number as GDELT writes it: no exponent, at most {@code decimals} decimals, no trailing zeros. */
    static String number(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.equals("-0") ? "0" : s;
    }

    /** The row with fields replaced: {@code fields} alternates positions and values. */
    static String patch(String row, Object... fields) {
        String[] f = row.split("\t", -1);
        for (int i = 0; i < fields.length; i += 2) {
            f[(Integer) fields[i]] = String.valueOf(fields[i + 1]);
        }
        return String.join("\t", f);
    }
}
