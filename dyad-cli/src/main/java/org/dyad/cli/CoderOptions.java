package org.dyad.cli;

import org.dyad.Coder;
import org.dyad.Dyad;
import org.dyad.DyadConfig;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.petrarch.PetrarchVerbs;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options every command that codes shares. */
final class CoderOptions {

    @Option(names = "--actors", paramLabel = "FILE",
        description = "Extra actor file: Dyad's format, or a TABARI/PETRARCH .actors dictionary (told by its content; repeatable).")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra event lexicon file in Dyad's format (repeatable).")
    List<Path> lexicon = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "FILE", description = "TABARI/PETRARCH verb dictionary, read as it is (repeatable).")
    List<Path> verbs = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE", description = "TABARI/PETRARCH agent dictionary (repeatable).")
    List<Path> agents = new ArrayList<>();

    @Option(names = "--discards", paramLabel = "FILE", description = "TABARI/PETRARCH discard list (repeatable).")
    List<Path> discards = new ArrayList<>();

    @Option(names = "--no-built-in",
        description = "Code with the given TABARI/PETRARCH dictionaries alone and literally, as PETRARCH would.")
    boolean noBuiltIn;

    @Option(names = "--max-chars", paramLabel = "N", description = "Longest text coded per article (default: ${DEFAULT-VALUE}).")
    int maxChars = DyadConfig.DEFAULT_MAX_CHARS;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's log and stack traces.")
    boolean verbose;

    /** One annotator for every coder this command builds: CoreNLP's models are loaded once. */
    private Annotator annotator;

    Coder coder() {
        Logging.configure(verbose);
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        DyadConfig config = new DyadConfig(actors, lexicon, verbs, agents, discards, !noBuiltIn, maxChars, false);
        for (Path p : verbs) {
            List<String> skipped = PetrarchVerbs.read(p).problems();
            if (!skipped.isEmpty()) {
                System.err.println("dyad: " + p + ": " + skipped.size() + " lines not used (first: " + skipped.get(0) + ")");
            }
        }
        return coder(config);
    }

    /** Lets the shared annotator go (coders built before keep theirs): for benchmarks that load other models next. */
    void release() {
        annotator = null;
    }

    /** A coder for another configuration, sharing this command's annotator. */
    Coder coder(DyadConfig config) {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator();
        }
        return Dyad.coder(config, annotator);
    }
}
