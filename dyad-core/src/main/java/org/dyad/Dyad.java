package org.dyad;

import org.dyad.coder.ArticleCoder;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;

/**
 * Dyad's façade: {@code Dyad.coder(DyadConfig.defaults()).code(article)}.
 */
public final class Dyad {

    /** Dyad's version, recorded with every run. */
    public static final String VERSION = "0.1.0";

    private Dyad() {
    }

    /** A coder with CoreNLP as its annotator. Loading the models takes several seconds; build it once. */
    public static Coder coder(DyadConfig config) {
        return coder(config, new CoreNlpAnnotator());
    }

    /** A coder with the given annotator. */
    public static Coder coder(DyadConfig config, Annotator annotator) {
        return new ArticleCoder(config, annotator);
    }
}
