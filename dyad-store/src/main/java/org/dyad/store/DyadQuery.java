package org.dyad.store;

import java.util.Locale;
import java.util.Objects;

/**
 * Which dyad to aggregate, and how.
 *
 * @param source prefix of the source's dyad key ({@code RUS} matches RUS, RUSGOV, RUSMIL), or null for any
 * @param target prefix of the target's dyad key, or null for any
 * @param by     the period events are counted by
 */
public record DyadQuery(String source, String target, Period by) {

    public DyadQuery {
        Objects.requireNonNull(by, "by");
        source = code(source, "source");
        target = code(target, "target");
    }

    private static String code(String s, String what) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String c = s.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z-]{1,15}")) {
            throw new IllegalArgumentException(what + " must be an actor code such as RUS or SYRREB, not '" + s + "'");
        }
        return c;
    }
}
