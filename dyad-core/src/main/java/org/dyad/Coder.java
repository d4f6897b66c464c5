package org.dyad;

import org.dyad.model.Article;
import org.dyad.model.CodedArticle;

/**
 * The coder: one pure function from an article to everything Dyad finds in it. Thread-safe: one
 * instance serves every worker thread. Never throws for dirty text; problems are recorded in
 * {@link CodedArticle#problems()}.
 */
public interface Coder {

    CodedArticle code(Article article);
}
