package org.dyad.store;

/**
 * How a run ended, recorded with it.
 *
 * @param ingested articles stored
 * @param skipped  articles not stored because they were stored already (or twice in the input)
 * @param failed   inputs that could not be read or coded
 * @param seconds  wall-clock time of the run
 */
public record RunOutcome(long ingested, long skipped, long failed, double seconds) {
}
