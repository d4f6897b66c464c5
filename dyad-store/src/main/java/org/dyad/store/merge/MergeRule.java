package org.dyad.store.merge;

import org.dyad.model.Place;

import java.time.temporal.ChronoUnit;

/**
 * When two asserted event mentions report the same real-world event. All four must hold:
 *
 * <ol>
 *   <li><b>same CAMEO root</b> ("19" fight: a 190 and a 195 may be one clash told in two ways);</li>
 *   <li><b>same dyad</b>: source and target equal at country + sector level
 *       ({@link EventSignature#dyadKey}); a side the text does not name matches only a side not named;</li>
 *   <li><b>same day ± {@value #DAY_WINDOW}</b>: reports straddle midnight and time zones; an event without a
 *       date is never merged, since nothing says when it happened;</li>
 *   <li><b>same or nearby location</b>: the same GeoNames place; two towns at most {@value #NEARBY_KM} km
 *       apart; a country, first-level division or region and a place inside it; or one report that names no
 *       place (it does not contradict the other).</li>
 * </ol>
 *
 * <p>A merged record is anchored on the mention that opened it: later mentions are compared with the
 * record's day and location, not with each other, so a daily series of strikes in one town stays a
 * series of records instead of chaining into one. Where several records match, the closest wins
 * ({@link #distance}): nearest day, then the tighter location match; ties go to the lower event id.
 * Stateless and thread-safe.
 */
public final class MergeRule {

    /** Days either side of a record's day within which a report can be the same event. */
    public static final int DAY_WINDOW = 1;

    /** Largest distance between two precise places (towns, sites) of one event, in kilometres. */
    public static final double NEARBY_KM = 50.0;

    /** How well two locations agree: lower is tighter. */
    public enum PlaceMatch { SAME_PLACE, NEARBY, INSIDE, UNKNOWN, DIFFERENT }

    private MergeRule() {
    }

    /** Whether {@code mention} reports the event whose record is anchored on {@code record}. */
    public static boolean sameEvent(EventSignature record, EventSignature mention) {
        if (!record.mergeKey().equals(mention.mergeKey())) {
            return false;
        }
        if (record.date() == null || mention.date() == null) {
            return false;
        }
        if (Math.abs(ChronoUnit.DAYS.between(record.date(), mention.date())) > DAY_WINDOW) {
            return false;
        }
        return placeMatch(record.location(), mention.location()) != PlaceMatch.DIFFERENT;
    }

    /**
     * How close a matching record is, for choosing among several: days apart first, then the place match.
     * Lower is closer; only meaningful when {@link #sameEvent} holds.
     */
    public static int distance(EventSignature record, EventSignature mention) {
        long days = Math.abs(ChronoUnit.DAYS.between(record.date(), mention.date()));
        return (int) days * 10 + placeMatch(record.location(), mention.location()).ordinal();
    }

    /** How two locations agree; null stands for a report that names no place. */
    public static PlaceMatch placeMatch(Place a, Place b) {
        if (a == null || b == null) {
            return PlaceMatch.UNKNOWN;
        }
        if (a.geonameId() != null ? a.geonameId().equals(b.geonameId()) : b.geonameId() == null && a.name().equals(b.name())) {
            return PlaceMatch.SAME_PLACE;
        }
        boolean coarseA = coarse(a);
        boolean coarseB = coarse(b);
        if (!coarseA && !coarseB) {
            return a.distanceKm(b) <= NEARBY_KM ? PlaceMatch.NEARBY : PlaceMatch.DIFFERENT;
        }
        // a region beyond one state (the Middle East) cannot be checked against a state: it does not contradict
        if (coarseA && a.country() == null || coarseB && b.country() == null) {
            return PlaceMatch.INSIDE;
        }
        return a.country() != null && a.country().equals(b.country()) ? PlaceMatch.INSIDE : PlaceMatch.DIFFERENT;
    }

    /** A country, first-level division, continent or region: an area, not a point. */
    static boolean coarse(Place p) {
        String fc = p.featureCode();
        return fc == null || p.geonameId() == null || fc.startsWith("PCL") || fc.equals("ADM1") || fc.equals("CONT")
            || fc.equals("RGN");
    }
}
