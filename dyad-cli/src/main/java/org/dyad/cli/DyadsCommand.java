package org.dyad.cli;

import org.dyad.store.DyadQuery;
import org.dyad.store.DyadRow;
import org.dyad.store.Period;
import org.dyad.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

/**
 * {@code dyad dyads}: one dyad's time series from the store: per period, event records per QuadClass, mean
 * Goldstein, mentions and the top CAMEO codes. The same numbers are in SQL as {@code dyad_series(source, target,
 * unit)} and the views {@code dyads_by_day}, {@code dyads_by_week}, {@code dyads_by_month}.
 */
@Command(name = "dyads", mixinStandardHelpOptions = true,
    description = "Print a dyad's events over time: counts per QuadClass, mean Goldstein, top event codes.")
final class DyadsCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", description = "The store's directory (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("dyad-data");

    @Option(names = "--source", paramLabel = "CODE", description = "Source actor code or its prefix: RUS matches RUS, RUSGOV, RUSMIL (default: any).")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "Target actor code or its prefix (default: any).")
    String target;

    @Option(names = "--by", paramLabel = "PERIOD", description = "day, week or month (default: ${DEFAULT-VALUE}).")
    String by = "week";

    @Override
    public Integer call() {
        DyadQuery q = new DyadQuery(source, target, Period.parse(by));
        List<DyadRow> rows;
        try (DuckDbStore store = DuckDbStore.openReadOnly(db)) {
            rows = store.dyads(q);
        }
        PrintStream out = System.out;
        String name = (q.source() == null ? "any" : q.source()) + " -> " + (q.target() == null ? "any" : q.target());
        if (rows.isEmpty()) {
            out.println("dyad " + name + ": no event records");
            return 0;
        }
        out.println("dyad " + name + " by " + q.by().sql() + " (event records; QuadClass 1-4: verbal and material "
            + "cooperation, verbal and material conflict)");
        out.printf(Locale.ROOT, "%-10s %7s %7s %7s %7s %7s %10s %9s  %s%n", "period", "events", "vcoop", "mcoop",
            "vconfl", "mconfl", "goldstein", "mentions", "top codes");
        for (DyadRow r : rows) {
            StringJoiner top = new StringJoiner(", ");
            r.topCodes().forEach(c -> top.add(c.cameo() + " (" + c.records() + ")"));
            out.printf(Locale.ROOT, "%-10s %7d %7d %7d %7d %7d %10.2f %9d  %s%n", r.period(), r.events(),
                r.verbalCooperation(), r.materialCooperation(), r.verbalConflict(), r.materialConflict(),
                r.meanGoldstein(), r.mentions(), top);
        }
        return 0;
    }
}
