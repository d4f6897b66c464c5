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
 * @param actorFiles   user actor files, added to the built-in knowledge base: Dyad's TSV formats, or
 *                     TABARI/PETRARCH {@code .actors} dictionaries (told apart by their content)
 * @param lexiconFiles user event lexicon files in Dyad's format, added to the built-in lexicon
 * @param verbFiles    TABARI/PETRARCH verb dictionaries ({@code .verbs}), read as they are
 * @param agentFiles   TABARI/PETRARCH agent dictionaries ({@code .agents}), added to the sector terms
 * @param discardFiles TABARI/PETRARCH discard lists: sentences (or stories) that match are not coded
 * @param builtIn      whether Dyad's own knowledge base and lexicon are used (default true); false codes
 *                     with the user's dictionaries alone and literally, as TABARI/PETRARCH would
 *                     ({@link org.dyad.event.EventCoder#EventCoder(org.dyad.event.Lexicon,
 *                     org.dyad.actor.Sectors, boolean)}); then Dyad-format actor files are not allowed
 * @param maxChars     longest article text coded, in characters; longer texts are cut there and the
 *                     cut is recorded as a problem (default 200,000: about 60 pages)
 * @param parseAll     parse every sentence, not only those with an event word (slower; default false)
 */
public record DyadConfig(List<Path> actorFiles, List<Path> lexiconFiles, List<Path> verbFiles, List<Path> agentFiles,
                         List<Path> discardFiles, boolean builtIn, int maxChars, boolean parseAll) {

    public static final int DEFAULT_MAX_CHARS = 200_000;

    private static final Set<String> KEYS = Set.of("actors", "lexicon", "verbs", "agents", "discards", "builtIn",
        "maxChars", "parseAll");

    public DyadConfig {
        actorFiles = List.copyOf(actorFiles);
        lexiconFiles = List.copyOf(lexiconFiles);
        verbFiles = List.copyOf(verbFiles);
        agentFiles = List.copyOf(agentFiles);
        discardFiles = List.copyOf(discardFiles);
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, not " + maxChars);
        }
        for (Path p : actorFiles) {
            requireFile(p, "actor file");
        }
        for (Path p : lexiconFiles) {
            requireFile(p, "lexicon file");
        }
        for (Path p : verbFiles) {
            requireFile(p, "verb dictionary");
        }
        for (Path p : agentFiles) {
            requireFile(p, "agent dictionary");
        }
        for (Path p : discardFiles) {
            requireFile(p, "discard list");
        }
    }

    /** Dyad-format files only, with the built-in knowledge. */
    public DyadConfig(List<Path> actorFiles, List<Path> lexiconFiles, int maxChars, boolean parseAll) {
        this(actorFiles, lexiconFiles, List.of(), List.of(), List.of(), true, maxChars, parseAll);
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
     * A configuration from key-value settings ({@code actors}, {@code lexicon}, {@code verbs}, {@code agents},
     * {@code discards}: comma-separated paths; {@code builtIn}; {@code maxChars}; {@code parseAll}).
     * Unknown keys are rejected.
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
        return new DyadConfig(paths(settings.get("actors")), paths(settings.get("lexicon")), paths(settings.get("verbs")),
            paths(settings.get("agents")), paths(settings.get("discards")), bool(settings, "builtIn", true), max,
            bool(settings, "parseAll", false));
    }

    private static boolean bool(Map<String, String> settings, String key, boolean dflt) {
        String v = settings.getOrDefault(key, String.valueOf(dflt)).strip();
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, not '" + v + "'");
        }
        return Boolean.parseBoolean(v);
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
        return new DyadConfig(files, lexiconFiles, verbFiles, agentFiles, discardFiles, builtIn, maxChars, parseAll);
    }

    public DyadConfig withLexiconFiles(List<Path> files) {
        return new DyadConfig(actorFiles, files, verbFiles, agentFiles, discardFiles, builtIn, maxChars, parseAll);
    }

    public DyadConfig withMaxChars(int n) {
        return new DyadConfig(actorFiles, lexiconFiles, verbFiles, agentFiles, discardFiles, builtIn, n, parseAll);
    }

    /** This configuration with TABARI/PETRARCH dictionaries: verbs, actors (added to the actor files), agents, discards. */
    public DyadConfig withPetrarch(List<Path> verbs, List<Path> actors, List<Path> agents, List<Path> discards) {
        List<Path> allActors = new ArrayList<>(actorFiles);
        allActors.addAll(actors);
        return new DyadConfig(allActors, lexiconFiles, verbs, agents, discards, builtIn, maxChars, parseAll);
    }

    /** This configuration with or without the built-in knowledge base and lexicon. */
    public DyadConfig withBuiltIn(boolean on) {
        return new DyadConfig(actorFiles, lexiconFiles, verbFiles, agentFiles, discardFiles, on, maxChars, parseAll);
    }
}
