package org.dyad.store;

/**
 * What one {@link EventStore#write} added.
 *
 * @param articles       articles stored
 * @param duplicates     articles left out because their key was stored already
 * @param mentions       event mentions stored (every modality)
 * @param newEvents      event records opened
 * @param mergedMentions asserted mentions that joined an event record already there
 */
public record WriteResult(int articles, int duplicates, int mentions, int newEvents, int mergedMentions) {
}
