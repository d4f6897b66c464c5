package org.dyad.export;

import org.dyad.model.ActorMention;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Span;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes event mentions as GDELT 2.0 Mentions rows: 16 tab-separated columns in the order of the GDELT
 * Event Codebook V2.0 (GLOBALEVENTID, EventTimeDate, MentionTimeDate, MentionType, MentionSourceName,
 * MentionIdentifier, SentenceID, Actor1CharOffset, Actor2CharOffset, ActionCharOffset, InRawText,
 * Confidence, MentionDocLen, MentionDocTone, MentionDocTranslationInfo, Extras).
 *
 * <p>SentenceID is 1-based as in GDELT; character offsets are Dyad's (0-based, into the article text),
 * -1 where the actor is not named; InRawText is 0 when an actor was found only through coreference
 * ("he") and 1 otherwise; Confidence is the evidence's confidence in percent; MentionType is 1 (web).
 * Rows have no line terminator. Immutable and thread-safe.
 */
public final class GdeltMentionWriter {

    /** Number of columns of a GDELT 2.0 Mentions row. */
    public static final int COLUMNS = 16;

    /**
     * One row per event of the article whose confidence is at least {@code minConfidence}, with the ids of
     * {@link GdeltEventWriter#eventId(CodedArticle, int)}: the rows join the article's Event rows.
     */
    public List<String> rows(CodedArticle a, double minConfidence) {
        List<String> out = new ArrayList<>(a.events().size());
        LocalDateTime published = GdeltFields.published(a.article());
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            if (e.evidence().confidence() >= minConfidence) {
                out.add(row(GdeltEventWriter.eventId(a, i), published, e, a));
            }
        }
        return out;
    }

    /**
     * One row: the mention of event {@code e} in article {@code a}.
     *
     * @param globalEventId the event's id (as in its Event row)
     * @param eventAdded    when the event was first seen (its DATEADDED), or null
     */
    public String row(long globalEventId, LocalDateTime eventAdded, Event e, CodedArticle a) {
        String[] f = new String[COLUMNS];
        f[0] = String.valueOf(globalEventId);
        f[1] = GdeltFields.timestamp(eventAdded);
        f[2] = GdeltFields.timestamp(GdeltFields.published(a.article()));
        f[3] = "1";
        f[4] = GdeltFields.sourceName(a.article());
        f[5] = GdeltFields.identifier(a.article());
        f[6] = String.valueOf(e.evidence().sentence() + 1);
        f[7] = offset(e.evidence().source());
        f[8] = offset(e.evidence().target());
        f[9] = offset(e.evidence().trigger());
        f[10] = inRawText(e, a) ? "1" : "0";
        f[11] = String.valueOf(Math.round(e.evidence().confidence() * 100));
        f[12] = String.valueOf(a.article().text().length());
        f[13] = GdeltFields.number(a.tone().tone(), 6);
        f[14] = "";
        f[15] = "";
        return GdeltFields.row(f);
    }

    private static String offset(Span s) {
        return s == null ? "-1" : String.valueOf(s.begin());
    }

    /** False when the source or target mention was resolved by coreference. */
    static boolean inRawText(Event e, CodedArticle a) {
        for (ActorMention m : a.mentions()) {
            if ((m.span().equals(e.evidence().source()) || m.span().equals(e.evidence().target()))
                && "coreference".equals(m.resolvedBy())) {
                return false;
            }
        }
        return true;
    }
}
