package org.dyad.model;

/**
 * One place in the text where an actor is named or referred to.
 *
 * @param actor      the resolved actor
 * @param span       the characters of the mention (whole noun phrase where it has one)
 * @param sentence   0-based sentence index
 * @param role       the role the text gives ("President of the European Council"), or null
 * @param resolvedBy how the code was found: dictionary, title, role, coreference, composition, ...
 * @param entity     index of the article-level actor entity this mention belongs to
 * @param location   where the text puts the actor at this mention ("Syrian rebels in Idlib", "Idlib rebels"),
 *                   or null when it does not; a state adjective ("Syrian") says whose the actor is, not where
 */
public record ActorMention(Actor actor, Span span, int sentence, String role, String resolvedBy, int entity,
                           Place location) {

    /** A mention the text does not place. */
    public ActorMention(Actor actor, Span span, int sentence, String role, String resolvedBy, int entity) {
        this(actor, span, sentence, role, resolvedBy, entity, null);
    }
}
