package org.dyad.place;

import org.dyad.internal.Tsv;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Abbreviations of first-level divisions ("Ky.", "B.C.", "W. Va."), read from
 * {@code division-abbreviations.tsv} (format in its header) and tied to the divisions of a gazetteer.
 * Immutable and thread-safe.
 */
public final class DivisionAbbreviations {

    static final String RESOURCE = "division-abbreviations.tsv";

    /**
     * One abbreviation.
     *
     * @param text      as printed ("W.Va.")
     * @param division  the division it stands for
     * @param standalone whether it may stand alone, not only after "Place,"
     */
    public record Abbreviation(String text, GazetteerEntry division, boolean standalone) {
        public Abbreviation {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(division, "division");
        }
    }

    /** One line of the file. */
    record Line(String text, String country, String division, boolean standalone, String where) {
    }

    private static final Set<String> USES = Set.of("name", "qualifier");

    /** key (spaces removed, a final dot optional) -> abbreviation */
    private final Map<String, Abbreviation> byKey;

    private DivisionAbbreviations(Map<String, Abbreviation> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The built-in abbreviations, tied to the divisions of {@code gazetteer}; lines whose division it lacks are left out. */
    public static DivisionAbbreviations standard(Gazetteer gazetteer) {
        InputStream in = DivisionAbbreviations.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("org/dyad/place/" + RESOURCE + " is missing from the classpath");
        }
        return of(read(in, RESOURCE), gazetteer);
    }

    /**
     * Reads lines in the file's format.
     *
     * @throws IllegalArgumentException naming the source and line of a malformed line
     */
    static List<Line> read(InputStream in, String source) {
        return Tsv.read(in, source, 4).stream().map(r -> {
            String use = r.get(3);
            if (!USES.contains(use)) {
                throw r.error("use must be name or qualifier, not '" + use + "'");
            }
            if (r.get(1).length() != 3) {
                throw r.error("country must be an ISO 3166-1 alpha-3 code, not '" + r.get(1) + "'");
            }
            return new Line(r.get(0), r.get(1), r.get(2), use.equals("name"), r.where());
        }).toList();
    }

    /** Ties lines to the first-level divisions of {@code gazetteer} named in them; lines it lacks are left out. */
    static DivisionAbbreviations of(List<Line> lines, Gazetteer gazetteer) {
        Map<String, Abbreviation> out = new HashMap<>();
        for (Line l : lines) {
            GazetteerEntry division = null;
            for (GazetteerEntry e : gazetteer.lookup(l.division())) {
                if (e.isAdmin1() && l.country().equals(e.country())) {
                    division = e;
                    break;
                }
            }
            if (division != null) {
                out.put(key(l.text()), new Abbreviation(l.text(), division, l.standalone()));
            }
        }
        return new DivisionAbbreviations(out);
    }

    /** The abbreviation printed as {@code text} (tokens joined as written), or null. */
    public Abbreviation find(String text) {
        String k = key(text);
        Abbreviation a = byKey.get(k);
        if (a == null && !k.endsWith(".") && k.indexOf('.') >= 0) {
            a = byKey.get(k + "."); // "Ky" when the tokenizer gave the sentence's final dot a token of its own
        }
        return a;
    }

    public int size() {
        return byKey.size();
    }

    private static String key(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
