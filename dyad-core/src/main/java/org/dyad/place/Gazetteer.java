package org.dyad.place;

import org.dyad.internal.Tsv;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * The places Dyad can resolve a toponym to, looked up by name: GeoNames populated places, countries and
 * first-level divisions, the counties of the UK and the US and the provinces of the Philippines, and Dyad's own
 * continents and news regions.
 *
 * <p>{@link #standard()} holds the built-in gazetteer: {@code regions.tsv} (written for Dyad) and the
 * resources that {@code build/gazetteer/fetch.sh} makes from registry packages at build time,
 * {@code geonames-admin.tsv.gz}, {@code geonames-places.tsv.gz} (GeoNames, CC BY 4.0; Natural Earth;
 * world-countries, ODbL) and {@code us-counties.tsv.gz} (US Census Bureau, public domain; no GeoNames ids).
 * The format of each file is stated in its header; {@link Builder#read} reads more files of that format.
 *
 * <p>Names match after {@link #normalise}: case, accents, hyphens, apostrophes, dots and the
 * abbreviations St., Ste., Mt. and Ft. do not matter, nor "and" between the two parts of a name ("Sistan-Baluchestan"); a place of an Arabic-speaking state is also found by
 * other romanisations of the article and of doubled letters (see {@link #arabicSpelling}). {@link #lookup} orders the places of one name
 * so that the likeliest reading in news comes first: continents, regions and countries; then divisions
 * and populated places, most populous first; except that a division yields to its namesake city, a place
 * in it that has the name as its own or holds half the division's people (the city of Antalya before
 * Antalya province; Kyiv before Kyiv City, for "Kiev").
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {

    static final String REGIONS = "regions.tsv";
    static final String ADMIN = "geonames-admin.tsv.gz";
    static final String PLACES = "geonames-places.tsv.gz";
    static final String COUNTIES = "us-counties.tsv.gz";

    /** Columns of the gazetteer TSV format (see the header of any generated file). */
    private static final int COLUMNS = 12;

    private final GazetteerEntry[] entries;
    /** normalised name -> entry indexes, best first */
    private final Map<String, int[]> byName;
    /** GeoNames ids, ascending, and the entry index of each */
    private final long[] ids;
    private final int[] idEntries;
    private final Map<String, GazetteerEntry> countries;
    /** "ISO3 TAB admin1 code" -> first-level division */
    private final Map<String, GazetteerEntry> divisions;
    private final int maxNameTokens;
    /** "GeoNames id:normalised name" of the exonyms (see {@link #isExonym}) */
    private final Set<String> exonyms;

    private Gazetteer(GazetteerEntry[] entries, Map<String, int[]> byName, long[] ids, int[] idEntries,
                      Map<String, GazetteerEntry> countries, Map<String, GazetteerEntry> divisions, int maxNameTokens,
                      Set<String> exonyms) {
        this.exonyms = exonyms;
        this.entries = entries;
        this.byName = byName;
        this.ids = ids;
        this.idEntries = idEntries;
        this.countries = countries;
        this.divisions = divisions;
        this.maxNameTokens = maxNameTokens;
    }

    /**
     * The built-in gazetteer, loaded on first use: some 207,000 places in 1 to 2 s and about 80 MB of heap
     * (see build/gazetteer/README.md).
     *
     * @throws IllegalStateException if the generated resources are missing from the classpath
     */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** A gazetteer of just these entries, found by their name and ASCII name: for tests and small uses. */
    public static Gazetteer of(List<GazetteerEntry> entries) {
        Builder b = builder();
        entries.forEach(b::add);
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every place that {@code name} names, best first (see the class comment); empty if none.
     */
    public List<GazetteerEntry> lookup(String name) {
        int[] found = find(normalise(name));
        if (found == null) {
            return List.of();
        }
        GazetteerEntry[] out = new GazetteerEntry[found.length];
        for (int i = 0; i < found.length; i++) {
            out[i] = entries[found[i]];
        }
        return List.of(out);
    }

    /** True when {@code name} names at least one place: a cheap test before {@link #lookup}. */
    public boolean isName(String name) {
        return find(normalise(name)) != null;
    }

    /** The entries of a normalised name, else of its Arabic spelling key (see {@link #arabicSpelling}), or null. */
    private int[] find(String key) {
        int[] found = byName.get(key);
        if (found == null) {
            String spelling = arabicSpelling(key);
            found = spelling == null ? null : byName.get(spelling);
        }
        return found;
    }

    /**
     * Whether normalised name {@code key} is the entry's own name or ASCII name, or, for a place of
     * {@link #ARABIC_NAMES}, a spelling of one ("Maarat al-Numan" of Ma`arrat an Nu`man).
     */
    public static boolean isOwnName(GazetteerEntry e, String key) {
        String name = normalise(e.name());
        String ascii = normalise(e.asciiName());
        if (key.equals(name) || key.equals(ascii) || key.equals(withoutAnd(name)) || key.equals(withoutAnd(ascii))) {
            return true;
        }
        String spelling = e.country() != null && ARABIC_NAMES.contains(e.country()) ? arabicSpelling(key) : null;
        return spelling != null && (spelling.equals(arabicSpelling(name)) || spelling.equals(arabicSpelling(ascii)));
    }

    /** A normalised name of two parts joined by "and" without it ("sistan baluchestan"), else null. */
    static String withoutAnd(String key) {
        int and = key.indexOf(" and ");
        return and > 0 && key.indexOf(" and ", and + 1) < 0 ? key.substring(0, and) + key.substring(and + 4) : null;
    }

    /** States whose Arabic place names English news romanises in many ways. */
    private static final Set<String> ARABIC_NAMES = Set.of("SYR", "IRQ", "LBN", "JOR", "PSE", "EGY", "LBY", "TUN",
        "DZA", "MAR", "YEM", "SAU", "ARE", "OMN", "QAT", "KWT", "BHR", "SDN", "MRT");
    /** The Arabic article as romanised, assimilated or not: "al", "el", "an" (an-Nu'man), "ash" (ash-Sham)... */
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ul", "an", "en", "ar", "er", "as", "es",
        "ash", "esh", "at", "et", "ath", "ad", "ed", "adh", "az", "ez");
    /** Starts the spelling keys in the name index, apart from every normalised name. */
    private static final char SPELLING_MARK = '\u0001';

    /**
     * The key under which the spellings of one Arabic name meet, or null for a word of under six letters:
     * each article inside the name is "al", doubled letters are single, a final "ah" is "a". So "Maarat
     * al-Numan" meets GeoNames' "Ma`arrat an Nu`man", and "Hodeidah" its "Hodeida". Only names of {@link #ARABIC_NAMES} are indexed so, and
     * {@link #lookup} tries the key only when the name itself is not in the gazetteer.
     */
    static String arabicSpelling(String key) {
        if (key.indexOf(' ') < 0 && key.length() < 6) {
            return null;
        }
        String[] words = key.split(" ");
        StringBuilder out = new StringBuilder(key.length() + 1).append(SPELLING_MARK);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                out.append(' ');
            }
            if (i < words.length - 1 && ARABIC_ARTICLES.contains(w)) {
                out.append("al");
                continue;
            }
            if (w.length() > 3 && w.endsWith("ah")) {
                w = w.substring(0, w.length() - 1);
            }
            char prev = 0;
            for (int j = 0; j < w.length(); j++) {
                char c = w.charAt(j);
                if (c != prev) {
                    out.append(c);
                }
                prev = c;
            }
        }
        return out.toString();
    }

    /** The entry with this GeoNames id, or null if the gazetteer has none. */
    public GazetteerEntry byId(long geonameId) {
        int i = Arrays.binarySearch(ids, geonameId);
        return geonameId == 0 || i < 0 ? null : entries[idEntries[i]];
    }

    /** The country entry of an ISO 3166-1 alpha-3 code ({@code "SYR"}), or null if the gazetteer has none. */
    public GazetteerEntry country(String iso3) {
        return countries.get(iso3);
    }

    /**
     * The first-level division with this GeoNames admin1 code in a country ({@code "USA", "LA"} for
     * Louisiana), or null if the gazetteer has none.
     */
    public GazetteerEntry admin1(String iso3, String admin1Code) {
        return divisions.get(iso3 + '\t' + admin1Code);
    }

    /**
     * Whether {@code name}, an alternate name of {@code e}, is one the world knows it by: an exonym that
     * GeoNames also lists in at least two other spellings of other languages, none of them a spelling of
     * the entry's own name ("Palmyra", "Palmyre", "Pal'mira" for Tadmur; "Cologne", "Colonia" for Köln;
     * "Gothenburg" for Göteborg), unlike an old or local alternate name ("Palmyra" for Mason, Ohio).
     */
    public boolean isExonym(GazetteerEntry e, String name) {
        return e.hasGeonameId() && !exonyms.isEmpty() && exonyms.contains(e.geonameId() + ":" + normalise(name));
    }

    /** The largest number of words in one normalised name: the longest word sequence worth looking up. */
    public int maxNameTokens() {
        return maxNameTokens;
    }

    /** Number of entries. */
    public int size() {
        return entries.length;
    }

    /** Number of distinct normalised names. */
    public int nameCount() {
        return byName.size();
    }

    /**
     * The key under which a name is found: lower case, accents and other marks removed (ß, æ, ø, ł
     * and the like spelt out in ASCII), apostrophes and dots dropped ({@code "Ra's"} = {@code "Ras"},
     * {@code "D.C."} = {@code "DC"}), every other run of non-alphanumerics one space, {@code &} read as
     * {@code and}, and the words St, Ste, Mt and Ft read as Saint, Sainte, Mount and Fort.
     */
    public static String normalise(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length() + 4);
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String spelt = null;
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                } else if (c == '\'' || c == '.' || c == '`') {
                    continue;
                } else if (c == '&') {
                    spelt = "and";
                    gap = true;
                } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                    gap = true;
                    continue;
                }
            } else {
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.FORMAT || isApostrophe(c)) {
                    continue;
                }
                if (!Character.isLetterOrDigit(c)) {
                    gap = true;
                    continue;
                }
                c = Character.toLowerCase(c);
                spelt = fold(c);
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            if (spelt != null) {
                out.append(spelt);
            } else {
                out.append(c);
            }
            gap = c == '&';
        }
        return expandAbbreviations(out);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u02BB' || c == '\u02BC' || c == '\u00B4' || c == '\u02B9'
            || c == '\u2032' || c == '\u02BE' || c == '\u02BF';
    }

    /** ASCII spelling of a lower-case letter that has no decomposition, or null to keep it. */
    private static String fold(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            default -> null;
        };
    }

    private static String expandAbbreviations(StringBuilder s) {
        int n = s.length();
        StringBuilder out = null;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && s.charAt(i) != ' ') {
                continue;
            }
            String full = abbreviation(s, start, i);
            if (full != null && out == null) {
                out = new StringBuilder(n + 8).append(s, 0, start);
            }
            if (out != null) {
                out.append(full != null ? full : s.subSequence(start, i));
                if (i < n) {
                    out.append(' ');
                }
            }
            start = i + 1;
        }
        return (out != null ? out : s).toString();
    }

    private static String abbreviation(CharSequence s, int from, int to) {
        int len = to - from;
        if (len == 2 && s.charAt(from + 1) == 't') {
            return switch (s.charAt(from)) {
                case 's' -> "saint";
                case 'm' -> "mount";
                case 'f' -> "fort";
                default -> null;
            };
        }
        if (len == 3 && s.charAt(from) == 's' && s.charAt(from + 1) == 't' && s.charAt(from + 2) == 'e') {
            return "sainte";
        }
        return null;
    }

    /** Lower tiers come first in {@link #lookup}: continents, regions and countries, then everything else. */
    private static int tier(GazetteerEntry e) {
        return e.isRegion() || e.isCountry() ? 0 : 1;
    }

    /** A fresh copy of the built-in gazetteer (for measuring its load time and heap). */
    static Gazetteer loadStandard() {
        Builder b = builder();
        b.readRegions(resource(REGIONS), REGIONS);
        b.read(resource(ADMIN), ADMIN);
        b.read(resource(PLACES), PLACES);
        b.read(resource(COUNTIES), COUNTIES);
        return b.build();
    }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource org/dyad/place/" + name + " is missing from the"
                + " classpath: build dyad-core with Maven, whose generate-resources phase runs build/gazetteer/fetch.sh");
        }
        return in;
    }

    /** Holds the built-in gazetteer: loaded when {@link #standard()} is first called. */
    private static final class Standard {
        static final Gazetteer INSTANCE = loadStandard();
    }

    /** Collects entries and their alternate names, then indexes them. Not thread-safe. */
    public static final class Builder {

        private static final String[] NONE = new String[0];

        private final List<GazetteerEntry> entries = new ArrayList<>();
        private final List<String[]> alternates = new ArrayList<>();
        /** one instance of each repeated short string (codes, countries) */
        private final Map<String, String> pool = new HashMap<>();

        private Builder() {
        }

        /** Adds a place, found by its name, its ASCII name and these other names. */
        public Builder add(GazetteerEntry entry, String... alternateNames) {
            entries.add(Objects.requireNonNull(entry, "entry"));
            alternates.add(alternateNames.length == 0 ? NONE : alternateNames.clone());
            return this;
        }

        /**
         * Reads a file in the gazetteer TSV format (12 tab-separated columns, {@code #} comment lines; see
         * the header of {@code geonames-places.tsv.gz}), gzip-compressed or not. Closes the stream.
         *
         * @throws IllegalArgumentException naming the source and line of a malformed line
         */
        public Builder read(InputStream in, String source) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(gunzipped(in), StandardCharsets.UTF_8),
                1 << 16)) {
                String[] f = new String[COLUMNS];
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    int count = split(line, '\t', f);
                    if (count != COLUMNS) {
                        throw new IllegalArgumentException(source + ":" + n + ": expected " + COLUMNS
                            + " tab-separated columns, found " + count);
                    }
                    try {
                        String name = f[1];
                        GazetteerEntry e = new GazetteerEntry(id(f[0]), name, f[2].equals(name) ? name : f[2],
                            code(f[8]), code(f[9]), code(f[10]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                            code(f[6]), code(f[7]), Long.parseLong(f[11]));
                        add(e, f[3].equals("-") ? NONE : splitList(f[3]));
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Reads Dyad's regions file: id ({@code -} for none), name, alternate names, lat, lon, feature
         * code ({@code CONT} or {@code RGN}), country; see the header of {@code regions.tsv}.
         */
        Builder readRegions(InputStream in, String source) {
            for (Tsv.Row r : Tsv.read(in, source, 7)) {
                String code = r.get(5);
                if (!code.equals("CONT") && !code.equals("RGN")) {
                    throw r.error("feature code must be CONT or RGN, not '" + code + "'");
                }
                try {
                    GazetteerEntry e = new GazetteerEntry(id(r.get(0)), r.get(1), null, r.optional(6), null, null,
                        Double.parseDouble(r.get(3)), Double.parseDouble(r.get(4)), "L", code, 0);
                    add(e, r.list(2).toArray(NONE));
                } catch (RuntimeException e) {
                    throw r.error(e.getMessage());
                }
            }
            return this;
        }

        /**
         * Indexes the entries.
         *
         * @throws IllegalArgumentException if two entries share a GeoNames id, or a country or
         *                                  first-level division appears twice
         */
        public Gazetteer build() {
            GazetteerEntry[] all = entries.toArray(new GazetteerEntry[0]);
            // normalising some 400,000 names is most of the loading time: spread it over the cores
            String[][] keys = new String[all.length][];
            IntStream.range(0, all.length).parallel().forEach(i -> keys[i] = keys(all[i], alternates.get(i)));
            Map<String, int[]> byName = new HashMap<>(all.length * 3);
            for (int i = 0; i < all.length; i++) {
                for (String key : keys[i]) {
                    int[] old = byName.putIfAbsent(key, new int[] {i});
                    if (old != null) {
                        int[] grown = Arrays.copyOf(old, old.length + 1);
                        grown[old.length] = i;
                        byName.put(key, grown);
                    }
                }
            }
            int maxTokens = 0;
            for (Map.Entry<String, int[]> m : byName.entrySet()) {
                if (m.getValue().length > 1) {
                    m.setValue(ranked(m.getKey(), m.getValue(), all));
                }
                maxTokens = Math.max(maxTokens, tokens(m.getKey()));
            }

            // ids sorted with their entry index packed in the low bits (an entry index fits in 32)
            long[] packed = new long[all.length];
            int n = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i].geonameId() > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("GeoNames id out of range: " + all[i].geonameId());
                }
                if (all[i].hasGeonameId()) {
                    packed[n++] = all[i].geonameId() << 32 | i;
                }
            }
            Arrays.sort(packed, 0, n);
            long[] ids = new long[n];
            int[] idEntries = new int[n];
            for (int k = 0; k < n; k++) {
                ids[k] = packed[k] >>> 32;
                idEntries[k] = (int) packed[k];
                if (k > 0 && ids[k] == ids[k - 1]) {
                    throw new IllegalArgumentException("two gazetteer entries with GeoNames id " + ids[k] + ": '"
                        + all[idEntries[k - 1]].name() + "' and '" + all[idEntries[k]].name() + "'");
                }
            }

            Map<String, GazetteerEntry> countries = new HashMap<>();
            Map<String, GazetteerEntry> divisions = new HashMap<>();
            for (GazetteerEntry e : all) {
                if (e.isCountry() && e.country() != null && countries.put(e.country(), e) != null) {
                    throw new IllegalArgumentException("two gazetteer entries for country " + e.country());
                }
                if (e.isAdmin1() && e.country() != null && e.admin1() != null
                    && divisions.put(e.country() + '\t' + e.admin1(), e) != null) {
                    throw new IllegalArgumentException("two gazetteer entries for division " + e.country() + "."
                        + e.admin1());
                }
            }
            Set<String> exonyms = new HashSet<>();
            for (int i = 0; i < all.length; i++) {
                if (all[i].hasGeonameId()) {
                    for (String key : exonyms(all[i], alternates.get(i))) {
                        exonyms.add(all[i].geonameId() + ":" + key);
                    }
                }
            }
            return new Gazetteer(all, byName, ids, idEntries, Map.copyOf(countries), Map.copyOf(divisions), maxTokens,
                Set.copyOf(exonyms));
        }

        /** Letters two spellings of one name share at the start ("Palmyra", "Palmyre", "Pal'mira"). */
        private static final int STEM = 4;

        /**
         * The normalised alternate names of an entry that at least two of its other alternate names spell
         * differently (same first {@value #STEM} letters) and that are not spellings of its own name.
         */
        private static List<String> exonyms(GazetteerEntry e, String[] alternateNames) {
            if (alternateNames.length < 3) {
                return List.of();
            }
            String own = stem(normalise(e.name()));
            String ownAscii = stem(normalise(e.asciiName()));
            String[] stems = new String[alternateNames.length];
            for (int i = 0; i < stems.length; i++) {
                stems[i] = stem(normalise(alternateNames[i]));
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < stems.length; i++) {
                if (stems[i] == null || stems[i].equals(own) || stems[i].equals(ownAscii)) {
                    continue;
                }
                int spellings = 0;
                for (int j = 0; j < stems.length; j++) {
                    if (j != i && stems[i].equals(stems[j])) {
                        spellings++;
                    }
                }
                if (spellings >= 2) {
                    out.add(normalise(alternateNames[i]));
                }
            }
            return out;
        }

        private static String stem(String key) {
            return key.length() < STEM ? null : key.substring(0, STEM);
        }

        /** The distinct non-empty normalised names of an entry. */
        private static String[] keys(GazetteerEntry e, String[] alternateNames) {
            String[] out = new String[2 + alternateNames.length];
            int n = 0;
            n = addKey(out, n, normalise(e.name()));
            if (!e.asciiName().equals(e.name())) {
                n = addKey(out, n, normalise(e.asciiName()));
            }
            for (String a : alternateNames) {
                n = addKey(out, n, normalise(a));
            }
            // a name of two parts joined by "and" is also written with a hyphen: "Sistan-Baluchestan" for Sistan
            // and Baluchestan, "Bosnia-Herzegovina"
            int named = n;
            for (int i = 0; i < named; i++) {
                String joined = withoutAnd(out[i]);
                if (joined != null) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n + named);
                    }
                    n = addKey(out, n, joined);
                }
            }
            if (e.country() != null && ARABIC_NAMES.contains(e.country())) {
                String[] spellings = Arrays.copyOf(out, 2 * n);
                int m = n;
                for (int i = 0; i < n; i++) {
                    String spelling = arabicSpelling(out[i]);
                    if (spelling != null) {
                        m = addKey(spellings, m, spelling);
                    }
                }
                return Arrays.copyOf(spellings, m);
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        }

        private static int addKey(String[] keys, int n, String key) {
            if (key.isEmpty()) {
                return n;
            }
            for (int i = 0; i < n; i++) {
                if (keys[i].equals(key)) {
                    return n;
                }
            }
            keys[n] = key;
            return n + 1;
        }

        /** The entries of one name in {@link #lookup} order. */
        private static int[] ranked(String key, int[] found, GazetteerEntry[] all) {
            Integer[] boxed = new Integer[found.length];
            for (int i = 0; i < found.length; i++) {
                boxed[i] = found[i];
            }
            Arrays.sort(boxed, (x, y) -> compare(all[x], x, all[y], y));
            int[] out = new int[found.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = boxed[i];
            }
            // a division yields to its namesake city: a populated place in it that has the name as its
            // own (the city of Antalya before Antalya province) or holds half its people (Kyiv, "Kiev")
            for (int i = 0; i < out.length; i++) {
                GazetteerEntry division = all[out[i]];
                if (!division.isDivision()) {
                    continue;
                }
                for (int j = i + 1; j < out.length; j++) {
                    GazetteerEntry p = all[out[j]];
                    if (p.isPopulatedPlace() && Objects.equals(p.country(), division.country())
                        && Objects.equals(p.admin1(), division.admin1())
                        && (!division.isAdmin2() || Objects.equals(p.admin2(), division.admin2()))
                        && (2 * p.population() >= division.population()
                            || normalise(p.name()).equals(key) || normalise(p.asciiName()).equals(key))) {
                        int seat = out[j];
                        System.arraycopy(out, i, out, i + 1, j - i);
                        out[i] = seat;
                        i++;
                        break;
                    }
                }
            }
            return out;
        }

        /** Tier, then population descending, then GeoNames id (none last), then order of addition. */
        private static int compare(GazetteerEntry a, int ia, GazetteerEntry b, int ib) {
            int c = Integer.compare(tier(a), tier(b));
            if (c == 0) {
                c = Long.compare(b.population(), a.population());
            }
            if (c == 0) {
                c = Long.compare(a.hasGeonameId() ? a.geonameId() : Long.MAX_VALUE,
                    b.hasGeonameId() ? b.geonameId() : Long.MAX_VALUE);
            }
            return c != 0 ? c : Integer.compare(ia, ib);
        }

        private static int tokens(String key) {
            int t = 1;
            for (int i = 0; i < key.length(); i++) {
                if (key.charAt(i) == ' ') {
                    t++;
                }
            }
            return t;
        }

        private String code(String field) {
            if (field.equals("-") || field.isEmpty()) {
                return null;
            }
            String known = pool.putIfAbsent(field, field);
            return known != null ? known : field;
        }

        private static long id(String field) {
            return field.equals("-") ? 0 : Long.parseLong(field);
        }

        private static String[] splitList(String field) {
            int count = 1;
            for (int i = 0; i < field.length(); i++) {
                if (field.charAt(i) == '|') {
                    count++;
                }
            }
            String[] out = new String[count];
            split(field, '|', out);
            return out;
        }

        /** Splits into {@code out}; returns the number of fields found (which may exceed {@code out.length}). */
        private static int split(String s, char sep, String[] out) {
            int count = 0;
            int start = 0;
            while (true) {
                int end = s.indexOf(sep, start);
                String part = end < 0 ? s.substring(start) : s.substring(start, end);
                if (count < out.length) {
                    out[count] = part;
                }
                count++;
                if (end < 0) {
                    return count;
                }
                start = end + 1;
            }
        }

        private static InputStream gunzipped(InputStream in) throws IOException {
            BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
            b.mark(2);
            int m1 = b.read();
            int m2 = b.read();
            b.reset();
            return m1 == 0x1f && m2 == 0x8b ? new GZIPInputStream(b, 1 << 16) : b;
        }
    }
}
