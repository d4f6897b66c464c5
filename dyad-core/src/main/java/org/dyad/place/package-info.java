/**
 * Places: the gazetteer ({@link org.dyad.place.Gazetteer}, {@link org.dyad.place.GazetteerEntry}) built from
 * GeoNames (CC BY 4.0), Natural Earth, the US Census Bureau's county shapes and Dyad's own continents, news
 * regions and division abbreviations; the place stage ({@link org.dyad.place.PlaceFinder}): toponym recognition
 * ({@link org.dyad.place.ToponymRecognizer}) and resolution ({@link org.dyad.place.ToponymResolver}); and where
 * events and actors are ({@link org.dyad.place.Locator}). Offsets are characters into the article text, 0-based,
 * end exclusive. The GeoNames and census resources are built from registry packages by
 * {@code build/gazetteer/fetch.sh}.
 */
package org.dyad.place;
