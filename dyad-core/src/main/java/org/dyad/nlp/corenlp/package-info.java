/**
 * The CoreNLP adapter: the only package that imports {@code edu.stanford.nlp}. It turns CoreNLP's
 * annotations into Dyad's read-only {@link org.dyad.nlp.Document} view.
 */
package org.dyad.nlp.corenlp;
