package org.dyad.store;

import java.util.Locale;

/** The time unit dyads are aggregated by. Weeks start on Monday (ISO 8601); months on the first. */
public enum Period {
    DAY, WEEK, MONTH;

    public static Period parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "day" -> DAY;
            case "week" -> WEEK;
            case "month" -> MONTH;
            default -> throw new IllegalArgumentException("unknown period '" + s + "' (use day, week or month)");
        };
    }

    /** The unit as SQL's {@code date_trunc} names it. */
    public String sql() {
        return name().toLowerCase(Locale.ROOT);
    }
}
