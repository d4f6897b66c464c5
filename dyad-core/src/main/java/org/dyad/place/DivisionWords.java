package org.dyad.place;

import org.dyad.internal.Tsv;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words English news uses for each country's first-level divisions ("state" for India's, "province" for
 * Pakistan's), read from {@code division-words.tsv} (format in its header): a division word after a name that
 * several countries' divisions share tells them apart ("Punjab province", "Punjab state").
 * Immutable and thread-safe.
 */
public final class DivisionWords {

    static final String RESOURCE = "division-words.tsv";

    /** The division words {@link ToponymRecognizer} reads after or before a name. */
    static final Set<String> KNOWN = Set.of("province", "state", "region", "county", "governorate", "prefecture",
        "oblast", "territory", "department", "parish", "district");

    private static final DivisionWords NONE = new DivisionWords(Map.of());

    /** ISO3 -> words */
    private final Map<String, Set<String>> byCountry;

    private DivisionWords(Map<String, Set<String>> byCountry) {
        this.byCountry = Map.copyOf(byCountry);
    }

    /** The built-in table. */
    public static DivisionWords standard() {
        return Standard.INSTANCE;
    }

    /** No words for any country: a division word then tells no country's divisions from another's. */
    public static DivisionWords none() {
        return NONE;
    }

    /** A table of these countries' words (ISO3 -> lower-case division words): for tests and small uses. */
    public static DivisionWords of(Map<String, Set<String>> byCountry) {
        for (Map.Entry<String, Set<String>> e : byCountry.entrySet()) {
            for (String w : e.getValue()) {
                if (!KNOWN.contains(w)) {
                    throw new IllegalArgumentException("unknown division word '" + w + "' for " + e.getKey());
                }
            }
        }
        return new DivisionWords(byCountry);
    }

    /**
     * Reads a file in the table's format.
     *
     * @throws IllegalArgumentException naming the source and line of a malformed line, an unknown word or a
     *                                  country listed twice
     */
    static DivisionWords read(InputStream in, String source) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Tsv.Row r : Tsv.read(in, source, 2)) {
            String country = r.get(0);
            if (!country.matches("[A-Z]{3}")) {
                throw r.error("country must be an ISO 3166-1 alpha-3 code, not '" + country + "'");
            }
            List<String> words = r.list(1);
            if (words.isEmpty()) {
                throw r.error("no division words for " + country);
            }
            for (String w : words) {
                if (!KNOWN.contains(w)) {
                    throw r.error("unknown division word '" + w + "'; known: " + new java.util.TreeSet<>(KNOWN));
                }
            }
            if (out.put(country, Set.copyOf(words)) != null) {
                throw r.error(country + " listed twice");
            }
        }
        return new DivisionWords(out);
    }

    /** Whether news calls the first-level divisions of {@code iso3} by {@code word} (lower case). */
    public boolean uses(String iso3, String word) {
        return iso3 != null && word != null && byCountry.getOrDefault(iso3, Set.of()).contains(word);
    }

    /** Number of countries listed. */
    public int size() {
        return byCountry.size();
    }

    private static final class Standard {
        static final DivisionWords INSTANCE = load();

        private static DivisionWords load() {
            InputStream in = DivisionWords.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("org/dyad/place/" + RESOURCE + " is missing from the classpath");
            }
            return read(in, RESOURCE);
        }
    }
}
