package org.dyad.eval;

import java.util.Objects;

/**
 * An actor as a PLOVER gold record names it.
 *
 * @param actorText the words of the text
 * @param code      ISO 3166 alpha-3 or a class ({@code IGO}, {@code NGO}, {@code IMG}), as the gold writes it
 * @param sector    the gold's sector code, or null
 */
public record GoldActor(String actorText, String code, String sector) {

    public GoldActor {
        Objects.requireNonNull(code, "code");
    }
}
