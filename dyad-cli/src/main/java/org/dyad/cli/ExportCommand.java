package org.dyad.cli;

import org.dyad.store.GdeltTable;
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
 * {@code jsonl}: one line per event record with its mentions; {@code gdelt}, {@code mentions}, {@code gkg}:
 * GDELT 2.0 Events (one row per event record), Mentions and GKG 2.1 rows. Files or standard output.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the store as Parquet tables, JSON Lines of event records, or GDELT 2.0 Events, Mentions and GKG files.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", description = "The store's directory (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("dyad-data");

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
        description = "parquet (a folder of TABLE.parquet files), jsonl (event records with their mentions), "
            + "gdelt (GDELT 2.0 Events), mentions (GDELT 2.0 Mentions) or gkg (GDELT GKG 2.1).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
        description = "parquet: the folder (default: dyad-parquet); other formats: the file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        String f = format.strip().toLowerCase(Locale.ROOT);
        GdeltTable gdelt = switch (f) {
            case "parquet", "jsonl" -> null;
            case "gdelt" -> GdeltTable.EVENTS;
            case "mentions" -> GdeltTable.MENTIONS;
            case "gkg" -> GdeltTable.GKG;
            default -> throw new IllegalArgumentException("unknown --format '" + format
                + "' (use parquet, jsonl, gdelt, mentions or gkg)");
        };
        try (DuckDbStore store = DuckDbStore.openReadOnly(db)) {
            if (f.equals("parquet")) {
                Path dir = out == null ? Path.of("dyad-parquet") : out;
                List<Path> files = store.exportParquet(dir);
                System.err.println("dyad export: " + files.size() + " Parquet tables in " + dir);
                return 0;
            }
            long n;
            try (Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    // standard output stays open for whoever prints next
                    flush();
                }
            } : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                n = gdelt == null ? store.exportJsonl(w) : store.exportGdelt(gdelt, w);
            }
            String what = switch (f) {
                case "jsonl", "gdelt" -> "event records";
                case "mentions" -> "mentions";
                default -> "articles";
            };
            System.err.println("dyad export: " + n + " " + what + (out == null ? "" : " in " + out));
            return 0;
        }
    }
}
