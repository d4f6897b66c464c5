package org.dyad.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** CoreNLP logs a lot while loading; the user sees it only with {@code --verbose}. */
final class Logging {

    private static volatile boolean verbose;

    private Logging() {
    }

    static void configure(boolean beVerbose) {
        verbose = beVerbose;
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(beVerbose ? Level.INFO : Level.ERROR);
    }

    static boolean verbose() {
        return verbose;
    }
}
