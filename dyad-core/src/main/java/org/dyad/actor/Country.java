package org.dyad.actor;

import java.util.List;
import java.util.Map;

/**
 * A state as the actor knowledge base knows it ({@code countries.tsv}).
 *
 * @param iso3         ISO 3166 alpha-3 code, the actor code's country part
 * @param iso2         ISO 3166 alpha-2 code
 * @param name         the short English name news uses
 * @param aliases      other names, abbreviations, historical names
 * @param adjectives   adjectives and demonyms ("Russian", "Russians")
 * @param capital      the capital city's name
 * @param institutions names that stand for a part of the state, with their sector (Kremlin → GOV, Duma → LEG)
 * @param status       {@code member} (UN member state), {@code observer}, or {@code other}
 */
public record Country(String iso3, String iso2, String name, List<String> aliases, List<String> adjectives,
                      String capital, Map<String, String> institutions, String status) {
    public Country {
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
        institutions = Map.copyOf(institutions);
    }
}
