package org.dyad.store.ingest;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How an ingest run ended.
 *
 * @param ingested       articles stored
 * @param skipped        articles not stored, by reason ("stored already", "repeated in the input"), sorted
 * @param failed         inputs lost, by reason ("empty file", "not JSON", "could not be coded"), sorted
 * @param mentions       event mentions stored
 * @param newEvents      event records opened
 * @param mergedMentions asserted mentions that joined a record (of this run or an earlier one)
 * @param batches        transactions committed
 * @param seconds        wall-clock time
 */
public record IngestSummary(long ingested, Map<String, Long> skipped, Map<String, Long> failed, long mentions,
                            long newEvents, long mergedMentions, long batches, double seconds) {

    public IngestSummary {
        skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
        failed = Collections.unmodifiableMap(new TreeMap<>(failed));
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public long failedTotal() {
        return failed.values().stream().mapToLong(Long::longValue).sum();
    }
}
