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
 */
public record Community(String code, String type, String name, List<String> terms) {
    public Community {
        terms = List.copyOf(terms);
    }
}
