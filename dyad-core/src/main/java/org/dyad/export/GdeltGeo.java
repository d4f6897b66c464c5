package org.dyad.export;

import org.dyad.model.Place;
import org.dyad.place.Gazetteer;
import org.dyad.place.GazetteerEntry;

import java.util.Arrays;

/**
 * A place as GDELT's eight location columns: Geo_Type, Geo_FullName, Geo_CountryCode, Geo_ADM1Code,
 * Geo_ADM2Code, Geo_Lat, Geo_Long, Geo_FeatureID. Types are GDELT's: 1 country, 2 US state, 3 US city
 * or county, 4 world city, 5 world state (first-level division); 0 with empty columns for no location,
 * and for Dyad's regions beyond one state (Europe, the Middle East), which GDELT's types cannot hold.
 * Full names read "City, Division, Country" as GDELT writes them; country and ADM1 codes are FIPS 10-4
 * ({@link Fips}); ADM2 stays empty; the feature id is the GeoNames id (GDELT writes GNS/GNIS ids there),
 * and the FIPS country code for a country as in GDELT. Immutable and thread-safe.
 */
final class GdeltGeo {

    private final Fips fips;
    private final Gazetteer gazetteer;

    /**
     * @param gazetteer names of countries and divisions for full names; may be null (then full names
     *                  hold what the place itself gives)
     */
    GdeltGeo(Fips fips, Gazetteer gazetteer) {
        this.fips = fips;
        this.gazetteer = gazetteer;
    }

    /** GDELT's location type of a place, 0 when it has none. */
    static int type(Place p) {
        if (p == null || p.country() == null) {
            return 0;
        }
        String fc = p.featureCode() == null ? "" : p.featureCode();
        boolean us = p.country().equals("USA");
        if (fc.startsWith("PCL")) {
            return 1;
        }
        if (fc.equals("ADM1")) {
            return us ? 2 : 5;
        }
        return us ? 3 : 4;
    }

    /** The eight columns; type 0 and the rest empty for no place. */
    String[] columns(Place p) {
        String[] f = new String[8];
        Arrays.fill(f, "");
        int type = type(p);
        f[0] = String.valueOf(type);
        if (type == 0) {
            return f;
        }
        f[1] = fullName(p, type);
        String country = fips.country(p.country());
        f[2] = country == null ? "" : country;
        f[3] = type == 1 ? f[2] : nullToEmpty(fips.adm1(p.country(), p.admin1()));
        f[5] = GdeltFields.number(p.lat(), 4);
        f[6] = GdeltFields.number(p.lon(), 4);
        f[7] = type == 1 ? f[2] : p.geonameId() == null ? "" : String.valueOf(p.geonameId());
        return f;
    }

    /** "Antalya, Antalya, Turkey"; "Texas, United States"; "Turkey". */
    String fullName(Place p, int type) {
        String country = countryName(p);
        if (type == 1) {
            return GdeltFields.part(country);
        }
        StringBuilder b = new StringBuilder(GdeltFields.part(p.name()));
        if (type != 2 && type != 5 && p.admin1() != null && gazetteer != null) {
            // GDELT names the division even when the city shares its name ("Antalya, Antalya, Turkey")
            GazetteerEntry division = gazetteer.admin1(p.country(), p.admin1());
            if (division != null) {
                b.append(", ").append(GdeltFields.part(division.name()));
            }
        }
        if (!country.isEmpty()) {
            b.append(", ").append(GdeltFields.part(country));
        }
        return b.toString();
    }

    private String countryName(Place p) {
        if (p.featureCode() != null && p.featureCode().startsWith("PCL")) {
            return p.name();
        }
        GazetteerEntry c = gazetteer == null ? null : gazetteer.country(p.country());
        return c == null ? p.country() : c.name();
    }

    /** A place as V1LOCATIONS writes it: Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID. */
    String v1(Place p) {
        String[] f = columns(p);
        return String.join("#", f[0], f[1], f[2], f[3], f[5], f[6], f[7]);
    }

    /** A place as V2ENHANCEDLOCATIONS writes it: Type#FullName#CountryCode#ADM1Code#ADM2Code#Lat#Long#FeatureID#Offset. */
    String v2(Place p, int offset) {
        return String.join("#", columns(p)) + "#" + offset;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
