package org.dyad.store.ingest;

/**
 * Where a run is.
 *
 * @param done     inputs handled: stored, skipped or failed
 * @param total    inputs to handle, or -1 when unknown (standard input)
 * @param ingested articles stored
 * @param skipped  articles stored already or repeated in the input
 * @param failed   inputs that could not be read or coded
 * @param seconds  time since the run started
 * @param coded    articles that went through the coder (stored or failed in it)
 */
public record Progress(long done, long total, long ingested, long skipped, long failed, double seconds, long coded) {

    /** Articles coded per second so far. */
    public double rate() {
        return seconds <= 0 ? 0 : coded / seconds;
    }

    /** Seconds still to go at the current rate, or -1 when it cannot be told. */
    public double etaSeconds() {
        if (total < 0 || coded == 0) {
            return -1;
        }
        return Math.max(0, total - done) / rate();
    }
}
