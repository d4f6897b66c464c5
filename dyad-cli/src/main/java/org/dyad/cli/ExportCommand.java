package org.dyad.cli;

import org.dyad.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code dyad export}: the store's contents as files. {@code parquet}: one file per table in a folder;
 * {@code jsonl}: one line per event record with its mentions, to a file or standard output.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the store as Parquet tables (for DuckDB, Spark, pandas, R) or JSON Lines of event records.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", description = "The store's directory (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("dyad-data");

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
        description = "parquet (a folder of TABLE.parquet files), jsonl (event records with their mentions); gdelt, mentions, gkg.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
        description = "parquet: the folder (default: dyad-parquet); jsonl: the file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        String f = format.strip().toLowerCase(Locale.ROOT);
        switch (f) {
            case "parquet", "jsonl" -> {
            }
            case "gdelt", "mentions", "gkg" -> throw new IllegalArgumentException("--format " + f
                + " is not available yet: the store's GDELT writers are still to come; use parquet or jsonl");
            default -> throw new IllegalArgumentException("unknown --format '" + format
                + "' (use parquet, jsonl, gdelt, mentions or gkg)");
        }
        try (DuckDbStore store = DuckDbStore.openReadOnly(db)) {
            if (f.equals("parquet")) {
                Path dir = out == null ? Path.of("dyad-parquet") : out;
                List<Path> files = store.exportParquet(dir);
                System.err.println("dyad export: " + files.size() + " Parquet tables in " + dir);
                return 0;
            }
            long n;
            if (out == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                n = store.exportJsonl(w);
                w.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    n = store.exportJsonl(w);
                }
            }
            System.err.println("dyad export: " + n + " event records" + (out == null ? "" : " in " + out));
            return 0;
        }
    }
}
