package org.dyad.eval;

/**
 * A share: {@code hits} of {@code total}. Its {@link #value()} is 0 when {@code total} is 0, so that
 * an empty denominator never reads as a perfect score.
 */
public record Ratio(int hits, int total) {

    public Ratio {
        if (hits < 0 || total < 0 || hits > total) {
            throw new IllegalArgumentException("bad ratio " + hits + "/" + total);
        }
    }

    public double value() {
        return total == 0 ? 0.0 : (double) hits / total;
    }

    @Override
    public String toString() {
        return hits + "/" + total;
    }
}
