package org.dyad.cli;

import org.dyad.export.GdeltEventWriter;
import org.dyad.export.GdeltMentionWriter;
import org.dyad.export.GkgWriter;
import org.dyad.json.DyadJson;
import org.dyad.knowledge.SpeakerQuery;
import org.dyad.model.CodedArticle;

import java.util.List;
import java.util.function.Function;

/**
 * What {@code dyad code} writes for one coded article: Dyad JSON (one line), a GDELT GKG 2.1 row (one
 * line), GDELT 2.0 Event rows or Mentions rows (one line per event, none for an article without events).
 * With a speaker, only that speaker's quotations and statements are kept and articles where the speaker
 * says nothing are left out. Thread-safe.
 */
final class ArticleFormat implements Function<CodedArticle, String> {

    static final List<String> NAMES = List.of("json", "gkg", "gdelt", "mentions");

    private final Function<CodedArticle, String> writer;
    private final SpeakerQuery speaker;

    private ArticleFormat(Function<CodedArticle, String> writer, SpeakerQuery speaker) {
        this.writer = writer;
        this.speaker = speaker;
    }

    /**
     * @param name    json, gkg, gdelt or mentions
     * @param speaker a speaker to keep, or null
     * @throws IllegalArgumentException for an unknown format name
     */
    static ArticleFormat of(String name, DyadJson json, double minConfidence, String speaker) {
        Function<CodedArticle, String> w = switch (name) {
            case "json" -> json::write;
            case "gkg" -> new GkgWriter()::row;
            case "gdelt" -> {
                GdeltEventWriter events = new GdeltEventWriter();
                yield a -> String.join("\n", events.rows(a, minConfidence));
            }
            case "mentions" -> {
                GdeltMentionWriter mentions = new GdeltMentionWriter();
                yield a -> String.join("\n", mentions.rows(a, minConfidence));
            }
            default -> throw new IllegalArgumentException("unknown --format '" + name + "' (one of: "
                + String.join(", ", NAMES) + ")");
        };
        return new ArticleFormat(w, speaker == null ? null : new SpeakerQuery(speaker));
    }

    /** The article's output lines without a final line break; empty when there is nothing to write. */
    @Override
    public String apply(CodedArticle a) {
        if (speaker != null) {
            a = speaker.filter(a);
            if (a.quotes().isEmpty() && a.statements().isEmpty()) {
                return "";
            }
        }
        return writer.apply(a);
    }
}
