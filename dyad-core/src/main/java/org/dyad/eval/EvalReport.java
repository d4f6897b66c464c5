package org.dyad.eval;

import org.dyad.event.PloverVersion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of an evaluation run: one {@link FileResult} per gold file scored, in the order the
 * files were given (directories in path order), and notes on what was skipped. Immutable; renders
 * itself as text ({@link #toText()}) or JSON ({@link #toJson()}) with the same numbers.
 *
 * @param ploverVersion the PLOVER category set PLOVER files were scored in
 * @param files         the files scored
 * @param notes         run-level notes: files skipped and why, ambiguous file names
 */
public record EvalReport(PloverVersion ploverVersion, List<FileResult> files, List<String> notes) {

    public EvalReport {
        Objects.requireNonNull(ploverVersion, "ploverVersion");
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    /** The result for the gold file named {@code name} (the first, should two directories hold one name). */
    public Optional<FileResult> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The value of {@code metric} on the file named {@code file}, or empty where it was not scored. */
    public OptionalDouble metric(String file, Metric metric) {
        return file(file).map(f -> f.metric(metric)).orElse(OptionalDouble.empty());
    }

    /** Records the coder threw on, over all files: a run with failures measures a broken coder, not its accuracy. */
    public int coderFailures() {
        return files.stream().mapToInt(FileResult::coderFailures).sum();
    }

    /** A readable report: per file, the headline scores with PETRARCH-2's in brackets, then the per-category table. */
    public String toText() {
        return ReportText.render(this, false);
    }

    /** As {@link #toText()}; with {@code details}, also one line per gold sentence (gold, Dyad, right or wrong). */
    public String toText(boolean details) {
        return ReportText.render(this, details);
    }

    /** The same numbers as JSON (pretty-printed, one object). */
    public String toJson() {
        return ReportJson.render(this, false);
    }

    /** As {@link #toJson()}; with {@code details}, also a {@code records} array per file. */
    public String toJson(boolean details) {
        return ReportJson.render(this, details);
    }
}
