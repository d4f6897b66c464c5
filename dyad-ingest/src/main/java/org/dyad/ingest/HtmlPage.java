package org.dyad.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link HtmlReader} found in a news page: the story's main text without navigation, ads or
 * comments, and the page's metadata.
 *
 * @param title    the headline (og:title, the first {@code <h1>}, else {@code <title>}), or null
 * @param text     the main text, paragraphs separated by a blank line; never null, may be empty
 * @param date     the publication date from the page's metadata, or null when it gives none
 * @param byline   the author(s) as the page names them ("Jane Doe and John Roe"), or null
 * @param site     the publisher (og:site_name), or null
 * @param url      the canonical address (link rel=canonical, og:url), or null
 * @param language ISO 639-1 code from {@code <html lang>}, or null
 */
public record HtmlPage(String title, String text, LocalDate date, String byline, String site, String url,
                       String language) {

    public HtmlPage {
        Objects.requireNonNull(text, "text");
    }
}
