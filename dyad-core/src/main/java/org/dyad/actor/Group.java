package org.dyad.actor;

import java.util.List;

/**
 * A non-state armed group, movement or party ({@code groups.tsv}).
 *
 * @param code      actor code (PSEREBHMS, IMGREBISL)
 * @param name      canonical name
 * @param aliases   names, acronyms, transliterations
 * @param countries ISO alpha-3 codes of where it operates, main first
 * @param sector    REB, SEP, OPP, PTY, UAF, ...
 * @param kind      jihadist, insurgent, separatist, militia, party, ...
 */
public record Group(String code, String name, List<String> aliases, List<String> countries, String sector, String kind) {
    public Group {
        aliases = List.copyOf(aliases);
        countries = List.copyOf(countries);
    }

    /** The ISO code that starts the actor code, or null for transnational (IMG) groups. */
    public String country() {
        String prefix = code.substring(0, 3);
        return prefix.equals("IMG") ? null : prefix;
    }
}
