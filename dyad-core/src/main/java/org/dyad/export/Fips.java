package org.dyad.export;

import org.dyad.internal.Tsv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FIPS 10-4 codes, which GDELT writes for locations: the country code ({@code "TU"} for Turkey, ISO
 * {@code TUR}) and first-level division codes ({@code "TU07"} for Antalya, GeoNames admin1 {@code 07}).
 * Built from {@code fips.tsv}, which {@code build/export/fetch.sh} generates from npm iso3166-2-db.
 * GDELT writes US states with their postal codes ({@code "USTX"}), and so does this table's reader.
 * Immutable and thread-safe.
 */
public final class Fips {

    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> divisions = new HashMap<>();

    /** The built-in table. */
    public static Fips standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Fips STANDARD = new Fips(Tsv.resource(Fips.class, "fips.tsv", 3));
    }

    /**
     * A table from rows in {@code fips.tsv}'s format: ISO 3166-1 alpha-3 code, GeoNames admin1 code or
     * {@code -}, FIPS code.
     *
     * @throws IllegalArgumentException naming the file and line of a bad row
     */
    public Fips(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            String iso3 = r.get(0);
            if (!iso3.matches("[A-Z]{3}")) {
                throw r.error("country must be an ISO 3166-1 alpha-3 code, not '" + iso3 + "'");
            }
            String fips = r.get(2);
            if (!fips.matches("[A-Z0-9]{1,4}")) {
                throw r.error("FIPS code must be 1 to 4 letters or digits, not '" + fips + "'");
            }
            String admin1 = r.optional(1);
            if (admin1 == null) {
                if (!fips.matches("[A-Z]{2}")) {
                    throw r.error("a country's FIPS code has two letters, not '" + fips + "'");
                }
                countries.put(iso3, fips);
            } else {
                divisions.put(iso3 + '\t' + admin1, fips);
            }
        }
    }

    /** The FIPS 10-4 country code of an ISO 3166-1 alpha-3 code, or null if the table has none. */
    public String country(String iso3) {
        return iso3 == null ? null : countries.get(iso3);
    }

    /**
     * GDELT's ADM1 code of a first-level division: the country's FIPS code followed by the division's
     * ({@code "TU07"}); for the United States the state's postal code ({@code "USTX"}). Null when the
     * country is unknown; the country code alone when the division is.
     */
    public String adm1(String iso3, String admin1) {
        String country = country(iso3);
        if (country == null) {
            return null;
        }
        if (admin1 == null) {
            return country;
        }
        if (iso3.equals("USA")) {
            return country + admin1;
        }
        String d = divisions.get(iso3 + '\t' + admin1);
        return d == null ? country : country + d;
    }

    /** Number of countries in the table. */
    public int countryCount() {
        return countries.size();
    }

    /** Number of divisions in the table. */
    public int divisionCount() {
        return divisions.size();
    }
}
