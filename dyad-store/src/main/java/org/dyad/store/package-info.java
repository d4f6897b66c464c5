/**
 * The event store: coded articles persisted once (keyed by a hash of their normalised text and URL),
 * asserted events merged across articles into one record per real-world event, dyads aggregated over
 * time, and tables exported. {@link org.dyad.store.EventStore} is the interface; the embedded DuckDB
 * database ({@link org.dyad.store.duckdb.DuckDbStore}) is its default implementation.
 */
package org.dyad.store;
