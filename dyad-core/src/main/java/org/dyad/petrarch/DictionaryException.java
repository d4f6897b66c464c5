package org.dyad.petrarch;

/**
 * A TABARI/PETRARCH dictionary that cannot be read. The message names the file and the 1-based line:
 * {@code PETR.Validate.verbs.txt:12: pattern outside a verb block}.
 */
public final class DictionaryException extends IllegalArgumentException {

    private final String source;
    private final int line;

    DictionaryException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The file (or other input) the problem is in. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }
}
