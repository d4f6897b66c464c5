package org.dyad.nlp;

import org.dyad.model.Span;

import java.util.List;

/**
 * One chain of a coreference resolver: mentions it judged to refer to the same thing. Offsets are
 * character offsets into the resolved text, 0-based, end exclusive.
 *
 * @param representative     the mention the resolver chose to stand for the chain (usually the fullest name)
 * @param representativeText the text of that mention
 * @param mentions           every mention of the chain, in text order, the representative among them
 */
public record CorefChain(Span representative, String representativeText, List<Span> mentions) {
    public CorefChain {
        mentions = List.copyOf(mentions);
    }
}
