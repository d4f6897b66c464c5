package org.dyad.internal;

import org.dyad.nlp.Token;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dictionary names in a token sequence, longest match first, left to right, without overlaps.
 *
 * <p>Names are compared on a compact key: tokens joined without spaces, hyphens or underscores, accents removed,
 * curly apostrophes straightened. So "al-Qaeda", "al Qaeda" and "Al Qaeda" meet, whatever the tokenizer
 * did with the hyphen. Case: names of up to three capital letters ("US", "UN", "IS") match only in that
 * case; other names match in any case, but the text's first token must be capitalised unless the
 * name itself starts in lower case ("al-Qaeda"). So "turkey" the bird and "is" are not names.
 *
 * <p>Built once, then read-only: thread-safe after construction.
 *
 * @param <T> what a name stands for
 */
public final class NameIndex<T> {

    /** A found name: tokens {@code [start, end)} and the values the name has. */
    public record Match<T>(int start, int end, List<T> values) {
    }

    private static final int MAX_TOKENS = 10;

    private final Map<String, List<T>> exact = new HashMap<>();
    private final Map<String, List<T>> folded = new HashMap<>();
    private final Map<String, Boolean> lowerInitial = new HashMap<>();
    /**
     * For folded keys of names of several words: where in the key a later word starts with a capital in every
     * spelling the dictionary gives ("Islamic State": the "S"); such a name is not found where all those
     * letters are in lower case ("a strict Islamic state").
     */
    private final Map<String, List<Integer>> laterCapitals = new HashMap<>();
    private int maxKeyLength;

    /** Adds a name. A leading "the " is dropped: the article is not part of the name. */
    public void add(String name, T value) {
        add(name, value, true);
    }

    /**
     * Adds a name; with {@code caseKept} false its capitals say nothing (a dictionary written in capitals, as
     * TABARI's and PETRARCH's are), so its later words may be in lower case in a text.
     */
    public void add(String name, T value, boolean caseKept) {
        String n = name.strip();
        if (n.regionMatches(true, 0, "the ", 0, 4) && n.length() > 4) {
            n = n.substring(4).strip();
        }
        if (n.isEmpty()) {
            return;
        }
        String letters = n.replaceAll("[^\\p{L}]", "");
        boolean acronym = !letters.isEmpty() && letters.length() <= 3 && letters.equals(letters.toUpperCase(Locale.ROOT))
            && n.indexOf(' ') < 0;
        String key = compact(n);
        if (acronym) {
            exact.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
        } else {
            String f = key.toLowerCase(Locale.ROOT);
            List<T> list = folded.computeIfAbsent(f, k -> new ArrayList<>(1));
            if (!list.contains(value)) {
                list.add(value);
            }
            if (Character.isLowerCase(n.codePointAt(0))) {
                lowerInitial.put(f, Boolean.TRUE);
            }
            List<Integer> capitals = caseKept ? laterCapitals(n) : new ArrayList<>();
            List<Integer> before = laterCapitals.get(f);
            if (before != null) {
                capitals.retainAll(before);
            }
            laterCapitals.put(f, capitals);
        }
        maxKeyLength = Math.max(maxKeyLength, key.length());
    }

    /**
     * Positions in the compact key of {@code name} of the capital letters that start a word after the first
     * ("Islamic State" → [7]; "al-Qaeda" → [2]); mid-word capitals ("ExxonMobil") are left out.
     */
    private static List<Integer> laterCapitals(String name) {
        List<Integer> out = new ArrayList<>(2);
        int k = 0;
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '-' || c == '_' || c == '\u00A0' || c == '\u2010' || c == '\u2011') {
                wordStart = true;
                continue;
            }
            if (wordStart && k > 0 && Character.isUpperCase(c)) {
                out.add(k);
            }
            wordStart = false;
            k++;
        }
        return out;
    }

    /** Whether the text spells in lower case every later word the name's dictionary form capitalises. */
    private boolean lowerWhereCapitalised(String folded, String text) {
        List<Integer> capitals = laterCapitals.get(folded);
        if (capitals == null || capitals.isEmpty() || text.length() != folded.length()) {
            return false;
        }
        for (int p : capitals) {
            if (!Character.isLowerCase(text.charAt(p))) {
                return false;
            }
        }
        return true;
    }

    /** The compact form of a text: no spaces, hyphens or underscores, no accents, straight apostrophes. */
    public static String compact(String s) {
        String t = s.replace('\u2019', '\'').replace('\u2018', '\'').replace("\u2010", "").replace("\u2011", "");
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != '-' && c != '_' && c != '\u00A0') {
                b.append(c);
            }
        }
        String r = b.toString();
        if (!isAscii(r)) {
            r = Normalizer.normalize(r, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        return r;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** All names in {@code tokens}, longest first, left to right, not overlapping. */
    public List<Match<T>> find(List<Token> tokens) {
        String[] keys = keys(tokens);
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> best = longestAt(tokens, keys, i);
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The compact keys of the tokens, computed once per sentence for {@link #longestAt}. */
    public static String[] keys(List<Token> tokens) {
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = compact(tokens.get(i).word());
        }
        return keys;
    }

    /** The longest name starting at token {@code i}, or null; {@code keys} from {@link #keys}. */
    public Match<T> longestAt(List<Token> tokens, String[] keys, int i) {
        return longestAt(tokens, keys, i, false);
    }

    /**
     * The longest name starting at token {@code i}, or null. With {@code anyCase}, a name may also be
     * written in lower case (the caller knows the context wants a name, e.g. after a title: "President obama").
     */
    public Match<T> longestAt(List<Token> tokens, String[] keys, int i, boolean anyCase) {
        StringBuilder key = new StringBuilder();
        Match<T> best = null;
        boolean firstCapitalised = anyCase || tokens.get(i).isCapitalized() || Character.isDigit(tokens.get(i).word().codePointAt(0));
        for (int j = i; j < tokens.size() && j < i + MAX_TOKENS; j++) {
            key.append(keys[j]);
            if (key.length() > maxKeyLength) {
                break;
            }
            String k = key.toString();
            List<T> values = exact.get(k);
            if (values == null) {
                String f = k.toLowerCase(Locale.ROOT);
                values = folded.get(f);
                if (values != null && !firstCapitalised && !lowerInitial.containsKey(f)) {
                    values = null;
                }
                if (values != null && !anyCase && lowerWhereCapitalised(f, k)) {
                    values = null; // "a strict Islamic state" is no Islamic State
                }
            }
            if (values != null) {
                best = new Match<>(i, j + 1, values);
            }
        }
        return best;
    }

    public int size() {
        return exact.size() + folded.size();
    }
}
