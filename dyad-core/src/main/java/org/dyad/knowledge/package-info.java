/**
 * The article's knowledge beyond events, as GDELT's Global Knowledge Graph records it and more: direct
 * quotations with resolved speakers ({@link org.dyad.knowledge.QuoteFinder}), reported statements
 * ({@link org.dyad.knowledge.StatementFinder}), counts with what they count and the event they belong to
 * ({@link org.dyad.knowledge.CountFinder}), themes of Dyad's taxonomy ({@link org.dyad.knowledge.ThemeFinder}),
 * tone ({@link org.dyad.knowledge.ToneScorer}), and person and organisation names
 * ({@link org.dyad.knowledge.NameFinder}). Each reads Dyad's annotation view and actor mentions and writes
 * model records whose spans are character offsets into the article text, 0-based, end exclusive; each
 * knowledge file ({@code counts.tsv}, {@code themes.tsv}, {@code tone.tsv}) has a format header and a loader
 * that names the file and line of a bad entry.
 */
package org.dyad.knowledge;
