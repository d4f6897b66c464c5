package org.dyad.model;

/**
 * A stretch of the article's text: character offsets into {@link Article#text()}, 0-based,
 * end exclusive. The one offset convention used everywhere in Dyad.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    public String of(String text) {
        return text.substring(begin, end);
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
