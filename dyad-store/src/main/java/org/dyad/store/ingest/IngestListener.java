package org.dyad.store.ingest;

import org.dyad.store.WriteResult;

/**
 * What an ingest run tells as it goes. Called on the thread that runs the ingest, never concurrently.
 */
public interface IngestListener {

    /** Before the first article; {@code total} inputs, or -1 when unknown. */
    default void started(long total) {
    }

    /** An input skipped or lost, in one line: a bad file, a bad JSON line, an article the coder failed on. */
    void problem(String origin, String message);

    /** An input read with a repair ("invalid UTF-8; undecodable bytes replaced"). */
    default void warning(String origin, String message) {
    }

    /** After each input handled. */
    default void progress(Progress p) {
    }

    /** After each batch committed. */
    default void committed(WriteResult batch, Progress p) {
    }
}
