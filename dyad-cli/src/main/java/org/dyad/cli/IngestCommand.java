package org.dyad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.Coder;
import org.dyad.Dyad;
import org.dyad.ingest.ArticleReader;
import org.dyad.store.KnowledgeFiles;
import org.dyad.store.RunInfo;
import org.dyad.store.RunOutcome;
import org.dyad.store.StoreStats;
import org.dyad.store.WriteResult;
import org.dyad.store.duckdb.DuckDbStore;
import org.dyad.store.ingest.IngestListener;
import org.dyad.store.ingest.IngestSummary;
import org.dyad.store.ingest.Ingestion;
import org.dyad.store.ingest.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

/**
 * {@code dyad ingest}: codes articles into the event store. Articles stored already are skipped before
 * coding; the rest are coded on every core and committed in batches, in input order. Problems are one line
 * each on standard error; progress is a bar on a terminal and log lines elsewhere; the summary goes to
 * standard output.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Code articles into the event store (an embedded DuckDB database): one record per real-world event.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
        description = "Text files (first line the title), .html pages, .jsonl files, .xml news collections, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--db", paramLabel = "DIR", description = "The store's directory (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("dyad-data");

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of articles that carry none.")
    String date;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch = Ingestion.DEFAULT_BATCH;

    @Option(names = "--min-confidence", paramLabel = "X",
        description = "Asserted events below this confidence are stored as mentions but not merged into event records (default: ${DEFAULT-VALUE}).")
    double minConfidence = DuckDbStore.DEFAULT_MIN_CONFIDENCE;

    @Option(names = "--progress", paramLabel = "MODE",
        description = "bar, log or none (default: a bar on a terminal, log lines elsewhere).")
    String progress = "auto";

    @Mixin
    CoderOptions options = new CoderOptions();

    @Override
    public Integer call() {
        ArticleReader reader = new ArticleReader(CodeCommand.parseDate(date));
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1, not " + batch);
        }
        if (options.threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + options.threads);
        }
        Display display = Display.of(progress);
        List<Path> userKnowledge = new ArrayList<>(options.actors);
        userKnowledge.addAll(options.lexicon);
        PrintStream out = System.out;
        // open the store before loading the coder: a store in use fails at once, not after the models load
        try (DuckDbStore store = DuckDbStore.open(db, minConfidence)) {
            RunInfo run = new RunInfo(Dyad.VERSION, configuration(), KnowledgeFiles.hashes(userKnowledge), inputs);
            long runId = store.startRun(run);
            Map<String, String> before = store.knowledgeBefore(runId);
            if (!before.isEmpty() && !before.equals(run.knowledge())) {
                System.err.println("dyad: note: the knowledge files differ from the previous run's; articles stored "
                    + "before keep the coding they had");
            }
            Coder coder = options.coder();
            CliListener listener = new CliListener(display, System.err);
            IngestSummary s = new Ingestion(coder, store, options.threads, batch, Ingestion.DEFAULT_MAX_BATCH_SECONDS,
                listener).run(inputs, reader, System.in);
            listener.clear();
            store.finishRun(runId, new RunOutcome(s.ingested(), s.skippedTotal(), s.failedTotal(), s.seconds()));
            out.println(summary(s));
            out.println(storeLine(store.stats()));
            out.flush();
            return s.ingested() == 0 && s.skippedTotal() == 0 ? 1 : 0;
        }
    }

    private String configuration() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("actors", options.actors.stream().map(Path::toString).toList());
        c.put("lexicon", options.lexicon.stream().map(Path::toString).toList());
        c.put("maxChars", options.maxChars);
        c.put("parseAll", false);
        c.put("defaultDate", date);
        c.put("minConfidence", minConfidence);
        c.put("batch", batch);
        c.put("threads", options.threads);
        c.put("ploverVersion", "2021");
        try {
            return new ObjectMapper().writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("configuration is plain data", e);
        }
    }

    static String summary(IngestSummary s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "dyad ingest: %d ingested, %d skipped%s, %d failed%s in %s",
            s.ingested(), s.skippedTotal(), reasons(s.skipped()), s.failedTotal(), reasons(s.failed()), duration(s.seconds())));
        b.append(String.format(Locale.ROOT, "%ndyad ingest: %d event mentions; %d new event records; %d mentions merged into records",
            s.mentions(), s.newEvents(), s.mergedMentions()));
        return b.toString();
    }

    static String storeLine(StoreStats st) {
        StringJoiner apart = new StringJoiner(", ");
        st.unmergedByModality().forEach((k, v) -> apart.add(k + " " + v));
        return String.format(Locale.ROOT, "dyad store: %d articles; %d event records (%d reported by several articles, "
                + "at most %d); %d mentions (%d in records%s)", st.articles(), st.events(), st.eventsWithSeveralArticles(),
            st.maxArticlesPerEvent(), st.mentions(), st.mergedMentions(),
            apart.length() == 0 ? "" : "; kept apart: " + apart);
    }

    private static String reasons(Map<String, Long> byReason) {
        if (byReason.isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner(", ", " (", ")");
        byReason.forEach((k, v) -> j.add(k + ": " + v));
        return j.toString();
    }

    static String duration(double seconds) {
        if (seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return seconds < 10 ? String.format(Locale.ROOT, "%.1f s", seconds) : s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }

    /** How progress is shown. */
    enum Display {
        BAR, LOG, NONE;

        static Display of(String mode) {
            return switch (mode.strip().toLowerCase(Locale.ROOT)) {
                case "auto" -> System.console() != null ? BAR : LOG;
                case "bar" -> BAR;
                case "log" -> LOG;
                case "none" -> NONE;
                default -> throw new IllegalArgumentException("--progress must be bar, log or none, not '" + mode + "'");
            };
        }
    }

    /**
     * Problems as lines; progress as a bar redrawn in place (at most five times a second) or as a log line at
     * the first commit and then every ten seconds. Called on the ingest thread only.
     */
    static final class CliListener implements IngestListener {

        private static final int WIDTH = 30;

        private final Display display;
        private final PrintStream err;
        private long lastDraw;
        private long lastLog;
        private boolean barShown;
        private boolean logged;

        CliListener(Display display, PrintStream err) {
            this.display = display;
            this.err = err;
        }

        @Override
        public void started(long total) {
            if (display == Display.LOG) {
                err.println("dyad: ingesting " + (total < 0 ? "standard input" : total + " inputs"));
            }
        }

        @Override
        public void problem(String origin, String message) {
            clear();
            err.println("dyad: " + origin + ": " + message);
        }

        @Override
        public void warning(String origin, String message) {
            problem(origin, message);
        }

        @Override
        public void progress(Progress p) {
            if (display != Display.BAR) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastDraw < 200_000_000L && p.done() != p.total()) {
                return;
            }
            lastDraw = now;
            StringBuilder b = new StringBuilder("\r");
            if (p.total() > 0) {
                int filled = (int) (WIDTH * Math.min(1.0, (double) p.done() / p.total()));
                b.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(p.done()).append('/').append(p.total());
            } else {
                b.append(p.done());
            }
            b.append(String.format(Locale.ROOT, "  %.2f articles/s  ETA %s ", p.rate(), duration(p.etaSeconds())));
            err.print(b);
            err.flush();
            barShown = true;
        }

        @Override
        public void committed(WriteResult batch, Progress p) {
            if (display != Display.LOG) {
                return;
            }
            long now = System.nanoTime();
            if (logged && now - lastLog < 10_000_000_000L) {
                return;
            }
            logged = true;
            lastLog = now;
            err.printf(Locale.ROOT, "dyad: committed %d articles (%d of %s inputs done: %d skipped, %d failed), "
                    + "%.2f articles/s, ETA %s%n", p.ingested(), p.done(), p.total() < 0 ? "?" : String.valueOf(p.total()),
                p.skipped(), p.failed(), p.rate(), duration(p.etaSeconds()));
            err.flush();
        }

        /** Removes the bar so that the next line starts clean. */
        void clear() {
            if (barShown) {
                err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
                err.flush();
                barShown = false;
            }
        }
    }
}
