/**
 * Evaluation: reads gold-standard records (PLOVER gold-standard JSON, PETRARCH validation XML, geoparsing
 * XML such as TR-News and LGL), runs a {@link org.dyad.Coder} over them and scores what it finds.
 *
 * <p>{@link org.dyad.eval.Evaluation#run} is the entry point; it returns an immutable
 * {@link org.dyad.eval.EvalReport} that renders itself as text or JSON, and
 * {@link org.dyad.eval.Floors} checks a report against the floors recorded in the repository.
 * The readers ({@link org.dyad.eval.PloverGold}, {@link org.dyad.eval.PetrGold}, {@link org.dyad.eval.GeoGold})
 * are lenient: a bad record is reported as a problem line, never a crash. The scorers
 * ({@link org.dyad.eval.PloverScorer}, {@link org.dyad.eval.PetrScorer}, {@link org.dyad.eval.GeoScorer}) are
 * pure functions of gold records and coded articles. Metric names are the stable identifiers of
 * {@link org.dyad.eval.Metric}.
 *
 * <p>Gold data is read at run time from wherever the user keeps it; none of it is part of Dyad.
 */
package org.dyad.eval;
