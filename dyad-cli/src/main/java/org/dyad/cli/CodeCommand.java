package org.dyad.cli;

import org.dyad.Coder;
import org.dyad.event.PloverVersion;
import org.dyad.ingest.Input;
import org.dyad.json.DyadJson;
import org.dyad.model.CodedArticle;
import org.dyad.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad code}: articles in, one line of Dyad JSON per article out, in input order. */
@Command(name = "code", description = "Code articles into events, actors, places, quotations, dates and counts.",
    mixinStandardHelpOptions = true)
final class CodeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
        description = "Text files (first line the title), .jsonl files, folders, .xml news collections, or - for standard input.")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of articles that carry none.")
    String date;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "Output format: json (default, Dyad JSON), gkg (GDELT GKG 2.1), gdelt (GDELT 2.0 Events), mentions (GDELT 2.0 Mentions).")
    String format = "json";

    @Option(names = "--speaker", paramLabel = "NAME",
        description = "Keep only this speaker's quotations and statements, and only articles where the speaker says something.")
    String speaker;

    @Option(names = "--plover", paramLabel = "VERSION", description = "PLOVER categories: 2021 (default) or 2016.")
    String plover = "2021";

    @Option(names = "--min-confidence", paramLabel = "X",
        description = "Leave out events below this confidence (default: ${DEFAULT-VALUE}).")
    double minConfidence = 0.5;

    @Option(names = "--no-text", description = "Do not repeat the article text in the output.")
    boolean noText;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    CoderOptions options = new CoderOptions();

    @Override
    public Integer call() throws IOException {
        LocalDate defaultDate = parseDate(date);
        ArticleFormat json = ArticleFormat.of(format, new DyadJson(PloverVersion.parse(plover), !noText, minConfidence),
            minConfidence, speaker);
        Coder coder = options.coder();
        int coded = ArticleBatch.run(inputs, defaultDate, options.threads, out, ok -> code(coder, json, ok));
        if (coded == 0) {
            System.err.println("dyad: nothing could be coded");
            return 1;
        }
        return 0;
    }

    private static ArticleBatch.Result code(Coder coder, ArticleFormat json, Input.Ok ok) {
        CodedArticle a = coder.code(ok.article());
        StringBuilder notes = new StringBuilder();
        if (ok.warning() != null) {
            notes.append(ok.origin()).append(": ").append(ok.warning());
        }
        for (Problem p : a.problems()) {
            if (p.code().equals("truncated") || p.code().equals("empty")) {
                if (!notes.isEmpty()) {
                    notes.append('\n');
                }
                notes.append(ok.origin()).append(": ").append(p.message());
            }
        }
        return new ArticleBatch.Result(json.apply(a), notes.isEmpty() ? null : notes.toString());
    }

    static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date must be YYYY-MM-DD, not '" + s + "'");
        }
    }
}
