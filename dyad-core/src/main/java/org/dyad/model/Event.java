package org.dyad.model;

import java.time.LocalDate;

/**
 * One coded event: who did what to whom, when and where, with its evidence.
 *
 * @param cameo         CAMEO event code ("195")
 * @param plover        PLOVER 2021 category ("ASSAULT"), or null where PLOVER drops the code (01, 02)
 * @param ploverMode    PLOVER 2021 mode, or null
 * @param ploverContext PLOVER 2021 context, or null
 * @param goldstein     Goldstein scale value of the code
 * @param quadClass     GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param source        the actor who acts, or null when the text does not name one
 * @param target        the actor acted upon, or null
 * @param date          the event's date
 * @param location      where it happened (GDELT's ActionGeo), or null; {@link Evidence#locationFrom()} says
 *                      whether the clause, the sentence or the article's focus gave it
 * @param modality      whether the text asserts it
 * @param evidence      sentence, spans, rule and confidence
 * @param sourceLocation where the text puts the source actor's mention ("Syrian rebels in Idlib"; GDELT's
 *                       Actor1Geo), or null when it does not
 * @param targetLocation where the text puts the target actor's mention (GDELT's Actor2Geo), or null
 */
public record Event(String cameo, String plover, String ploverMode, String ploverContext, double goldstein,
                    int quadClass, Actor source, Actor target, LocalDate date, Place location, Modality modality,
                    Evidence evidence, Place sourceLocation, Place targetLocation) {

    /** An event whose actors the text does not place. */
    public Event(String cameo, String plover, String ploverMode, String ploverContext, double goldstein,
                 int quadClass, Actor source, Actor target, LocalDate date, Place location, Modality modality,
                 Evidence evidence) {
        this(cameo, plover, ploverMode, ploverContext, goldstein, quadClass, source, target, date, location, modality,
            evidence, null, null);
    }

    /** The two-digit CAMEO root ("19"). */
    public String root() {
        return cameo.substring(0, 2);
    }

    public boolean asserted() {
        return modality == Modality.ASSERTED;
    }
}
