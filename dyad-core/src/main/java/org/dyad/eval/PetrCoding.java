package org.dyad.eval;

import java.util.Objects;

/**
 * One (source, target, event) coding as PETRARCH writes it. Actor codes are compared exactly
 * ({@code USAGOV} is not {@code USA}); PETRARCH's new-actor codes keep their quotes
 * ({@code "INJURY TOLL"}).
 *
 * @param source source actor code
 * @param target target actor code ({@code ---} where PETRARCH codes an unknown target)
 * @param event  CAMEO event code, or a two-digit root in root-level comparisons
 */
public record PetrCoding(String source, String target, String event) implements Comparable<PetrCoding> {

    public PetrCoding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(event, "event");
    }

    /** The two-digit CAMEO root of the event code. */
    public String root() {
        return event.length() <= 2 ? event : event.substring(0, 2);
    }

    /** The same actors with the event cut to its root. */
    public PetrCoding atRoot() {
        return new PetrCoding(source, target, root());
    }

    @Override
    public int compareTo(PetrCoding o) {
        int c = source.compareTo(o.source);
        if (c == 0) {
            c = target.compareTo(o.target);
        }
        return c != 0 ? c : event.compareTo(o.event);
    }

    @Override
    public String toString() {
        return source + " " + target + " " + event;
    }
}
