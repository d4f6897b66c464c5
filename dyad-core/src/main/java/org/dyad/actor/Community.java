package org.dyad.actor;

import java.util.List;

/**
 * An ethnic or religious group ({@code ethnic-religious.tsv}). Codes follow CAMEO: religions in
 * upper case (MUS, CHR), ethnic groups in lower case (kur, tam).
 *
 * @param code  CAMEO code
 * @param type  ethnic or religion
 * @param name  canonical name
 * @param terms nouns and adjectives that name members
 * @param kinState ISO 3166 alpha-3 code of the state that is the group's own nation-state (Serbs: SRB),
 *                 or null; a group's forces or leaders placed nowhere else are that state's
 */
public record Community(String code, String type, String name, List<String> terms, String kinState) {
    public Community {
        terms = List.copyOf(terms);
    }

    public Community(String code, String type, String name, List<String> terms) {
        this(code, type, name, terms, null);
    }
}
