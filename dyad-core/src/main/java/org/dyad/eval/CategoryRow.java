package org.dyad.eval;

/**
 * One line of a per-category table: how many (sentence, category) pairs the gold and Dyad hold for
 * {@code category}, and how many they share.
 *
 * @param category      a PLOVER category or a two-digit CAMEO root
 * @param label         what to print beside it (the CAMEO root's name), or null
 * @param gold          gold pairs with this category
 * @param dyad          Dyad's pairs with this category
 * @param truePositives pairs in both
 */
public record CategoryRow(String category, String label, int gold, int dyad, int truePositives) {

    public CategoryRow {
        if (truePositives > gold || truePositives > dyad) {
            throw new IllegalArgumentException("more true positives than pairs for " + category);
        }
    }

    public Prf prf() {
        return new Prf(truePositives, dyad - truePositives, gold - truePositives);
    }
}
