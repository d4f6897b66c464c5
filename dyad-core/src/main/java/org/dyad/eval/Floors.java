package org.dyad.eval;

import org.dyad.internal.Tsv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The lowest scores the gold files may reach: a tab-separated file of {@code file}, {@code metric},
 * {@code floor} lines ({@code #} comments; {@code file} is a gold file's name such as
 * {@code plover-gsr-dev.json}, {@code metric} a {@link Metric} identifier, {@code floor} a share in 0..1).
 * Floors only go up: raise one when Dyad improves; never lower one to get green. Immutable.
 */
public final class Floors {

    /** Scores within this of a floor count as meeting it (the values are ratios of small counts). */
    private static final double EPSILON = 1e-9;

    /**
     * One floor.
     *
     * @param file   gold file name
     * @param metric the metric
     * @param floor  lowest allowed value
     * @param where  file:line it was read from
     */
    public record Floor(String file, Metric metric, double floor, String where) {
    }

    /**
     * A score below its floor.
     *
     * @param file   gold file name
     * @param metric the metric
     * @param floor  the floor
     * @param actual Dyad's score
     */
    public record Breach(String file, Metric metric, double floor, double actual) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s: %.4f is below the floor %.4f", file, metric.id(), actual, floor);
        }
    }

    private final List<Floor> floors;

    private Floors(List<Floor> floors) {
        this.floors = List.copyOf(floors);
    }

    /** Reads a floors file; throws {@link IllegalArgumentException} naming file and line for a bad line. */
    public static Floors read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads floors from text; {@code source} names it in errors. */
    public static Floors parse(String text, String source) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source);
    }

    private static Floors read(InputStream in, String source) {
        List<Floor> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Tsv.Row r : Tsv.read(in, source, 3)) {
            if (r.fields().length > 3) {
                throw r.error("expected 3 columns (file, metric, floor), found " + r.fields().length);
            }
            String file = r.get(0);
            Metric metric;
            try {
                metric = Metric.byId(r.get(1));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            double floor;
            try {
                floor = Double.parseDouble(r.get(2));
            } catch (NumberFormatException e) {
                throw r.error("floor '" + r.get(2) + "' is not a number");
            }
            if (!(floor >= 0 && floor <= 1)) {
                throw r.error("floor " + r.get(2) + " is not in 0..1");
            }
            if (!seen.add(file + "\t" + metric.id())) {
                throw r.error("a second floor for " + file + " " + metric.id());
            }
            out.add(new Floor(file, metric, floor, r.where()));
        }
        return new Floors(out);
    }

    public List<Floor> floors() {
        return floors;
    }

    /**
     * The scores in {@code report} below their floors, in floors-file order. Floors of files the report
     * did not score are not checked (see {@link #unchecked}); a floor naming a metric the file's format
     * does not have is an {@link IllegalArgumentException}.
     */
    public List<Breach> check(EvalReport report) {
        List<Breach> out = new ArrayList<>();
        for (Floor f : floors) {
            if (report.file(f.file()).isEmpty()) {
                continue;
            }
            OptionalDouble actual = report.metric(f.file(), f.metric());
            if (actual.isEmpty()) {
                throw new IllegalArgumentException(f.where() + ": " + f.file() + " has no metric " + f.metric().id());
            }
            if (actual.getAsDouble() < f.floor() - EPSILON) {
                out.add(new Breach(f.file(), f.metric(), f.floor(), actual.getAsDouble()));
            }
        }
        return out;
    }

    /** The files that have floors but are not in {@code report}, in floors-file order. */
    public List<String> unchecked(EvalReport report) {
        Set<String> out = new LinkedHashSet<>();
        for (Floor f : floors) {
            if (report.file(f.file()).isEmpty()) {
                out.add(f.file());
            }
        }
        return List.copyOf(out);
    }
}
