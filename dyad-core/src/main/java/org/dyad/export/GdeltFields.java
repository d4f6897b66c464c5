package org.dyad.export;

import org.dyad.model.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/** Formatting shared by the GDELT writers: field cleaning, numbers, timestamps and stable ids. */
final class GdeltFields {

    private static final Pattern BREAKS = Pattern.compile("[\\t\\r\\n\\u0085\\u2028\\u2029]+");
    private static final Pattern DELIMITERS = Pattern.compile("[;,#|]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private GdeltFields() {
    }

    /** A field's text without tabs or line breaks (they would break the row); null becomes empty. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return SPACES.matcher(BREAKS.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** A name or quotation inside a delimited sub-field: also without {@code ; , # |}. */
    static String part(String s) {
        return clean(DELIMITERS.matcher(clean(s)).replaceAll(" "));
    }

    /** A number as GDELT writes it: no exponent, at most {@code decimals} decimals, no trailing zeros. */
    static String number(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.equals("-0") ? "0" : s;
    }

    /** {@code YYYYMMDD}, or empty. */
    static String day(LocalDate d) {
        return d == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** {@code YYYYMMDDHHMMSS}, or empty. */
    static String timestamp(LocalDateTime t) {
        return t == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d%02d%02d%02d", t.getYear(), t.getMonthValue(),
            t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
    }

    /** The article's publication time as GDELT stamps it: its date at 00:00:00 (Dyad keeps no time of day). */
    static LocalDateTime published(Article a) {
        return a.date() == null ? null : a.date().atStartOfDay();
    }

    /** Where the article came from, as GDELT's source name: the source, else the URL's host, else empty. */
    static String sourceName(Article a) {
        if (a.source() != null && !a.source().isBlank()) {
            return clean(a.source());
        }
        if (a.url() != null) {
            try {
                String host = java.net.URI.create(a.url().strip()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: no host to show
            }
        }
        return "";
    }

    /** The article's document identifier: its URL, else its id. */
    static String identifier(Article a) {
        return clean(a.url() != null && !a.url().isBlank() ? a.url() : a.id());
    }

    /**
     * A stable positive id of at most 53 bits (exact in every consumer, JavaScript included) from the
     * given parts: the same article and event always get the same id, across runs and machines.
     */
    static long stableId(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            byte[] h = md.digest();
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            long id = v & ((1L << 53) - 1);
            return id == 0 ? 1 : id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Joins fields with tabs. */
    static String row(String[] fields) {
        StringBuilder b = new StringBuilder(fields.length * 8);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(fields[i] == null ? "" : fields[i]);
        }
        return b.toString();
    }
}
