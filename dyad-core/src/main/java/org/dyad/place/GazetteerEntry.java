package org.dyad.place;

import org.dyad.model.Place;

import java.util.Objects;

/**
 * One place of the {@link Gazetteer}: a GeoNames populated place, country or first-level division,
 * a US county, or one of Dyad's own continents and news regions.
 *
 * @param geonameId    GeoNames id; 0 for a place the sources give no GeoNames id (news regions such
 *                     as the Sahel, a few territories, US counties)
 * @param name         the name (UTF-8, as GeoNames or Dyad writes it)
 * @param asciiName    the name in plain ASCII
 * @param country      ISO 3166-1 alpha-3 code, or null for places beyond one state (continents, most regions)
 * @param admin1       GeoNames first-level division code within the country ({@code "LA"}, {@code "07"}), or null
 * @param admin2       GeoNames second-level division code, or null
 * @param lat          latitude, degrees north
 * @param lon          longitude, degrees east
 * @param featureClass GeoNames feature class: {@code A} country or division, {@code P} populated place,
 *                     {@code L} continent or region
 * @param featureCode  GeoNames feature code: {@code PCLI} country, {@code ADM1} first-level division, {@code ADM2} county,
 *                     {@code PPL}, {@code PPLA}, {@code PPLC}, ... populated places, {@code CONT}
 *                     continent, {@code RGN} region
 * @param population   inhabitants, 0 if unknown; for countries and divisions a lower-bound
 *                     estimate (the sum over the gazetteer's populated places in them), meant for ranking
 */
public record GazetteerEntry(long geonameId, String name, String asciiName, String country, String admin1,
                             String admin2, double lat, double lon, String featureClass, String featureCode,
                             long population) {

    public GazetteerEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(featureClass, "featureClass");
        Objects.requireNonNull(featureCode, "featureCode");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank gazetteer name (GeoNames id " + geonameId + ")");
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for '" + name + "': " + lat + ", " + lon);
        }
        if (geonameId < 0 || population < 0) {
            throw new IllegalArgumentException("negative GeoNames id or population for '" + name + "'");
        }
        if (asciiName == null || asciiName.isBlank()) {
            asciiName = name;
        }
    }

    /** True when the entry carries a GeoNames id. */
    public boolean hasGeonameId() {
        return geonameId != 0;
    }

    /** A state or territory ({@code PCL*}). */
    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    /** A first-level division: a state, province, governorate, region... */
    public boolean isAdmin1() {
        return featureCode.equals("ADM1");
    }

    /** A second-level division: a county, parish, district... */
    public boolean isAdmin2() {
        return featureCode.equals("ADM2");
    }

    /** A first- or second-level division. */
    public boolean isDivision() {
        return isAdmin1() || isAdmin2();
    }

    /** A continent or a region beyond one state. */
    public boolean isRegion() {
        return featureCode.equals("CONT") || featureCode.equals("RGN");
    }

    /** A city, town or village (GeoNames feature class P). */
    public boolean isPopulatedPlace() {
        return featureClass.equals("P");
    }

    /** This entry as the coder's output record. */
    public Place toPlace() {
        return new Place(name, hasGeonameId() ? geonameId : null, country, admin1, lat, lon, featureCode);
    }
}
