/**
 * The gazetteer: places by name ({@link org.dyad.place.Gazetteer}, {@link org.dyad.place.GazetteerEntry}),
 * from GeoNames (CC BY 4.0), Natural Earth and Dyad's own list of continents and news regions.
 * The GeoNames resources are built from registry packages by {@code build/gazetteer/fetch.sh}.
 */
package org.dyad.place;
