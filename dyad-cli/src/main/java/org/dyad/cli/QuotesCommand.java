package org.dyad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.dyad.Coder;
import org.dyad.ingest.Input;
import org.dyad.knowledge.SpeakerQuery;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dyad quotes}: what people said. Codes the articles and lists their direct quotations and reported
 * statements with speakers, optionally only those of one speaker, in input order.
 */
@Command(name = "quotes", description = "List what people said: quotations and reported statements with their speakers.",
    mixinStandardHelpOptions = true)
final class QuotesCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Parameters(arity = "1..*", paramLabel = "FILE",
        description = "Text files (first line the title), .jsonl files, folders, .xml news collections, or - for standard input.")
    List<String> inputs;

    @Option(names = "--speaker", paramLabel = "NAME",
        description = "Only this speaker: all words of NAME in the speaker's name (any case), or an actor code (IGOEUREEC).")
    String speaker;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of articles that carry none.")
    String date;

    @Option(names = "--json", description = "One JSON object per line instead of tab-separated columns.")
    boolean json;

    @Option(names = "--no-statements", description = "Direct quotations only, no reported speech.")
    boolean noStatements;

    @Option(names = "--unattributed", description = "Also list quotations whose speaker was not found (without --speaker).")
    boolean unattributed;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    CoderOptions options = new CoderOptions();

    /** One thing said: a quotation or a statement, as the output shows it. */
    private record Said(String article, String date, Actor speaker, String kind, String verb, Span span, String text,
                        int sentence, String rule) {
    }

    @Override
    public Integer call() throws IOException {
        SpeakerQuery query = speaker == null ? null : new SpeakerQuery(speaker);
        Coder coder = options.coder();
        int coded = ArticleBatch.run(inputs, CodeCommand.parseDate(date), options.threads, out, ok -> list(coder, ok, query));
        if (coded == 0) {
            System.err.println("dyad: nothing could be coded");
            return 1;
        }
        return 0;
    }

    private ArticleBatch.Result list(Coder coder, Input.Ok ok, SpeakerQuery query) {
        CodedArticle a = coder.code(ok.article());
        StringBuilder b = new StringBuilder();
        for (Said s : said(a, query)) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(json ? json(s) : tsv(s));
        }
        return new ArticleBatch.Result(b.toString(), ok.warning() == null ? null : ok.origin() + ": " + ok.warning());
    }

    private List<Said> said(CodedArticle a, SpeakerQuery query) {
        String id = a.article().id();
        String day = a.article().date() == null ? "" : a.article().date().toString();
        List<Said> out = new ArrayList<>();
        for (Quote q : a.quotes()) {
            if (query != null ? query.matches(q.speaker()) : q.speaker() != null || unattributed) {
                out.add(new Said(id, day, q.speaker(), q.partial() ? "partial" : "quote", q.verb(), q.span(), q.text(),
                    q.sentence(), q.rule()));
            }
        }
        if (!noStatements) {
            for (Statement s : a.statements()) {
                if (query != null ? query.matches(s.speaker()) : s.speaker() != null) {
                    out.add(new Said(id, day, s.speaker(), "statement", s.verb(), s.content(), s.text(), s.sentence(),
                        s.rule()));
                }
            }
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /** article, date, speaker, code, kind, verb, begin, end, text. */
    private static String tsv(Said s) {
        return String.join("\t", s.article(), s.date(), s.speaker() == null ? "" : s.speaker().name(),
            s.speaker() == null ? "" : s.speaker().code(), s.kind(), s.verb() == null ? "" : s.verb(),
            String.valueOf(s.span().begin()), String.valueOf(s.span().end()), oneLine(s.text()));
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    private static String json(Said s) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("article", s.article());
            g.writeStringField("date", s.date().isEmpty() ? null : s.date());
            if (s.speaker() == null) {
                g.writeNullField("speaker");
            } else {
                g.writeObjectFieldStart("speaker");
                g.writeStringField("name", s.speaker().name());
                g.writeStringField("code", s.speaker().code());
                g.writeEndObject();
            }
            g.writeStringField("kind", s.kind());
            g.writeStringField("verb", s.verb());
            g.writeArrayFieldStart("span");
            g.writeNumber(s.span().begin());
            g.writeNumber(s.span().end());
            g.writeEndArray();
            g.writeNumberField("sentence", s.sentence());
            g.writeStringField("rule", s.rule());
            g.writeStringField("text", s.text());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
