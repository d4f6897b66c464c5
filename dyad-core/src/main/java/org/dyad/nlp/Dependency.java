package org.dyad.nlp;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++).
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  relation name with its subtype, e.g. {@code nsubj}, {@code obl:on}, {@code nmod:poss}, {@code conj:and}
 */
public record Dependency(int governor, int dependent, String relation) {

    /** The relation without its subtype: {@code obl} for {@code obl:on}. */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype ({@code on} for {@code obl:on}), or the empty string. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
