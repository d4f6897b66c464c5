package org.dyad.store;

import java.util.List;
import java.util.Map;

/**
 * What a run of the coder over sources was, recorded in the store's {@code runs} table so that every stored
 * fact can be traced to the code and knowledge that produced it.
 *
 * @param dyadVersion   {@link org.dyad.Dyad#VERSION}
 * @param configuration the coder's and the ingest's settings, as a JSON object
 * @param knowledge     SHA-256 (hex) of every knowledge file the coder read, by resource path or file name
 * @param sources       the sources named on the command line
 */
public record RunInfo(String dyadVersion, String configuration, Map<String, String> knowledge, List<String> sources) {

    public RunInfo {
        knowledge = Map.copyOf(knowledge);
        sources = List.copyOf(sources);
    }
}
