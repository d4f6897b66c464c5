package org.dyad.model;

import java.util.Objects;

/**
 * A resolved actor: who did something or had something done to them.
 *
 * <p>{@code code} follows CAMEO conventions: a country (ISO 3166 alpha-3) followed by sector
 * codes ({@code RUS}, {@code RUSGOV}, {@code SYROPP}); {@code IGO} + body for international
 * bodies ({@code IGOUNO}, {@code IGOEUREEC}); country + sector + group id for armed groups
 * ({@code PSEREBHMS}), {@code IMG} + sector + id for transnational ones ({@code IMGREBISL}).
 *
 * @param name    the name as the article gives it at its fullest ("Donald Tusk", "Russia")
 * @param code    CAMEO-style code, never null (an unknown country is written {@code ---})
 * @param country ISO 3166 alpha-3 of the state the actor belongs to, or null (IGOs, transnational groups)
 * @param sector  primary sector (GOV, MIL, REB, OPP, REF, IGO, ...), or null for a whole state
 * @param kind    what sort of actor this is
 */
public record Actor(String name, String code, String country, String sector, Kind kind) {

    /** What sort of actor: a state, an international or non-governmental body, a group of states (REGION: "Western powers"), ... */
    public enum Kind { STATE, IGO, NGO, REGION, GROUP, PERSON, SECTOR, ETHNIC, RELIGIOUS }

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
    }

    /** The three-letter prefix that stands for the actor's state or class (ISO, IGO, NGO, IMG, ---). */
    public String countryOrClass() {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    /** Same actor identity: equal codes. Names differ between mentions of one actor. */
    public boolean sameCode(Actor other) {
        return other != null && code.equals(other.code);
    }
}
