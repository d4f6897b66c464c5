/**
 * Dyad's own read-only view of linguistic annotation ({@link org.dyad.nlp.Document},
 * {@link org.dyad.nlp.Sentence}, {@link org.dyad.nlp.Token}, {@link org.dyad.nlp.DependencyGraph})
 * and the {@link org.dyad.nlp.Annotator} that produces it. Only {@code org.dyad.nlp.corenlp}
 * touches CoreNLP; every other stage reads this view.
 */
package org.dyad.nlp;
