package org.dyad.store;

import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A store of coded articles in which every real-world event is one record. Articles are keyed by
 * {@link ArticleKey}, so storing an article twice adds nothing; each {@link #write} is one transaction, so a
 * crash loses at most the batch being written and never leaves half an article. Asserted events are merged
 * into event records by {@link org.dyad.store.merge.MergeRule}, in the order articles are written; other
 * modalities stay mentions.
 *
 * <p>Tables (and their Parquet exports): {@code articles}, {@code events}, {@code event_mentions},
 * {@code actors}, {@code quotations}, {@code places}, {@code counts}, {@code themes}, {@code runs}.
 *
 * <p>Implementations say how far they are thread-safe; {@link org.dyad.store.duckdb.DuckDbStore} serialises
 * its calls.
 */
public interface EventStore extends AutoCloseable {

    /** Whether an article with this key is stored. */
    boolean contains(ArticleKey key);

    /**
     * Stores the articles in one transaction, in list order, merging their asserted events into records.
     * Articles whose key is stored already are left out and counted as duplicates.
     */
    WriteResult write(List<StoreItem> items);

    /** Records the start of a run and returns its id. */
    long startRun(RunInfo run);

    /** Records how a run ended. */
    void finishRun(long runId, RunOutcome outcome);

    /** The knowledge-file hashes of the latest run before {@code runId}, or an empty map if there is none. */
    Map<String, String> knowledgeBefore(long runId);

    /** The dyad's time series: one row per period that has events, oldest first. */
    List<DyadRow> dyads(DyadQuery query);

    /** Counts of what the store holds. */
    StoreStats stats();

    /**
     * Writes every event record as one JSON object per line, with its counts and all its mentions (article,
     * sentence, character spans into the article text, rule, confidence). Returns the records written.
     */
    long exportJsonl(Writer out);

    /** Writes each table as {@code dir/TABLE.parquet}, creating {@code dir}; returns the files written. */
    List<Path> exportParquet(Path dir);

    /**
     * Writes a GDELT 2.0 table, one tab-separated row per line: every existing GDELT tool reads it. Event rows
     * carry the record's id (GLOBALEVENTID), its NumMentions, NumSources and NumArticles, the mean tone of
     * its articles and the day it was first seen (DATEADDED); Mentions rows join them by GLOBALEVENTID.
     * Returns the rows written.
     */
    long exportGdelt(GdeltTable table, Writer out);

    @Override
    void close();
}
