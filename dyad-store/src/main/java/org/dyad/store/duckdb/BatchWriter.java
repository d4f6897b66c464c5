package org.dyad.store.duckdb;

import org.dyad.model.Actor;
import org.dyad.model.ActorEntity;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Count;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Place;
import org.dyad.model.PlaceEntity;
import org.dyad.model.PlaceMention;
import org.dyad.model.Problem;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.ThemeMention;
import org.dyad.store.ArticleKey;
import org.dyad.store.StoreItem;
import org.dyad.store.merge.EventSignature;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.net.URI;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Appends one batch's rows to the tables: each article with its actors, quotations, places, counts, themes
 * and event mentions, and the event records the batch opens. Rows become visible to queries on the
 * connection when the writer is closed and are committed with the connection's transaction. Used by one
 * thread, for one batch.
 */
final class BatchWriter implements AutoCloseable {

    private final DuckDBAppender articles;
    private final DuckDBAppender events;
    private final DuckDBAppender mentions;
    private final DuckDBAppender actors;
    private final DuckDBAppender quotations;
    private final DuckDBAppender places;
    private final DuckDBAppender counts;
    private final DuckDBAppender themes;

    private final GdeltRows gdelt;

    BatchWriter(DuckDBConnection c, GdeltRows gdelt) throws SQLException {
        this.gdelt = gdelt;
        articles = c.createAppender("main", "articles");
        events = c.createAppender("main", "events");
        mentions = c.createAppender("main", "event_mentions");
        actors = c.createAppender("main", "actors");
        quotations = c.createAppender("main", "quotations");
        places = c.createAppender("main", "places");
        counts = c.createAppender("main", "counts");
        themes = c.createAppender("main", "themes");
    }

    /**
     * Appends an article with its actors, quotations, places, counts and event mentions.
     *
     * @param eventIds per event of the article (coder order), the record it belongs to, or null
     */
    void article(StoreItem item, ArticleKey key, Long[] eventIds) throws SQLException {
        CodedArticle c = item.coded();
        Article a = c.article();
        long id = key.id();
        int[] sb = new int[c.sentences().size()];
        int[] se = new int[c.sentences().size()];
        for (int i = 0; i < sb.length; i++) {
            sb[i] = c.sentences().get(i).begin();
            se[i] = c.sentences().get(i).end();
        }
        List<String> problems = new ArrayList<>();
        for (Problem p : c.problems()) {
            problems.add(p.code() + ": " + p.message());
        }
        articles.beginRow();
        articles.append(id);
        articles.append(key.hex());
        articles.append(a.id());
        str(articles, item.origin());
        str(articles, a.title());
        date(articles, a.date());
        str(articles, a.source());
        str(articles, outlet(a));
        str(articles, a.url());
        str(articles, item.byline());
        str(articles, a.language());
        articles.append(a.text());
        articles.append(sb);
        articles.append(se);
        articles.append(c.tokens());
        articles.append(c.events().size());
        articles.append(problems);
        articles.append(c.tone().tone());
        str(articles, gdelt.gkg(c, id));
        articles.endRow();

        for (int i = 0; i < c.events().size(); i++) {
            mention(c, id, key.mentionId(i), i, eventIds[i], c.events().get(i));
        }
        for (int i = 0; i < c.actors().size(); i++) {
            ActorEntity e = c.actors().get(i);
            Actor x = e.actor();
            actors.beginRow();
            actors.append(id);
            actors.append(i);
            actors.append(x.name());
            actors.append(x.code());
            str(actors, x.country());
            str(actors, x.sector());
            actors.append(kind(x));
            str(actors, e.role());
            str(actors, e.resolvedBy());
            actors.append(e.mentions().size());
            actors.append(begins(e.mentions()));
            actors.append(ends(e.mentions()));
            actors.endRow();
        }
        for (int i = 0; i < c.quotes().size(); i++) {
            Quote q = c.quotes().get(i);
            quotations.beginRow();
            quotations.append(id);
            quotations.append(i);
            str(quotations, q.text());
            quotations.append(q.span().begin());
            quotations.append(q.span().end());
            quotations.append(q.sentence());
            Actor s = q.speaker();
            str(quotations, s == null ? null : s.name());
            str(quotations, s == null ? null : s.code());
            str(quotations, s == null ? null : s.country());
            str(quotations, s == null ? null : s.sector());
            integer(quotations, q.speakerSpan() == null ? null : q.speakerSpan().begin());
            integer(quotations, q.speakerSpan() == null ? null : q.speakerSpan().end());
            str(quotations, q.rule());
            quotations.append(q.confidence());
            quotations.endRow();
        }
        for (int i = 0; i < c.places().size(); i++) {
            PlaceEntity e = c.places().get(i);
            Place p = e.place();
            List<Span> spans = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (PlaceMention m : e.mentions()) {
                spans.add(m.span());
                kinds.add(m.kind());
            }
            places.beginRow();
            places.append(id);
            places.append(i);
            places.append(p.name());
            int64(places, p.geonameId());
            str(places, p.country());
            str(places, p.admin1());
            places.append(p.lat());
            places.append(p.lon());
            str(places, p.featureCode());
            str(places, e.resolvedBy());
            places.append(e.confidence());
            places.append(spans.size());
            places.append(begins(spans));
            places.append(ends(spans));
            places.append(kinds);
            places.endRow();
        }
        for (int i = 0; i < c.counts().size(); i++) {
            Count n = c.counts().get(i);
            counts.beginRow();
            counts.append(id);
            counts.append(i);
            str(counts, n.text());
            counts.append(n.value());
            str(counts, n.category());
            str(counts, n.noun());
            counts.append(n.span().begin());
            counts.append(n.span().end());
            counts.append(n.sentence());
            counts.endRow();
        }
        for (int i = 0; i < c.themes().size(); i++) {
            ThemeMention t = c.themes().get(i);
            themes.beginRow();
            themes.append(id);
            themes.append(i);
            str(themes, t.theme());
            str(themes, t.term());
            themes.append(t.span().begin());
            themes.append(t.span().end());
            themes.append(t.sentence());
            themes.endRow();
        }
    }

    private void mention(CodedArticle c, long articleId, long mentionId, int index, Long eventId, Event e)
        throws SQLException {
        mentions.beginRow();
        mentions.append(mentionId);
        mentions.append(articleId);
        mentions.append(index);
        int64(mentions, eventId);
        mentions.append(e.modality().label());
        eventColumns(mentions, e, e.location());
        Evidence v = e.evidence();
        str(mentions, v.dateFrom());
        str(mentions, v.locationFrom());
        mentions.append(v.sentence());
        span(mentions, v.source());
        span(mentions, v.trigger());
        span(mentions, v.target());
        str(mentions, v.rule());
        mentions.append(v.confidence());
        str(mentions, gdelt.event(mentionId, e, c));
        str(mentions, gdelt.mention(mentionId, e, c));
        mentions.endRow();
    }

    /**
     * Appends an event record opened by {@code first}, at {@code location} (the first mention's, or one a later
     * mention of the batch supplied). Its counts are placeholders until the store recomputes them.
     */
    void event(long eventId, Event first, Place location, long firstArticleId) throws SQLException {
        events.beginRow();
        events.append(eventId);
        eventColumns(events, first, location);
        events.append(1);
        events.append(1);
        events.append(1);
        date(events, first.date());
        date(events, first.date());
        events.append(firstArticleId);
        events.endRow();
    }

    /** The columns events and event_mentions share, in {@link Schema}'s order. */
    private static void eventColumns(DuckDBAppender t, Event e, Place location) throws SQLException {
        t.append(e.cameo());
        t.append(e.root());
        str(t, e.plover());
        str(t, e.ploverMode());
        str(t, e.ploverContext());
        t.append(e.goldstein());
        t.append(e.quadClass());
        actor(t, e.source());
        actor(t, e.target());
        str(t, EventSignature.dyadKey(e.source()));
        str(t, EventSignature.dyadKey(e.target()));
        date(t, e.date());
        if (location == null) {
            for (int i = 0; i < 7; i++) {
                t.appendNull();
            }
        } else {
            t.append(location.name());
            int64(t, location.geonameId());
            str(t, location.country());
            str(t, location.admin1());
            t.append(location.lat());
            t.append(location.lon());
            str(t, location.featureCode());
        }
    }

    private static void actor(DuckDBAppender t, Actor a) throws SQLException {
        if (a == null) {
            for (int i = 0; i < 5; i++) {
                t.appendNull();
            }
            return;
        }
        t.append(a.code());
        t.append(a.name());
        str(t, a.country());
        str(t, a.sector());
        t.append(kind(a));
    }

    private static String kind(Actor a) {
        return a.kind().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The outlet an article came from, for counting sources: its source name, else its URL's host without
     * {@code www.}; lower case. Null when neither is known.
     */
    static String outlet(Article a) {
        String s = a.source();
        if (s == null || s.isBlank()) {
            s = host(a.url());
        }
        if (s == null || s.isBlank()) {
            return null;
        }
        s = s.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("www.") ? s.substring(4) : s;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            // not a URL: no host to count by
            return null;
        }
    }

    private static int[] begins(List<Span> spans) {
        int[] out = new int[spans.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = spans.get(i).begin();
        }
        return out;
    }

    private static int[] ends(List<Span> spans) {
        int[] out = new int[spans.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = spans.get(i).end();
        }
        return out;
    }

    private static void span(DuckDBAppender t, Span s) throws SQLException {
        if (s == null) {
            t.appendNull();
            t.appendNull();
        } else {
            t.append(s.begin());
            t.append(s.end());
        }
    }

    private static void str(DuckDBAppender t, String s) throws SQLException {
        if (s == null) {
            t.appendNull();
        } else {
            t.append(s);
        }
    }

    private static void integer(DuckDBAppender t, Integer v) throws SQLException {
        if (v == null) {
            t.appendNull();
        } else {
            t.append(v.intValue());
        }
    }

    private static void int64(DuckDBAppender t, Long v) throws SQLException {
        if (v == null) {
            t.appendNull();
        } else {
            t.append(v.longValue());
        }
    }

    private static void date(DuckDBAppender t, LocalDate d) throws SQLException {
        if (d == null) {
            t.appendNull();
        } else {
            t.append(d);
        }
    }

    /** Flushes every table; the rows join the connection's open transaction. */
    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (DuckDBAppender a : List.of(articles, events, mentions, actors, quotations, places, counts, themes)) {
            try {
                a.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
