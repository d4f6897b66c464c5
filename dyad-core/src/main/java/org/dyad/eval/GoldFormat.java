package org.dyad.eval;

/** The gold-standard formats {@code dyad eval} scores. */
public enum GoldFormat {
    /** PLOVER gold-standard JSON (an array of records with {@code event}, {@code source}, {@code target}). */
    PLOVER("plover", "PLOVER gold JSON"),
    /** PETRARCH validation XML ({@code <Sentence>} records with {@code <EventCoding>} lines). */
    PETRARCH("petrarch", "PETRARCH validation XML"),
    /** Geoparsing XML: {@code <article>}s with {@code <toponym>}s marked by offsets and GeoNames ids (TR-News, LGL). */
    GEO("geo", "geoparsing XML");

    private final String id;
    private final String label;

    GoldFormat(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Stable identifier used in the JSON report. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
