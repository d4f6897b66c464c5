package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news report to code. {@code text} is the body; every span Dyad outputs points into it.
 *
 * @param id       the caller's identifier (a file name where the input has none); never null
 * @param title    headline, or null
 * @param text     the body text; never null
 * @param date     publication date, or null when unknown (relative dates then stay unresolved)
 * @param source   publisher or feed name, or null
 * @param url      address of the report, or null
 * @param language ISO 639-1 code; Dyad codes English ("en")
 */
public record Article(String id, String title, String text, LocalDate date, String source, String url,
                      String language) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (language == null) {
            language = "en";
        }
    }

    public static Article of(String id, String text, LocalDate date) {
        return new Article(id, null, text, date, null, null, "en");
    }

    public Article withId(String newId) {
        return new Article(newId, title, text, date, source, url, language);
    }

    public Article withDate(LocalDate newDate) {
        return new Article(id, title, text, newDate, source, url, language);
    }
}
