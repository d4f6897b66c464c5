package org.dyad.export;

import org.dyad.model.CodedArticle;

import java.time.LocalDateTime;

/**
 * How often an event was reported, for GDELT's NumMentions, NumSources, NumArticles, AvgTone and
 * DATEADDED columns. One article gives {@link #of(CodedArticle)}; the store's merged events give their
 * own counts across articles.
 *
 * @param numMentions mentions of the event over all articles (at least 1)
 * @param numSources  distinct sources that reported it (at least 1)
 * @param numArticles distinct articles that reported it (at least 1)
 * @param avgTone     mean tone of those articles (GDELT's -100..100 scale, see {@link org.dyad.model.Tone})
 * @param dateAdded   when the event was first seen (GDELT's DATEADDED, UTC), or null when unknown
 */
public record EventTally(int numMentions, int numSources, int numArticles, double avgTone, LocalDateTime dateAdded) {

    public EventTally {
        if (numMentions < 1 || numSources < 1 || numArticles < 1) {
            throw new IllegalArgumentException("mention, source and article counts must be at least 1, not "
                + numMentions + ", " + numSources + ", " + numArticles);
        }
    }

    /** An event reported once, by one article: its tone and its publication date (at 00:00:00). */
    public static EventTally of(CodedArticle a) {
        return new EventTally(1, 1, 1, a.tone().tone(), GdeltFields.published(a.article()));
    }
}
