package org.dyad.eval;

/**
 * Micro-averaged precision, recall and F1 from counts of items (pairs or triples): true positives,
 * false positives (found by Dyad, not in the gold) and false negatives (in the gold, not found).
 * Each value is 0 where its denominator is 0.
 */
public record Prf(int truePositives, int falsePositives, int falseNegatives) {

    public Prf {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count: tp=" + truePositives + " fp=" + falsePositives
                + " fn=" + falseNegatives);
        }
    }

    /** Items Dyad produced. */
    public int predicted() {
        return truePositives + falsePositives;
    }

    /** Items in the gold. */
    public int gold() {
        return truePositives + falseNegatives;
    }

    public double precision() {
        return predicted() == 0 ? 0.0 : (double) truePositives / predicted();
    }

    public double recall() {
        return gold() == 0 ? 0.0 : (double) truePositives / gold();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
