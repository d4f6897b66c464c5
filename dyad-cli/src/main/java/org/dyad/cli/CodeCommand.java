package org.dyad.cli;

import org.dyad.Coder;
import org.dyad.event.PloverVersion;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Input;
import org.dyad.json.DyadJson;
import org.dyad.model.CodedArticle;
import org.dyad.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        PrintStream err = System.err;
        int[] coded = {0};
        int[] failed = {0};
        try (Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             OrderedPool<String[]> pool = new OrderedPool<>(options.threads, r -> emit(r, w, err, coded, failed))) {
            new ArticleReader(defaultDate).read(inputs, System.in, item -> {
                if (item instanceof Input.Bad bad) {
                    pool.done(new String[] {null, bad.origin() + ": " + bad.problem()});
                } else if (item instanceof Input.Ok ok) {
                    pool.submit(() -> code(coder, json, ok));
                }
            });
            pool.finish();
            w.flush();
        }
        if (coded[0] == 0) {
            err.println("dyad: nothing could be coded");
            return 1;
        }
        return 0;
    }

    private static String[] code(Coder coder, ArticleFormat json, Input.Ok ok) {
        CodedArticle a;
        try {
            a = coder.code(ok.article());
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in Dyad must not cost the rest of the batch: name the article and go on
            if (Logging.verbose()) {
                e.printStackTrace();
            }
            return new String[] {null, ok.origin() + ": could not be coded (" + e + "); please report this"};
        }
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
        return new String[] {json.apply(a), notes.isEmpty() ? null : notes.toString()};
    }

    private static void emit(String[] r, Writer w, PrintStream err, int[] coded, int[] failed) {
        if (r[1] != null) {
            err.println("dyad: " + r[1].replace("\n", "\ndyad: "));
        }
        if (r[0] == null) {
            failed[0]++;
            return;
        }
        try {
            if (!r[0].isEmpty()) { // GDELT rows of an article without events, or a speaker not heard: nothing
                w.write(r[0]);
                w.write('\n');
            }
            coded[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
