package org.dyad.actor;

import java.util.List;

/**
 * An international body or one of its organs ({@code organisations.tsv}).
 *
 * @param code    the actor code events use (IGOUNO, IGOEUREEC, IGOUNOMIL, NGOAMN, ...)
 * @param name    canonical name
 * @param aliases other names and abbreviations
 * @param parent  the parent body's name, or null
 * @param sector  IGO, NGO, or the organ's sector (MIL, LEG, JUD)
 * @param kind    global, regional, military, economic, judicial, humanitarian, ngo
 */
public record Organisation(String code, String name, List<String> aliases, String parent, String sector, String kind) {
    public Organisation {
        aliases = List.copyOf(aliases);
    }
}
