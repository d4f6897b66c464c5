/**
 * The default {@link org.dyad.store.EventStore}: an embedded DuckDB database in a directory the user names
 * ({@code DIR/dyad.duckdb}), with the dyad views and table macros, and Parquet and JSON Lines exports.
 */
package org.dyad.store.duckdb;
