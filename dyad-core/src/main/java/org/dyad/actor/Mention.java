package org.dyad.actor;

import org.dyad.model.Actor;
import org.dyad.model.Span;

/**
 * An actor mention inside one sentence, with the token range the later stages need.
 *
 * @param sentence   0-based sentence index
 * @param start      first token (0-based, within the sentence)
 * @param end        token after the last
 * @param head       the token that heads the mention (the person's surname, the noun of "the Syrian opposition")
 * @param actor      the resolved actor
 * @param span       characters of the mention in the article text
 * @param role       the role the text gives ("President of the European Council"), or null
 * @param resolvedBy dictionary, title, composition, coreference, ...
 * @param person     the knowledge base's name for a person, or the name as written for unknown people; null if not a person
 * @param plural     whether the mention names many (rebels, refugees) rather than one
 */
public record Mention(int sentence, int start, int end, int head, Actor actor, Span span, String role,
                      String resolvedBy, String person, boolean plural) {

    public boolean covers(int token) {
        return start <= token && token < end;
    }

    public Mention withActor(Actor a, String how) {
        return new Mention(sentence, start, end, head, a, span, role, how, person, plural);
    }

    /** Whether the actor's country (or class) is known: not {@code ---}. */
    public boolean resolved() {
        return !actor.code().startsWith("---") || actor.code().length() > 3;
    }
}
