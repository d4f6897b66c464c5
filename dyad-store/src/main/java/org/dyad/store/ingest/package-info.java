/**
 * The ingest pipeline: sources read in order, articles already stored skipped before coding, the rest coded
 * on every core and written in input order, in transactions of batches; progress and problems reported to
 * an {@link org.dyad.store.ingest.IngestListener}, the run summed up in an {@link org.dyad.store.ingest.IngestSummary}.
 */
package org.dyad.store.ingest;
