package org.dyad.store.merge;

import org.dyad.model.Place;

import java.time.temporal.ChronoUnit;
import java.util.Objects;

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
 *       place (it does not contradict the other). See {@link #placeMatch}.</li>
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

    /**
     * How two locations agree; null stands for a report that names no place. Two points (towns, sites) agree
     * within {@value #NEARBY_KM} km; an area agrees with what lies in it: a country with its places and
     * divisions, a first-level division with the places whose admin1 code is its own (a place whose division
     * is unknown does not contradict it); a region beyond one state (the Middle East) cannot be checked and
     * does not contradict. Two different areas of one level (two countries, two divisions) disagree.
     */
    public static PlaceMatch placeMatch(Place a, Place b) {
        if (a == null || b == null) {
            return PlaceMatch.UNKNOWN;
        }
        if (a.geonameId() != null ? a.geonameId().equals(b.geonameId())
            : b.geonameId() == null && a.name().equals(b.name()) && Objects.equals(a.country(), b.country())) {
            return PlaceMatch.SAME_PLACE;
        }
        int la = level(a);
        int lb = level(b);
        if (la == POINT && lb == POINT) {
            return a.distanceKm(b) <= NEARBY_KM ? PlaceMatch.NEARBY : PlaceMatch.DIFFERENT;
        }
        if (la == lb) {
            return PlaceMatch.DIFFERENT;
        }
        Place area = la < lb ? a : b;
        Place inner = la < lb ? b : a;
        return switch (level(area)) {
            case REGION -> PlaceMatch.INSIDE;
            case COUNTRY -> area.country() != null && area.country().equals(inner.country())
                ? PlaceMatch.INSIDE : PlaceMatch.DIFFERENT;
            default -> area.country() != null && area.country().equals(inner.country())
                && (inner.admin1() == null || inner.admin1().equals(area.admin1()))
                ? PlaceMatch.INSIDE : PlaceMatch.DIFFERENT;
        };
    }

    private static final int REGION = 0;
    private static final int COUNTRY = 1;
    private static final int DIVISION = 2;
    private static final int POINT = 3;

    /** How large a place is: a region beyond one state, a country, a first-level division, or a point. */
    private static int level(Place p) {
        String fc = p.featureCode() == null ? "" : p.featureCode();
        if (p.country() == null || fc.equals("CONT") || fc.equals("RGN")) {
            return REGION;
        }
        if (fc.startsWith("PCL")) {
            return COUNTRY;
        }
        if (fc.equals("ADM1")) {
            return DIVISION;
        }
        return POINT;
    }
}
