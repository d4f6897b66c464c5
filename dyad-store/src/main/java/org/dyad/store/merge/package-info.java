/**
 * When two event mentions report the same real-world event: {@link org.dyad.store.merge.MergeRule} and the
 * part of an event it compares, {@link org.dyad.store.merge.EventSignature}. Pure functions on records, so
 * that the embedded store and a Spark job merge alike.
 */
package org.dyad.store.merge;
