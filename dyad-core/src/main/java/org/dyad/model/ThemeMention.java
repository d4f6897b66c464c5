package org.dyad.model;

/**
 * One place where the article touches a theme of Dyad's taxonomy ({@code themes.tsv}).
 *
 * @param theme    the theme's identifier ({@code TERRORISM}, {@code REFUGEES_MIGRATION}, ...)
 * @param term     the trigger term that matched, as listed in the taxonomy
 * @param span     the matched words
 * @param sentence 0-based sentence index
 */
public record ThemeMention(String theme, String term, Span span, int sentence) {
}
