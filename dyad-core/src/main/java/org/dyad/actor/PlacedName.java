package org.dyad.actor;

import java.util.Objects;

/**
 * A place name of a sentence that the gazetteer puts in one state with confidence: a town, province or
 * region ("Mombasa", "Helmand"), as the place stage found it. {@link ContextCountry} reads it to place
 * actors the text ties to it ("a newspaper based in Mombasa", "the governor of Helmand"); the actor
 * stage itself knows only the states, their capitals and institutions.
 *
 * @param sentence 0-based sentence index
 * @param start    first token of the name in its sentence (0-based)
 * @param end      token after the last
 * @param country  ISO 3166-1 alpha-3 code of the state the place lies in
 */
public record PlacedName(int sentence, int start, int end, String country) {
    public PlacedName {
        Objects.requireNonNull(country, "country");
        if (sentence < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad place name position: sentence " + sentence + ", tokens [" + start
                + "," + end + ")");
        }
    }

    /** Whether token {@code token} of the sentence is part of the name. */
    public boolean covers(int token) {
        return start <= token && token < end;
    }
}
