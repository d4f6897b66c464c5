package org.dyad.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a store holds, for summaries and checks.
 *
 * @param articles                  stored articles
 * @param mentions                  event mentions of every modality
 * @param mergedMentions            mentions that belong to an event record (asserted, confident enough)
 * @param events                    event records (one per real-world event)
 * @param eventsWithSeveralArticles records reported by more than one article
 * @param maxArticlesPerEvent       the most articles behind one record
 * @param unmergedByModality        mentions kept apart from event records, by modality ("future": 12), sorted
 */
public record StoreStats(long articles, long mentions, long mergedMentions, long events, long eventsWithSeveralArticles,
                         long maxArticlesPerEvent, Map<String, Long> unmergedByModality) {

    public StoreStats {
        unmergedByModality = Collections.unmodifiableMap(new TreeMap<>(unmergedByModality));
    }
}
