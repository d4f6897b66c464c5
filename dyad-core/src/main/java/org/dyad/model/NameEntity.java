package org.dyad.model;

import java.util.List;

/**
 * A distinct person or organisation name of an article with every mention of it, as GDELT's GKG lists
 * them (from named-entity recognition and Dyad's actor mentions).
 *
 * @param name     the fullest form the article gives ("Donald Tusk"; for a known organisation Dyad's name)
 * @param mentions spans of all its mentions, in text order (surname-only and alias mentions included,
 *                 pronouns not)
 * @param code     the actor code Dyad resolved it to, or null
 */
public record NameEntity(String name, List<Span> mentions, String code) {
    public NameEntity {
        mentions = List.copyOf(mentions);
    }
}
