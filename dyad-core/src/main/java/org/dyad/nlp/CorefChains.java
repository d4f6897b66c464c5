package org.dyad.nlp;

import java.util.List;
import java.util.Map;

/**
 * What an external coreference resolver found in one text.
 *
 * @param text   the resolved text
 * @param chains its chains, singletons included where the resolver reports them
 * @param nanos  time per step in nanoseconds: {@code prepare} (tokens, tags, entities, parse) and {@code coref}
 */
public record CorefChains(String text, List<CorefChain> chains, Map<String, Long> nanos) {
    public CorefChains {
        chains = List.copyOf(chains);
        nanos = Map.copyOf(nanos);
    }
}
