package org.dyad.store.merge;

import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.Place;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the merge rule compares of an event: its CAMEO root, its dyad at country + sector level, its date
 * and its location.
 *
 * @param root     two-digit CAMEO root code ("19")
 * @param source   the source's dyad key ({@link #dyadKey(Actor)}), or null when the text names no source
 * @param target   the target's dyad key, or null when the text names no target
 * @param date     the event's day, or null when neither the text nor the article gives one
 * @param location where it happened, or null when the text does not say
 */
public record EventSignature(String root, String source, String target, LocalDate date, Place location) {

    public EventSignature {
        Objects.requireNonNull(root, "root");
        if (root.length() != 2) {
            throw new IllegalArgumentException("CAMEO root must have two digits, not '" + root + "'");
        }
    }

    public static EventSignature of(Event e) {
        return new EventSignature(e.root(), dyadKey(e.source()), dyadKey(e.target()), e.date(), e.location());
    }

    /**
     * An actor at country + sector level: the state's ISO code and the sector ({@code RUSGOV}, {@code SYRREB},
     * {@code RUS} for the state as a whole), so that "the Kremlin" and "President Putin" are one side. Actors
     * without a state (international bodies, transnational groups, unknown states) keep their full code
     * ({@code IGOEUREEC}, {@code IMGREBISL}, {@code ---REB}): the UN and the EU are not one side. Null for null.
     */
    public static String dyadKey(Actor a) {
        if (a == null) {
            return null;
        }
        if (a.country() == null) {
            return a.code();
        }
        return a.sector() == null ? a.country() : a.country() + a.sector();
    }

    /** The part that must be equal for two events to be one: root, source and target. */
    public String mergeKey() {
        return root + "|" + (source == null ? "" : source) + "|" + (target == null ? "" : target);
    }
}
