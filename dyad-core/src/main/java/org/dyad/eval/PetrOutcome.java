package org.dyad.eval;

import java.util.List;

/**
 * How Dyad did on one PETRARCH validation sentence.
 *
 * @param id    record id
 * @param gold  the gold triples, sorted
 * @param dyad  Dyad's distinct triples from asserted events with both actors, sorted
 * @param exact whether the two sets are equal
 */
public record PetrOutcome(String id, List<PetrCoding> gold, List<PetrCoding> dyad, boolean exact) {

    public PetrOutcome {
        gold = List.copyOf(gold);
        dyad = List.copyOf(dyad);
    }
}
