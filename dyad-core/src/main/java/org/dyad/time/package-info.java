/**
 * Time: Dyad's own date recogniser ({@link org.dyad.time.DateFinder}), which reads calendar, relative and
 * "ago" expressions from a sentence's tokens and resolves them against the article date with their
 * granularity (it replaces SUTime, measured slower and less accurate), and tags their tokens {@code DATE}
 * for the stages after it.
 */
package org.dyad.time;
