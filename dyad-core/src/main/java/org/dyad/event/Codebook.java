package org.dyad.event;

import org.dyad.internal.Tsv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CAMEO codebook: codes, names, Goldstein values and PLOVER categories, from {@code cameo.tsv}.
 * Immutable and thread-safe.
 */
public final class Codebook {

    private static final Codebook STANDARD = load();

    private final Map<String, EventType> types;

    private Codebook(Map<String, EventType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    public static Codebook standard() {
        return STANDARD;
    }

    private static Codebook load() {
        Map<String, EventType> types = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.resource(Codebook.class, "cameo.tsv", 7)) {
            String code = r.get(0);
            if (!code.matches("\\d{2,4}")) {
                throw r.error("bad CAMEO code '" + code + "'");
            }
            double goldstein = Double.parseDouble(r.get(1));
            if (goldstein < -10 || goldstein > 10) {
                throw r.error("Goldstein value out of range: " + goldstein);
            }
            if (types.put(code, new EventType(code, r.get(6), goldstein, r.optional(2), r.optional(3), r.optional(4),
                r.optional(5))) != null) {
                throw r.error("duplicate code " + code);
            }
        }
        return new Codebook(types);
    }

    /** The type of {@code code}; throws {@link IllegalArgumentException} for codes not in CAMEO. */
    public EventType get(String code) {
        EventType t = types.get(code);
        if (t == null) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
        }
        return t;
    }

    /**
     * The type of any event code: the CAMEO type for a CAMEO code; for a code from a user dictionary
     * that CAMEO lacks (TABARI/PETRARCH dictionaries may use WEIS or their own codes, {@code 174K}), a
     * type with that code and the Goldstein value and PLOVER categories of its two-digit CAMEO root when
     * CAMEO has the root, else Goldstein 0 and no PLOVER category.
     */
    public EventType typeOf(String code) {
        EventType t = types.get(code);
        if (t != null) {
            return t;
        }
        EventType root = code.length() >= 2 ? types.get(code.substring(0, 2)) : null;
        if (root != null) {
            return new EventType(code, "not in CAMEO (under " + root.name() + ")", root.goldstein(), root.plover(),
                root.ploverMode(), root.ploverContext(), root.plover2016());
        }
        return new EventType(code, "not in CAMEO", 0, null, null, null, null);
    }

    public boolean contains(String code) {
        return types.containsKey(code);
    }

    public Map<String, EventType> all() {
        return types;
    }

    /** The PLOVER category of {@code code} in the given version ("2021" or "2016"), or null. */
    public String plover(String code, PloverVersion version) {
        EventType t = get(code);
        return version == PloverVersion.V2016 ? t.plover2016() : t.plover();
    }
}
