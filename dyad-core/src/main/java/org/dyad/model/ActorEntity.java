package org.dyad.model;

import java.util.List;

/**
 * A distinct actor of an article with every mention of it.
 *
 * @param actor      the resolved actor
 * @param mentions   spans of all its mentions, in text order
 * @param role       the role the text gives it, or null
 * @param resolvedBy how its code was found (dictionary, title, role, ...)
 */
public record ActorEntity(Actor actor, List<Span> mentions, String role, String resolvedBy) {
    public ActorEntity {
        mentions = List.copyOf(mentions);
    }
}
