package org.dyad.model;

import java.util.List;

/**
 * A distinct place of an article with every mention of it.
 *
 * @param place      the resolved place
 * @param mentions   all its mentions, in text order
 * @param resolvedBy how the gazetteer entry was chosen (rule id)
 * @param confidence 0..1
 */
public record PlaceEntity(Place place, List<PlaceMention> mentions, String resolvedBy, double confidence) {
    public PlaceEntity {
        mentions = List.copyOf(mentions);
    }
}
