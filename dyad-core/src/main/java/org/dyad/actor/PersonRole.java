package org.dyad.actor;

import java.time.LocalDate;
import java.util.List;

/**
 * One role a person held, with its dates ({@code people.tsv}).
 *
 * @param name    full name
 * @param aliases other forms of the name
 * @param code    the actor code of the role (USAGOV, IGOEUREEC)
 * @param role    the role in words
 * @param start   first day of the role
 * @param end     last day, or null if still held
 */
public record PersonRole(String name, List<String> aliases, String code, String role, LocalDate start, LocalDate end) {
    public PersonRole {
        aliases = List.copyOf(aliases);
    }

    public boolean heldOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }
}
