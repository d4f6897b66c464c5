/**
 * Dyad turns news into event data. {@link org.dyad.Dyad} builds a {@link org.dyad.Coder} from a
 * {@link org.dyad.DyadConfig}; the coder turns an {@link org.dyad.model.Article} into a
 * {@link org.dyad.model.CodedArticle}.
 */
package org.dyad;
