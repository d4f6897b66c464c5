/**
 * Dyad's immutable output records: articles, events, actors, places, quotations, statements, dates,
 * counts, themes, tone and names,
 * each with its evidence. Every offset is a character offset into {@link org.dyad.model.Article#text()},
 * 0-based, end exclusive ({@link org.dyad.model.Span}).
 */
package org.dyad.model;
