package org.dyad.ingest;

import org.dyad.model.Article;

/**
 * One item read from a source: an article, or a one-line reason why an input could not be read.
 */
public sealed interface Input permits Input.Ok, Input.Bad {

    /** Where it came from: a file name, {@code file.jsonl:12}, or {@code -} for standard input. */
    String origin();

    /**
     * A readable article, perhaps with a warning about what was repaired ("invalid UTF-8 replaced"), and
     * the byline where the input names its authors (HTML pages), else null.
     */
    record Ok(Article article, String origin, String warning, String byline) implements Input {

        public Ok(Article article, String origin, String warning) {
            this(article, origin, warning, null);
        }
    }

    /** An input that could not be read, with the reason in one line. */
    record Bad(String origin, String problem) implements Input {
    }
}
