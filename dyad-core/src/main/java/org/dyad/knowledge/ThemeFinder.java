package org.dyad.knowledge;

import org.dyad.internal.Tsv;
import org.dyad.model.Span;
import org.dyad.model.ThemeMention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dyad's theme taxonomy ({@code themes.tsv}, or a file in its format) and the matcher that finds its
 * trigger terms in a sentence. A term is a sequence of lower-case lemmas; it matches consecutive tokens
 * whose lemmas (or lower-case words) equal it; at each token the longest term wins and matches do not
 * overlap.
 *
 * <p>Spans are character offsets into the article text, 0-based, end exclusive. Immutable and
 * thread-safe.
 */
public final class ThemeFinder {

    /** A theme of the taxonomy. */
    public record Theme(String id, String label, List<String> terms) {
        public Theme {
            terms = List.copyOf(terms);
        }
    }

    private record Term(String[] words, String text, String theme) {
    }

    private final Map<String, Theme> themes = new LinkedHashMap<>();
    /** Terms by their first word, longest first. */
    private final Map<String, List<Term>> byFirst = new HashMap<>();

    /** The built-in taxonomy. */
    public static ThemeFinder builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final ThemeFinder BUILT_IN = new ThemeFinder(Tsv.resource(ThemeFinder.class, "themes.tsv", 3));
    }

    /**
     * A taxonomy from rows in {@code themes.tsv}'s format.
     *
     * @throws IllegalArgumentException naming the file and line of a bad row: a theme id not in upper
     *                                  case, a theme listed twice, no terms, a term not in lower case, or
     *                                  a term that another theme (or line) already lists
     */
    public ThemeFinder(List<Tsv.Row> rows) {
        Map<String, String> seen = new HashMap<>();
        for (Tsv.Row r : rows) {
            String id = r.get(0);
            if (!id.matches("[A-Z][A-Z0-9_]*")) {
                throw r.error("theme must be upper case with underscores, not '" + id + "'");
            }
            if (themes.containsKey(id)) {
                throw r.error("theme " + id + " is listed twice");
            }
            List<String> terms = r.list(2);
            if (terms.isEmpty()) {
                throw r.error("theme " + id + " has no terms");
            }
            for (String t : terms) {
                if (!t.equals(t.toLowerCase(Locale.ROOT)) || t.contains("  ")) {
                    throw r.error("term '" + t + "' must be lower case with single spaces");
                }
                String other = seen.put(t, id);
                if (other != null) {
                    throw r.error("term '" + t + "' is listed for " + other + " and " + id);
                }
                String[] words = t.split(" ");
                byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Term(words, t, id));
            }
            themes.put(id, new Theme(id, r.get(1), terms));
        }
        for (List<Term> ts : byFirst.values()) {
            ts.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        }
    }

    /** The themes, in file order. */
    public List<Theme> themes() {
        return Collections.unmodifiableList(new ArrayList<>(themes.values()));
    }

    /** The theme matches of an article, in text order. */
    public List<ThemeMention> find(List<Sentence> sentences) {
        List<ThemeMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.addAll(find(s));
        }
        return out;
    }

    /** The theme matches of one sentence, in text order. */
    public List<ThemeMention> find(Sentence s) {
        List<ThemeMention> out = new ArrayList<>();
        List<Token> ts = s.tokens();
        int i = 0;
        while (i < ts.size()) {
            Term match = null;
            for (String first : keys(ts.get(i))) {
                List<Term> candidates = byFirst.get(first);
                if (candidates == null) {
                    continue;
                }
                for (Term t : candidates) {
                    if ((match == null || t.words.length > match.words.length) && matches(ts, i, t.words)) {
                        match = t;
                        break;
                    }
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            int end = i + match.words.length;
            out.add(new ThemeMention(match.theme, match.text, new Span(ts.get(i).begin(), ts.get(end - 1).end()),
                s.index()));
            i = end;
        }
        return out;
    }

    private static boolean matches(List<Token> ts, int at, String[] words) {
        if (at + words.length > ts.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Token t = ts.get(at + k);
            if (!t.key().equals(words[k]) && !t.lowerWord().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static List<String> keys(Token t) {
        String key = t.key();
        String word = t.lowerWord();
        return key.equals(word) ? List.of(key) : List.of(key, word);
    }
}
