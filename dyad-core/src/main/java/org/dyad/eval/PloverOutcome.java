package org.dyad.eval;

import java.util.List;

/**
 * How Dyad did on one PLOVER sentence.
 *
 * @param id            record id
 * @param gold          the gold category (in the scored PLOVER version)
 * @param dyad          Dyad's distinct categories from asserted events, sorted
 * @param category      whether the gold category is among them
 * @param full          whether one event has the category, a gold source country and (where gold has targets) a gold target country
 * @param sourceCountry whether an event's source country is a gold source's; null where the metric does not apply
 * @param targetCountry whether an event's target country is a gold target's; null where the metric does not apply
 */
public record PloverOutcome(String id, String gold, List<String> dyad, boolean category, boolean full,
                            Boolean sourceCountry, Boolean targetCountry) {

    public PloverOutcome {
        dyad = List.copyOf(dyad);
    }
}
