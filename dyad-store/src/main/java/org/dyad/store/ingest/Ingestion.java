package org.dyad.store.ingest;

import org.dyad.Coder;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Input;
import org.dyad.internal.OrderedPool;
import org.dyad.model.CodedArticle;
import org.dyad.store.ArticleKey;
import org.dyad.store.EventStore;
import org.dyad.store.StoreItem;
import org.dyad.store.WriteResult;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Codes articles into a store. Sources are read in order; an article whose key is stored already (or that
 * the input repeats) is skipped before it is coded; the rest are coded on {@code threads} workers and
 * written in input order in batches of {@code batchSize}, one transaction each (a batch is also written when
 * {@code maxBatchSeconds} have passed since the last, so a slow input still commits). Because writes follow
 * input order, a run killed and run again stores exactly what one uninterrupted run stores.
 *
 * <p>Bad input never stops the run: each bad file, JSON line or article the coder fails on is reported in one
 * line and counted by reason. A failing store does stop it ({@link org.dyad.store.StoreException}).
 * One run per instance, on one thread.
 */
public final class Ingestion {

    public static final int DEFAULT_BATCH = 16;
    public static final double DEFAULT_MAX_BATCH_SECONDS = 30;

    static final String STORED = "stored already";
    static final String REPEATED = "repeated in the input";
    static final String NOT_CODED = "could not be coded";

    private final Coder coder;
    private final EventStore store;
    private final int threads;
    private final int batchSize;
    private final double maxBatchSeconds;
    private final IngestListener listener;

    private final Set<Long> seen = new HashSet<>();
    private final List<StoreItem> batch = new ArrayList<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, Long> failed = new TreeMap<>();
    private long start;
    private long lastCommit;
    private long total;
    private long done;
    private long coded;
    private long ingested;
    private long mentions;
    private long newEvents;
    private long merged;
    private long batches;

    public Ingestion(Coder coder, EventStore store, int threads, int batchSize, double maxBatchSeconds,
                     IngestListener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        if (!(maxBatchSeconds > 0)) {
            throw new IllegalArgumentException("seconds between commits must be positive, not " + maxBatchSeconds);
        }
        this.coder = coder;
        this.store = store;
        this.threads = threads;
        this.batchSize = batchSize;
        this.maxBatchSeconds = maxBatchSeconds;
        this.listener = listener;
    }

    /** A coded article, or why the coder failed on it. */
    private record Outcome(Input.Ok input, CodedArticle coded, String error) {
    }

    /**
     * Ingests the sources ({@link ArticleReader}'s: files, folders, {@code -} for {@code stdin}). Files are
     * read twice: once to count the inputs for the progress bar's ETA, once to code them.
     */
    public IngestSummary run(List<String> sources, ArticleReader reader, InputStream stdin) {
        if (start != 0) {
            throw new IllegalStateException("an Ingestion runs once; make a new one");
        }
        start = System.nanoTime();
        lastCommit = start;
        total = -1;
        if (!sources.contains("-")) {
            long[] n = {0};
            reader.read(sources, stdin, item -> n[0]++);
            total = n[0];
        }
        listener.started(total);
        try (OrderedPool<Outcome> pool = new OrderedPool<>(threads, "dyad-ingest-worker", this::collect)) {
            reader.read(sources, stdin, item -> {
                if (item instanceof Input.Bad bad) {
                    fail(bad.origin(), bad.problem());
                } else if (item instanceof Input.Ok ok) {
                    if (ok.warning() != null) {
                        listener.warning(ok.origin(), ok.warning());
                    }
                    ArticleKey key = ArticleKey.of(ok.article());
                    if (!seen.add(key.id())) {
                        skip(REPEATED);
                    } else if (store.contains(key)) {
                        skip(STORED);
                    } else {
                        pool.submit(() -> code(ok));
                    }
                }
            });
            pool.finish();
        }
        commit();
        return new IngestSummary(ingested, skipped, failed, mentions, newEvents, merged, batches, seconds());
    }

    private Outcome code(Input.Ok ok) {
        try {
            return new Outcome(ok, coder.code(ok.article()), null);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in the coder must not cost the rest of the run: name the article and go on
            return new Outcome(ok, null, NOT_CODED + " (" + e + "); please report this");
        }
    }

    private void collect(Outcome o) {
        coded++;
        if (o.coded() == null) {
            fail(o.input().origin(), o.error());
            return;
        }
        batch.add(new StoreItem(o.coded(), o.input().origin(), o.input().byline()));
        done++;
        if (batch.size() >= batchSize || seconds(lastCommit) >= maxBatchSeconds) {
            commit();
        }
        listener.progress(progress());
    }

    private void commit() {
        if (batch.isEmpty()) {
            return;
        }
        WriteResult r = store.write(List.copyOf(batch));
        batch.clear();
        lastCommit = System.nanoTime();
        batches++;
        ingested += r.articles();
        if (r.duplicates() > 0) {
            // another writer stored them between our check and our write
            skipped.merge(STORED, (long) r.duplicates(), Long::sum);
        }
        mentions += r.mentions();
        newEvents += r.newEvents();
        merged += r.mergedMentions();
        listener.committed(r, progress());
    }

    private void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
        done++;
        listener.progress(progress());
    }

    private void fail(String origin, String problem) {
        listener.problem(origin, problem);
        failed.merge(reason(problem), 1L, Long::sum);
        done++;
        listener.progress(progress());
    }

    /** The kind of a problem, for the summary: its words before any detail ("not JSON: Unexpected ..." is "not JSON"). */
    static String reason(String problem) {
        int cut = problem.length();
        for (char c : new char[] {':', '(', ';'}) {
            int i = problem.indexOf(c);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return problem.substring(0, cut).strip();
    }

    private Progress progress() {
        long skippedTotal = skipped.values().stream().mapToLong(Long::longValue).sum();
        long failedTotal = failed.values().stream().mapToLong(Long::longValue).sum();
        return new Progress(done, total, ingested, skippedTotal, failedTotal, seconds(), coded);
    }

    private double seconds() {
        return seconds(start);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
