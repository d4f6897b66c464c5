package org.dyad.actor;

import org.dyad.internal.Tsv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What words tell about a person's gender: given names ({@code given-names.tsv}: "Sarah" is female,
 * "Andrea" either) and titles and nouns for people ({@code gendered-words.tsv}: "Mrs", "spokeswoman",
 * "brother"). Coreference uses it so that "she" does not link to "Eric Rankin".
 *
 * <p>Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class Genders {

    private final Map<String, Gender> givenNames;
    private final Map<String, Gender> words;

    Genders(Map<String, Gender> givenNames, Map<String, Gender> words) {
        this.givenNames = Map.copyOf(givenNames);
        this.words = Map.copyOf(words);
    }

    private static final class Standard {
        static final Genders INSTANCE = new Genders(
            parseGivenNames(Tsv.resource(Genders.class, "given-names.tsv", 2)),
            parseWords(Tsv.resource(Genders.class, "gendered-words.tsv", 2)));
    }

    /** The built-in lists. */
    public static Genders standard() {
        return Standard.INSTANCE;
    }

    /** Given names from rows of {@code name, f|m|u}; a name listed twice is an error. */
    static Map<String, Gender> parseGivenNames(List<Tsv.Row> rows) {
        Map<String, Gender> out = new HashMap<>();
        for (Tsv.Row r : rows) {
            String name = r.get(0);
            if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) || name.contains(" ")) {
                throw r.error("a given name is one capitalised word, not '" + name + "'");
            }
            if (out.put(name, Gender.parse(r.get(1), r)) != null) {
                throw r.error("given name '" + name + "' is listed twice");
            }
        }
        return out;
    }

    /** Titles and nouns from rows of {@code word, f|m}; a word listed twice or of gender u is an error. */
    static Map<String, Gender> parseWords(List<Tsv.Row> rows) {
        Map<String, Gender> out = new HashMap<>();
        for (Tsv.Row r : rows) {
            String word = r.get(0);
            if (!word.equals(word.toLowerCase(Locale.ROOT)) || word.isEmpty() || word.contains(" ")) {
                throw r.error("a gendered word is one lower-case word, not '" + word + "'");
            }
            Gender g = Gender.parse(r.get(1), r);
            if (g == Gender.UNKNOWN) {
                throw r.error("a gendered word marks f or m, not u: '" + word + "'");
            }
            if (out.put(word, g) != null) {
                throw r.error("word '" + word + "' is listed twice");
            }
        }
        return out;
    }

    /** The gender a given name marks ("Sarah": FEMALE), UNKNOWN for names used for both or not listed. */
    public Gender givenName(String name) {
        Gender g = givenNames.get(name);
        return g == null ? Gender.UNKNOWN : g;
    }

    /** Whether the list knows this given name (of any gender, "Andrea" included). */
    public boolean isGivenName(String name) {
        return givenNames.containsKey(name);
    }

    /** The gender a title or noun marks ("Mrs.", "spokeswoman": FEMALE), any case, a final full stop ignored. */
    public Gender word(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        Gender g = words.get(w);
        return g == null ? Gender.UNKNOWN : g;
    }

    /**
     * The gender the given name of a full name marks: the first word that is a listed given name,
     * initials skipped ("J. Alex Halderman" is read by "Alex"); UNKNOWN for a single word (a surname
     * alone says nothing) or when no word is listed.
     */
    public Gender fullName(String name) {
        String[] words = name.strip().split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (w.length() <= 2 || w.endsWith(".")) {
                continue; // an initial
            }
            if (givenNames.containsKey(w)) {
                return givenNames.get(w);
            }
            int hyphen = w.indexOf('-');
            if (hyphen > 0 && givenNames.containsKey(w.substring(0, hyphen))) {
                return givenNames.get(w.substring(0, hyphen)); // "Jean-Claude" when only "Jean" is listed
            }
            return Gender.UNKNOWN; // the first full word is the given name: an unlisted one says nothing
        }
        return Gender.UNKNOWN;
    }
}
