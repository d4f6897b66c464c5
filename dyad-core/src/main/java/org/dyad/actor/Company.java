package org.dyad.actor;

import java.util.List;

/**
 * A company or news organisation from {@code companies.tsv}: it acts for the business or media sector of the state
 * it is headquartered in, so its code is that state's code and the sector ({@code USABUS}, {@code GBRMED}).
 *
 * @param name    canonical English name
 * @param aliases other names used in news
 * @param country ISO 3166-1 alpha-3 code of the state of its headquarters
 * @param sector  BUS or MED
 * @param kind    what it does (energy, technology, news agency, newspaper, ...)
 * @param commonWords the one-word names among name and aliases that are also ordinary English words ("Shell",
 *                "Apple"), written with a trailing {@code *} in the file
 * @param surnames    the one-word names that are also a well-known person's surname ("Bloomberg"), written with a
 *                trailing {@code ^}: alone they name the news organisation only where it reports or is told
 */
public record Company(String name, List<String> aliases, String country, String sector, String kind,
                      List<String> commonWords, List<String> surnames) {
    public Company {
        aliases = List.copyOf(aliases);
        commonWords = List.copyOf(commonWords);
        surnames = List.copyOf(surnames);
    }

    public Company(String name, List<String> aliases, String country, String sector, String kind, List<String> commonWords) {
        this(name, aliases, country, sector, kind, commonWords, List.of());
    }

    /** The CAMEO code: the state of the headquarters, then the sector. */
    public String code() {
        return country + sector;
    }
}
