package org.dyad.model;

import java.util.List;
import java.util.Map;

/**
 * Everything Dyad found in one article. Immutable.
 *
 * @param article    the input
 * @param sentences  sentence spans, in order (index = evidence sentence number)
 * @param tokens     number of tokens
 * @param events     coded events
 * @param actors     distinct actors with their mentions
 * @param mentions   every actor mention (fine-grained; {@code actors} groups them)
 * @param quotes     direct quotations with speakers
 * @param places     distinct places with their mentions
 * @param dates      date expressions
 * @param counts     numbers with what they count
 * @param problems   what went wrong with the input and how it was handled
 * @param stageNanos time spent per pipeline stage, in nanoseconds (for benchmarks)
 */
public record CodedArticle(Article article, List<Span> sentences, int tokens, List<Event> events,
                           List<ActorEntity> actors, List<ActorMention> mentions, List<Quote> quotes,
                           List<PlaceEntity> places, List<DateMention> dates, List<Count> counts,
                           List<Problem> problems, Map<String, Long> stageNanos) {
    public CodedArticle {
        sentences = List.copyOf(sentences);
        events = List.copyOf(events);
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
        dates = List.copyOf(dates);
        counts = List.copyOf(counts);
        problems = List.copyOf(problems);
        stageNanos = Map.copyOf(stageNanos);
    }
}
