package org.dyad;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coder's configuration, validated once. Immutable.
 *
 * @param actorFiles   user actor files in Dyad's formats, added to the built-in knowledge base
 * @param lexiconFiles user event lexicon files in Dyad's format, added to the built-in lexicon
 * @param maxChars     longest article text coded, in characters; longer texts are cut there and the
 *                     cut is recorded as a problem (default 200,000: about 60 pages)
 * @param parseAll     parse every sentence, not only those with an event word (slower; default false)
 */
public record DyadConfig(List<Path> actorFiles, List<Path> lexiconFiles, int maxChars, boolean parseAll) {

    public static final int DEFAULT_MAX_CHARS = 200_000;

    private static final Set<String> KEYS = Set.of("actors", "lexicon", "maxChars", "parseAll");

    public DyadConfig {
        actorFiles = List.copyOf(actorFiles);
        lexiconFiles = List.copyOf(lexiconFiles);
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, not " + maxChars);
        }
        for (Path p : actorFiles) {
            requireFile(p, "actor file");
        }
        for (Path p : lexiconFiles) {
            requireFile(p, "lexicon file");
        }
    }

    private static void requireFile(Path p, String what) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(what + " not found: " + p);
        }
    }

    public static DyadConfig defaults() {
        return new DyadConfig(List.of(), List.of(), DEFAULT_MAX_CHARS, false);
    }

    /**
     * A configuration from key-value settings ({@code actors}, {@code lexicon}: comma-separated paths;
     * {@code maxChars}; {@code parseAll}). Unknown keys are rejected.
     */
    public static DyadConfig fromMap(Map<String, String> settings) {
        for (String k : settings.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("unknown setting '" + k + "' (known: " + String.join(", ", KEYS) + ")");
            }
        }
        int max;
        try {
            max = Integer.parseInt(settings.getOrDefault("maxChars", String.valueOf(DEFAULT_MAX_CHARS)).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("maxChars must be a number, not '" + settings.get("maxChars") + "'");
        }
        String parseAll = settings.getOrDefault("parseAll", "false").strip();
        if (!parseAll.equals("true") && !parseAll.equals("false")) {
            throw new IllegalArgumentException("parseAll must be true or false, not '" + parseAll + "'");
        }
        return new DyadConfig(paths(settings.get("actors")), paths(settings.get("lexicon")), max,
            Boolean.parseBoolean(parseAll));
    }

    private static List<Path> paths(String s) {
        List<Path> out = new ArrayList<>();
        if (s != null) {
            for (String p : s.split(",")) {
                if (!p.isBlank()) {
                    out.add(Path.of(p.strip()));
                }
            }
        }
        return out;
    }

    public DyadConfig withActorFiles(List<Path> files) {
        return new DyadConfig(files, lexiconFiles, maxChars, parseAll);
    }

    public DyadConfig withLexiconFiles(List<Path> files) {
        return new DyadConfig(actorFiles, files, maxChars, parseAll);
    }

    public DyadConfig withMaxChars(int n) {
        return new DyadConfig(actorFiles, lexiconFiles, n, parseAll);
    }
}
