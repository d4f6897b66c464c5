package org.dyad.cli;

import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Input;
import org.dyad.internal.OrderedPool;

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
import java.util.List;

/**
 * The loop the commands that print per article share ({@code code}, {@code quotes}): read the inputs, work on
 * each article on {@code threads} workers, write the results in input order to standard output or a file, and
 * name each bad input or failed article in one line on standard error while the rest goes on.
 */
final class ArticleBatch {

    /** What one article gave: its output (lines, no final newline; empty for none), and notes for standard error. */
    record Result(String output, String notes) {
        static Result failed(String notes) {
            return new Result(null, notes);
        }
    }

    /** The work on one readable article. */
    interface Work {
        Result apply(Input.Ok article);
    }

    private ArticleBatch() {
    }

    /** Runs {@code work} on every article of {@code inputs}; returns how many articles were coded. */
    static int run(List<String> inputs, LocalDate date, int threads, Path out, Work work) throws IOException {
        PrintStream err = System.err;
        int[] coded = {0};
        try (Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             OrderedPool<Result> pool = new OrderedPool<>(threads, "dyad-worker", r -> emit(r, w, err, coded))) {
            new ArticleReader(date).read(inputs, System.in, item -> {
                if (item instanceof Input.Bad bad) {
                    pool.done(Result.failed(bad.origin() + ": " + bad.problem()));
                } else if (item instanceof Input.Ok ok) {
                    pool.submit(() -> safely(work, ok));
                }
            });
            pool.finish();
            w.flush();
        }
        return coded[0];
    }

    private static Result safely(Work work, Input.Ok ok) {
        try {
            return work.apply(ok);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in Dyad must not cost the rest of the batch: name the article and go on
            if (Logging.verbose()) {
                e.printStackTrace();
            }
            return Result.failed(ok.origin() + ": could not be coded (" + e + "); please report this");
        }
    }

    private static void emit(Result r, Writer w, PrintStream err, int[] coded) {
        if (r.notes() != null) {
            err.println("dyad: " + r.notes().replace("\n", "\ndyad: "));
        }
        if (r.output() == null) {
            return;
        }
        try {
            if (!r.output().isEmpty()) { // GDELT rows of an article without events, or a speaker not heard: nothing
                w.write(r.output());
                w.write('\n');
            }
            coded[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
