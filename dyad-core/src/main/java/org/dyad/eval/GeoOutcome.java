package org.dyad.eval;

import org.dyad.model.Span;

/**
 * One line of a geoparsing file's details: a gold toponym and what Dyad made of it, or a place name Dyad
 * found that the gold does not mark.
 *
 * @param article  the article id
 * @param span     the gold toponym's span, or Dyad's where the gold has none
 * @param phrase   the words of the span
 * @param kind     {@code literal} or {@code adjectival}: the gold's kind as the scorer reads it, else Dyad's
 * @param inGold   whether the gold marks a toponym here (false: a Dyad mention the gold does not have)
 * @param goldId   the gold GeoNames id, or null (a spurious Dyad mention, or a toponym the gold left unresolved)
 * @param goldName the gold entry's name, or null
 * @param dyadId   the GeoNames id Dyad resolved the overlapping mention to, or null (missed, or a place without one)
 * @param dyadName the name of Dyad's place, or null where Dyad found nothing here
 * @param km       distance between Dyad's and the gold's coordinates, or null where either is missing
 */
public record GeoOutcome(String article, Span span, String phrase, String kind, boolean inGold, Long goldId, String goldName,
                         Long dyadId, String dyadName, Double km) {

    /** Whether Dyad found a place name overlapping the span. */
    public boolean found() {
        return dyadName != null;
    }
}
