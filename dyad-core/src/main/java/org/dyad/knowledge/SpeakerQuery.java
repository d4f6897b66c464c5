package org.dyad.knowledge;

import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * "What did Tusk say?": matches speakers by name or actor code. A query matches a speaker whose name
 * holds all the query's words as whole words, in any case ("tusk", "Donald Tusk"), or whose actor code
 * equals the query ({@code IGOEUREEC}: everyone speaking for the European Union). Immutable and
 * thread-safe.
 *
 * @param query the name or code asked for, as the user typed it
 */
public record SpeakerQuery(String query) {

    public SpeakerQuery {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new IllegalArgumentException("the speaker to look for is blank");
        }
        query = query.strip();
    }

    /** Whether {@code speaker} is the one asked for; false for null. */
    public boolean matches(Actor speaker) {
        if (speaker == null) {
            return false;
        }
        if (speaker.code().equalsIgnoreCase(query)) {
            return true;
        }
        String name = " " + speaker.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !name.contains(" " + w + " ")) {
                return false;
            }
        }
        return true;
    }

    /** The article's quotations by the speaker. */
    public List<Quote> quotes(CodedArticle a) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : a.quotes()) {
            if (matches(q.speaker())) {
                out.add(q);
            }
        }
        return out;
    }

    /** The article's reported statements by the speaker. */
    public List<Statement> statements(CodedArticle a) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : a.statements()) {
            if (matches(s.speaker())) {
                out.add(s);
            }
        }
        return out;
    }

    /** The article with only the speaker's quotations and statements kept; everything else as it was. */
    public CodedArticle filter(CodedArticle a) {
        return new CodedArticle(a.article(), a.sentences(), a.tokens(), a.events(), a.actors(), a.mentions(), quotes(a),
            a.places(), a.dates(), a.counts(), a.problems(), a.stageNanos(), statements(a), a.themes(), a.tone(),
            a.persons(), a.organisations());
    }
}
