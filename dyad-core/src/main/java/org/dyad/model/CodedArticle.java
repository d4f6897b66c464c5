package org.dyad.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything Dyad found in one article. Immutable.
 *
 * @param article       the input
 * @param sentences     sentence spans, in order (index = evidence sentence number)
 * @param tokens        number of tokens
 * @param events        coded events
 * @param actors        distinct actors with their mentions
 * @param mentions      every actor mention (fine-grained; {@code actors} groups them)
 * @param quotes        direct quotations with speakers
 * @param places        distinct places with their mentions
 * @param dates         date expressions
 * @param counts        numbers with what they count
 * @param problems      what went wrong with the input and how it was handled
 * @param stageNanos    time spent per pipeline stage, in nanoseconds (for benchmarks)
 * @param statements    indirect speech ("Tusk said that ..."): speaker, verb and content span
 * @param themes        every match of a theme of Dyad's taxonomy, in text order
 * @param tone          the article's tone; {@link Tone#NONE} for an empty text
 * @param persons       distinct person names with all their mentions
 * @param organisations distinct organisation names with all their mentions
 */
public record CodedArticle(Article article, List<Span> sentences, int tokens, List<Event> events,
                           List<ActorEntity> actors, List<ActorMention> mentions, List<Quote> quotes,
                           List<PlaceEntity> places, List<DateMention> dates, List<Count> counts,
                           List<Problem> problems, Map<String, Long> stageNanos, List<Statement> statements,
                           List<ThemeMention> themes, Tone tone, List<NameEntity> persons,
                           List<NameEntity> organisations) {
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
        statements = List.copyOf(statements);
        themes = List.copyOf(themes);
        tone = Objects.requireNonNullElse(tone, Tone.NONE);
        persons = List.copyOf(persons);
        organisations = List.copyOf(organisations);
    }

    /** An article without the knowledge-stage lists (statements, themes, tone, names): for tests and readers of older output. */
    public CodedArticle(Article article, List<Span> sentences, int tokens, List<Event> events,
                        List<ActorEntity> actors, List<ActorMention> mentions, List<Quote> quotes,
                        List<PlaceEntity> places, List<DateMention> dates, List<Count> counts,
                        List<Problem> problems, Map<String, Long> stageNanos) {
        this(article, sentences, tokens, events, actors, mentions, quotes, places, dates, counts, problems, stageNanos,
            List.of(), List.of(), Tone.NONE, List.of(), List.of());
    }
}
