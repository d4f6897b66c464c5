package org.dyad.eval;

import org.dyad.event.Codebook;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Modality;

import java.util.List;
import java.util.Map;

/** Hand-made coder output for scorer tests: no NLP involved. */
final class Coded {

    private Coded() {
    }

    /** An actor with a CAMEO-style code; the country is the code's first three letters. */
    static Actor actor(String code) {
        return new Actor(code, code, code.length() >= 3 ? code.substring(0, 3) : null, null, Actor.Kind.STATE);
    }

    /** An asserted event with the codebook's PLOVER 2021 category for {@code cameo}. */
    static Event event(String cameo, String source, String target) {
        return event(cameo, source, target, Modality.ASSERTED);
    }

    static Event event(String cameo, String source, String target, Modality modality) {
        return new Event(cameo, Codebook.standard().get(cameo).plover(), null, null,
            Codebook.standard().get(cameo).goldstein(), Codebook.standard().get(cameo).quadClass(),
            source == null ? null : actor(source), target == null ? null : actor(target), null, null, modality, null);
    }

    static CodedArticle article(String id, Event... events) {
        return article(Article.of(id, "text of " + id, null), events);
    }

    static CodedArticle article(Article article, Event... events) {
        return new CodedArticle(article, List.of(), 0, List.of(events), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), Map.of());
    }
}
