package org.dyad.actor;

/** The gender a text gives a person, as "he" and "she" agree with it; {@code UNKNOWN} when nothing tells. */
public enum Gender {
    FEMALE, MALE, UNKNOWN;

    /** Whether a person of this gender can be called by a pronoun of gender {@code pronoun}. */
    public boolean agreesWith(Gender pronoun) {
        return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }

    static Gender parse(String code, org.dyad.internal.Tsv.Row row) {
        return switch (code) {
            case "f" -> FEMALE;
            case "m" -> MALE;
            case "u" -> UNKNOWN;
            default -> throw row.error("gender must be f, m or u, not '" + code + "'");
        };
    }
}
