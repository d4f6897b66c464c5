package org.dyad.export;

import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.Community;
import org.dyad.model.Actor;

import java.util.HashSet;
import java.util.Set;

/**
 * An actor as GDELT's ten actor columns: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
 * Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code. Dyad's CAMEO-style code is read in
 * three-letter parts: the first is the state (ISO 3166 alpha-3, which CAMEO's country codes follow) or
 * the class ({@code IGO}, {@code NGO}, {@code IMG}: written as Type1Code); later parts are CAMEO types
 * (GOV, MIL, REB, ...), CAMEO regions (EUR, AFR, ... as CountryCode where no state is given), religions
 * (upper case, from Dyad's ethnic-religious knowledge) and ethnic groups (lower case); any other part
 * names a known group or body ({@code IGOEUREEC} → EEC, {@code PSEREBHMS} → HMS). Immutable and
 * thread-safe.
 */
final class GdeltActor {

    /** CAMEO actor type codes (CAMEO codebook, actor types). */
    private static final Set<String> TYPES = Set.of("AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV",
        "GOV", "HLH", "HRI", "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP",
        "PTY", "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF", "UIS");
    /** CAMEO region codes. */
    private static final Set<String> REGIONS = Set.of("AFR", "ARB", "ASA", "BAL", "BLK", "CAF", "CAS", "CAU", "CRB",
        "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "SEU",
        "WAF", "WEU", "WST");
    private static final Set<String> CLASSES = Set.of("IGO", "NGO", "IMG", "MNC", "UIS");

    private final Set<String> religions = new HashSet<>();

    GdeltActor(ActorKnowledge knowledge) {
        for (Community c : knowledge.communities()) {
            if (c.type().equals("religion")) {
                religions.add(c.code());
            }
        }
    }

    /** The ten columns; all empty for a null actor. */
    String[] columns(Actor a) {
        String[] f = new String[10];
        java.util.Arrays.fill(f, "");
        if (a == null) {
            return f;
        }
        String code = a.code();
        f[0] = GdeltFields.clean(code);
        f[1] = GdeltFields.clean(a.name()).toUpperCase(java.util.Locale.ROOT);
        int types = 0;
        int faiths = 0;
        String first = code.length() >= 3 ? code.substring(0, 3) : code;
        int from = 3;
        if (CLASSES.contains(first)) {
            f[7] = first;
            types = 1;
        } else if (first.matches("[A-Z]{3}") && !TYPES.contains(first)) {
            f[2] = first;
        } else if (!first.equals("---")) {
            from = 0; // a bare type ("REF", "MIL") without a state
        }
        for (int i = from; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (part.equals(part.toLowerCase(java.util.Locale.ROOT)) && part.matches("[a-z]{3}")) {
                if (f[4].isEmpty()) {
                    f[4] = part;
                }
            } else if (religions.contains(part)) {
                if (faiths < 2) {
                    f[5 + faiths++] = part;
                }
            } else if (TYPES.contains(part)) {
                if (types < 3) {
                    f[7 + types++] = part;
                }
            } else if (REGIONS.contains(part) && f[2].isEmpty()) {
                f[2] = part;
            } else if (part.matches("[A-Z0-9]{3}") && f[3].isEmpty()) {
                f[3] = part;
            }
        }
        return f;
    }
}
