package org.dyad.nlp;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Linguistic annotation: sentences, tokens, lemmas, part-of-speech, named entities, normalised dates,
 * and dependency parses. Implementations are thread-safe: one instance serves every worker thread.
 */
public interface Annotator {

    /**
     * Annotates {@code text}.
     *
     * @param text        the article body
     * @param date        the article date, against which relative dates are resolved; may be null
     * @param parseFilter decides, from a sentence's tokens and entities (with {@code graph == null}),
     *                    whether it is worth a dependency parse; parsing is the costliest step
     * @return the annotated document; sentences not selected have a null graph
     */
    Document annotate(String text, LocalDate date, Predicate<Sentence> parseFilter);
}
