/** The pipeline that runs every stage on an article: {@link org.dyad.coder.ArticleCoder}. */
package org.dyad.coder;
