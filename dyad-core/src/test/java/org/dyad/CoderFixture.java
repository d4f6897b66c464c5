package org.dyad;

import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The real coder (CoreNLP models included), built once per test JVM and shared by the stage tests.
 */
public final class CoderFixture {

    private static final class Holder {
        static final Annotator ANNOTATOR = new CoreNlpAnnotator();
        static final Coder CODER = Dyad.coder(DyadConfig.defaults(), ANNOTATOR);
    }

    private CoderFixture() {
    }

    public static Coder coder() {
        return Holder.CODER;
    }

    /** A coder for another configuration, sharing the one CoreNLP annotator (its models take ~2 GB). */
    public static Coder coder(DyadConfig config) {
        return Dyad.coder(config, Holder.ANNOTATOR);
    }

    public static CodedArticle code(String text, LocalDate date) {
        return coder().code(new Article("test", null, text, date, null, null, "en"));
    }

    public static CodedArticle code(String text) {
        return code(text, LocalDate.of(2016, 6, 15));
    }

    /** The shared data folder beside the repository ({@code ../shared}), or null when absent. */
    public static Path shared() {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            Path s = p.resolve("shared");
            if (Files.isDirectory(s.resolve("eval"))) {
                return s;
            }
            Path sibling = p.resolveSibling("shared");
            if (Files.isDirectory(sibling.resolve("eval"))) {
                return sibling;
            }
        }
        return null;
    }
}
