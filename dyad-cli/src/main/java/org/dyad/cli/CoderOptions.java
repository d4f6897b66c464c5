package org.dyad.cli;

import org.dyad.Coder;
import org.dyad.Dyad;
import org.dyad.DyadConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options every command that codes shares. */
final class CoderOptions {

    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor file in Dyad's format (repeatable).")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra event lexicon file in Dyad's format (repeatable).")
    List<Path> lexicon = new ArrayList<>();

    @Option(names = "--max-chars", paramLabel = "N", description = "Longest text coded per article (default: ${DEFAULT-VALUE}).")
    int maxChars = DyadConfig.DEFAULT_MAX_CHARS;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's log and stack traces.")
    boolean verbose;

    Coder coder() {
        Logging.configure(verbose);
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        DyadConfig config = new DyadConfig(actors, lexicon, maxChars, false);
        return Dyad.coder(config);
    }
}
