package org.dyad.cli;

import org.dyad.Coder;
import org.dyad.eval.EvalReport;
import org.dyad.eval.Evaluation;
import org.dyad.eval.Floors;
import org.dyad.event.PloverVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad eval}: scores the coder on gold-standard files and checks the recorded floors. */
@Command(name = "eval", description = "Score the coder on PLOVER gold-standard JSON, PETRARCH validation XML and geoparsing XML.",
    mixinStandardHelpOptions = true)
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Gold files, or folders holding them (e.g. ../shared/eval).")
    List<Path> paths;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--details", description = "Also print every sentence with its gold and Dyad codes.")
    boolean details;

    @Option(names = "--floors", paramLabel = "FILE", description = "Fail if a score falls below its floor in FILE.")
    Path floors;

    @Option(names = "--raise-floors", description = "Raise the floors in the --floors file to the scores reached (never lowers one).")
    boolean raiseFloors;

    @Option(names = "--plover", paramLabel = "VERSION", description = "Score PLOVER in 2021 (default) or 2016 categories.")
    String plover = "2021";

    @Option(names = "--petrarch", description = "Also score PETRARCH's unit-test suite.")
    boolean petrarch;

    @Mixin
    CoderOptions options = new CoderOptions();

    @Override
    public Integer call() {
        Floors limits = floors == null ? null : Floors.read(floors);
        Coder coder = options.coder();
        Evaluation.Options opts = Evaluation.Options.defaults().withThreads(options.threads)
            .withPlover(PloverVersion.parse(plover)).withPetrarch(petrarch).withDictionaryCoders(options::coder);
        EvalReport report = Evaluation.run(coder, paths, opts);
        System.out.println(json ? report.toJson(details) : report.toText(details));
        int exit = 0;
        if (report.coderFailures() > 0) {
            System.err.println("dyad: the coder failed on " + report.coderFailures() + " records (see the notes above)");
            exit = 1;
        }
        if (limits != null) {
            for (String file : limits.unchecked(report)) {
                System.err.println("dyad: " + file + " has floors but was not scored");
                exit = 1;
            }
            if (raiseFloors) {
                raise(report);
                return exit;
            }
            List<Floors.Breach> breaches = limits.check(report);
            for (Floors.Breach b : breaches) {
                System.err.println("dyad: below floor: " + b);
                exit = 1;
            }
            if (exit == 0) {
                System.err.println("dyad: all scores at or above their floors in " + floors);
            }
        }
        return exit;
    }

    /** Rewrites the floors file with each floor raised to the score reached, rounded down to 0.001. */
    private void raise(EvalReport report) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(floors);
            List<String> out = new java.util.ArrayList<>(lines.size());
            for (String line : lines) {
                String[] f = line.split("\t");
                if (line.startsWith("#") || f.length < 3) {
                    out.add(line);
                    continue;
                }
                double old = Double.parseDouble(f[2].strip());
                var reached = report.metric(f[0].strip(), org.dyad.eval.Metric.byId(f[1].strip()));
                double now = reached.isPresent() ? Math.floor(reached.getAsDouble() * 1000) / 1000 : old;
                double floor = Math.max(old, now);
                out.add(f[0] + "\t" + f[1] + "\t" + String.format(java.util.Locale.ROOT, "%.3f", floor));
                if (floor > old) {
                    System.err.printf(java.util.Locale.ROOT, "dyad: raised %s %s %.3f -> %.3f%n", f[0], f[1], old, floor);
                }
            }
            java.nio.file.Files.write(floors, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot rewrite " + floors + ": " + e.getMessage(), e);
        }
    }
}
