package org.dyad.model;

import java.util.Objects;

/**
 * A resolved place (a GeoNames entry where one is known).
 *
 * @param name        the gazetteer's name
 * @param geonameId   GeoNames id, or null for places Dyad knows only by name (regions)
 * @param country     ISO 3166 alpha-3, or null for places beyond one state (Europe, the Middle East)
 * @param admin1      first-level division code or name, or null
 * @param lat         latitude, degrees north
 * @param lon         longitude, degrees east
 * @param featureCode GeoNames feature code (PCLI country, PPLA admin seat, PPLC capital, CONT continent, RGN region)
 */
public record Place(String name, Long geonameId, String country, String admin1, double lat, double lon,
                    String featureCode) {
    public Place {
        Objects.requireNonNull(name, "name");
    }

    /** Great-circle distance in kilometres. */
    public double distanceKm(Place other) {
        return distanceKm(lat, lon, other.lat, other.lon);
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
