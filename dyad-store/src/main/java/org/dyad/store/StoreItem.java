package org.dyad.store;

import org.dyad.model.CodedArticle;

import java.util.Objects;

/**
 * One coded article to store, with where it was read and what the reader knew beyond the article.
 *
 * @param coded  the coder's output
 * @param origin where it was read ({@code path}, {@code file.jsonl:12}, {@code news.xml#docid}), or null
 * @param byline the authors as the page names them, or null
 */
public record StoreItem(CodedArticle coded, String origin, String byline) {

    public StoreItem {
        Objects.requireNonNull(coded, "coded");
    }

    public ArticleKey key() {
        return ArticleKey.of(coded.article());
    }
}
