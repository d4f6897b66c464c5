package org.dyad.eval;

import org.dyad.Coder;
import org.dyad.DyadConfig;
import org.dyad.event.PloverVersion;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs a {@link Coder} over gold-standard files and scores it. Each gold record is coded as one
 * article (id = record id, text = record text, date = record date or null).
 *
 * <p>Files are recognised by content: {@code *.json} holding a PLOVER record array, {@code *.xml}
 * holding {@code <Sentences>} with {@code EventCoding}, {@code *.xml} holding {@code <articles>} with
 * {@code <toponym>}s (geoparsing sets such as TR-News and LGL, one article per record, scored by
 * {@link GeoScorer}). Other files found in a directory are noted and skipped, as is a validation file
 * whose {@code <Environment>} names dictionary files that lie beside it (PETRARCH's unit-test suite,
 * which needs the PETRARCH dictionaries) unless {@link Options#petrarch()} is set. A file named
 * directly is always scored when its format is known.
 *
 * <p>Records are coded on {@link Options#threads()} threads (the coder is thread-safe); results are
 * collected in gold order, so the report does not depend on the number of threads. Stateless.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** Called on the thread that called {@code run}, once per record coded, in gold order. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (file, done, total) -> { };

        /**
         * @param file  the gold file's name
         * @param done  records coded so far in this file
         * @param total records in this file
         */
        void update(String file, int done, int total);
    }

    /**
     * How to run.
     *
     * @param threads  worker threads, at least 1
     * @param petrarch also score validation files that come with their own PETRARCH dictionaries
     * @param plover   the PLOVER category set to compare (the gold's 2016 set is mapped to 2021 by default)
     * @param progress progress listener; null for none
     * @param dictionaryCoders builds a coder from a configuration, for validation files whose
     *                 {@code <Environment>} names dictionaries beside them (PETRARCH's unit-test suite): they
     *                 are coded with those dictionaries alone, as PETRARCH would code them; null: with the
     *                 coder given to {@code run}
     */
    public record Options(int threads, boolean petrarch, PloverVersion plover, Progress progress,
                          Function<DyadConfig, Coder> dictionaryCoders) {

        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            Objects.requireNonNull(plover, "plover");
            progress = progress == null ? Progress.NONE : progress;
        }

        /** All processors, no PETRARCH-dictionary sets, PLOVER 2021, no progress. */
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), false, PloverVersion.V2021, Progress.NONE,
                null);
        }

        public Options withThreads(int n) {
            return new Options(n, petrarch, plover, progress, dictionaryCoders);
        }

        public Options withPetrarch(boolean on) {
            return new Options(threads, on, plover, progress, dictionaryCoders);
        }

        public Options withPlover(PloverVersion version) {
            return new Options(threads, petrarch, version, progress, dictionaryCoders);
        }

        public Options withProgress(Progress listener) {
            return new Options(threads, petrarch, plover, listener, dictionaryCoders);
        }

        public Options withDictionaryCoders(Function<DyadConfig, Coder> factory) {
            return new Options(threads, petrarch, plover, progress, factory);
        }
    }

    /** {@link #run(Coder, List, Options)} with {@link Options#defaults()}. */
    public static EvalReport run(Coder coder, List<Path> paths) {
        return run(coder, paths, Options.defaults());
    }

    /**
     * Scores {@code coder} on every gold file in {@code paths} (files, or directories searched recursively
     * in path order). Throws {@link IllegalArgumentException} for a path that does not exist or a file named
     * directly that is not a gold file Dyad can read.
     */
    public static EvalReport run(Coder coder, List<Path> paths, Options options) {
        Objects.requireNonNull(coder, "coder");
        List<Candidate> candidates = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Evaluation::goldExtension)
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(f -> candidates.add(new Candidate(f, false)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                candidates.add(new Candidate(p, true));
            } else {
                throw new IllegalArgumentException("no such file or directory: " + p);
            }
        }
        List<FileResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "dyad-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Candidate c : candidates) {
                FileResult r = evaluate(coder, c, options, pool, notes);
                if (r != null) {
                    results.add(r);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, String> seen = new HashMap<>();
        for (FileResult r : results) {
            String before = seen.putIfAbsent(r.name(), r.path());
            if (before != null) {
                notes.add(r.path() + " and " + before + " share a name: floors and lookups by name see the first");
            }
        }
        return new EvalReport(options.plover(), results, notes);
    }

    private record Candidate(Path path, boolean named) {
    }

    private static boolean goldExtension(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".xml");
    }

    private static FileResult evaluate(Coder coder, Candidate c, Options options, ExecutorService pool,
                                       List<String> notes) {
        Path path = c.path();
        String name = path.getFileName().toString();
        String content;
        try {
            content = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") && PloverGold.looksLike(content)) {
            PloverGold gold;
            try {
                gold = PloverGold.parse(content, name);
            } catch (IllegalArgumentException e) {
                if (c.named()) {
                    throw e;
                }
                notes.add("skipped " + path + ": " + e.getMessage());
                return null;
            }
            return plover(coder, gold, name, path, options, pool);
        }
        if (lower.endsWith(".xml") && GeoGold.looksLike(content)) {
            GeoGold gold;
            try {
                gold = GeoGold.parse(content, name);
            } catch (IllegalArgumentException e) {
                if (c.named()) {
                    throw e;
                }
                notes.add("skipped " + path + ": " + e.getMessage());
                return null;
            }
            return geo(coder, gold, name, path, options, pool);
        }
        if (lower.endsWith(".xml") && PetrGold.looksLike(content)) {
            PetrGold gold = PetrGold.parse(content, name);
            List<String> beside = gold.dictionaries().stream()
                .filter(d -> Files.isRegularFile(path.resolveSibling(d))).toList();
            if (!c.named() && !options.petrarch() && !beside.isEmpty()) {
                notes.add("skipped " + path + ": written for the PETRARCH dictionaries beside it ("
                    + String.join(", ", beside) + "); use the petrarch option to score it");
                return null;
            }
            List<String> dictionaryNotes = new ArrayList<>();
            Coder own = beside.isEmpty() ? coder : dictionaryCoder(coder, gold, path, options, dictionaryNotes);
            return petrarch(own, gold, name, path, options, pool, dictionaryNotes);
        }
        if (c.named()) {
            throw new IllegalArgumentException(path + " is not a gold file dyad eval can score"
                + " (PLOVER gold JSON, PETRARCH validation XML or geoparsing XML)");
        }
        notes.add("skipped " + path + ": not a gold format dyad eval scores yet");
        return null;
    }

    private static FileResult plover(Coder coder, PloverGold gold, String name, Path path, Options options,
                                     ExecutorService pool) {
        List<String> notes = new ArrayList<>(gold.problems());
        List<Article> articles = gold.records().stream().map(r -> Article.of(r.id(), r.text(), r.date())).toList();
        CodingRun run = code(coder, articles, name, options, pool, notes);
        PloverScores scores = new PloverScorer(options.plover()).score(gold.records(), run.articles());
        return new FileResult(name, path.toString(), GoldFormat.PLOVER, scores,
            options.plover() == PloverVersion.V2021 ? Petrarch2.figures(name, GoldFormat.PLOVER) : Map.of(),
            run.failures(), notes);
    }

    private static FileResult petrarch(Coder coder, PetrGold gold, String name, Path path, Options options,
                                       ExecutorService pool, List<String> coderNotes) {
        List<String> notes = new ArrayList<>(coderNotes);
        notes.addAll(gold.problems());
        List<PetrRecord> records = gold.evaluated();
        if (records.size() < gold.records().size()) {
            notes.add((gold.records().size() - records.size()) + " records marked evaluate=\"false\" left out");
        }
        List<Article> articles = records.stream().map(r -> Article.of(r.id(), r.text(), r.date())).toList();
        CodingRun run = code(coder, articles, name, options, pool, notes);
        PetrScores scores = new PetrScorer().score(records, run.articles());
        return new FileResult(name, path.toString(), GoldFormat.PETRARCH, scores,
            Petrarch2.figures(name, GoldFormat.PETRARCH), run.failures(), notes);
    }

    /**
     * The coder for a validation file that names its own dictionaries ({@code Verbfile}, {@code Actorfile},
     * {@code Agentfile}, {@code Discardfile}, beside it): built by {@link Options#dictionaryCoders()} with
     * those dictionaries alone; the given coder when there is no factory or a named file is missing
     * (noted).
     */
    private static Coder dictionaryCoder(Coder coder, PetrGold gold, Path path, Options options, List<String> notes) {
        if (options.dictionaryCoders() == null) {
            notes.add("coded with the main coder, not with the dictionaries the file names (no dictionary coder given)");
            return coder;
        }
        Map<String, List<Path>> files = new java.util.LinkedHashMap<>();
        for (String tag : List.of("Verbfile", "Actorfile", "Agentfile", "Discardfile")) {
            List<Path> list = new ArrayList<>();
            String v = gold.environment().get(tag);
            if (v != null) {
                for (String f : v.split(",")) {
                    if (f.isBlank()) {
                        continue;
                    }
                    Path p = path.resolveSibling(f.strip());
                    if (!Files.isRegularFile(p)) {
                        notes.add("coded with the main coder: the " + tag + " " + f.strip() + " is not beside " + path);
                        return coder;
                    }
                    list.add(p);
                }
            }
            files.put(tag, list);
        }
        DyadConfig config = DyadConfig.defaults().withBuiltIn(false).withPetrarch(files.get("Verbfile"),
            files.get("Actorfile"), files.get("Agentfile"), files.get("Discardfile"));
        List<String> names = new ArrayList<>();
        files.values().forEach(l -> l.forEach(p -> names.add(p.getFileName().toString())));
        notes.add("coded with its own dictionaries alone (" + String.join(", ", names) + "), literally, as PETRARCH would");
        return options.dictionaryCoders().apply(config);
    }

    private static FileResult geo(Coder coder, GeoGold gold, String name, Path path, Options options,
                                  ExecutorService pool) {
        List<String> notes = new ArrayList<>(gold.problems());
        List<Article> articles = gold.articles().stream()
            .map(a -> new Article(a.id(), a.title(), a.text(), a.date(), null, null, "en")).toList();
        CodingRun run = code(coder, articles, name, options, pool, notes);
        GeoScores scores = new GeoScorer(GoldKinds::adjectival).score(gold.articles(), run.articles());
        notes.add(String.format(Locale.ROOT, "within 161 km by coordinates alone (the gold's own GeoNames entry not"
            + " counted as 0 km): %.3f (%s)", scores.within161Raw().value(), scores.within161Raw()));
        notes.addAll(GeoPeers.notes(name));
        return new FileResult(name, path.toString(), GoldFormat.GEO, scores, Map.of(), run.failures(), notes);
    }

    /**
     * Codes every article on the pool and returns the results in input order. A record the coder fails on is
     * scored as no events; the failures are summed up in two notes (which records, and where the first failed).
     */
    private static CodingRun code(Coder coder, List<Article> articles, String file, Options options,
                                  ExecutorService pool, List<String> notes) {
        List<Future<CodedArticle>> futures = new ArrayList<>();
        for (Article a : articles) {
            futures.add(pool.submit(() -> coder.code(a)));
        }
        List<CodedArticle> out = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        String firstFailure = null;
        for (int i = 0; i < futures.size(); i++) {
            Article a = articles.get(i);
            CodedArticle c;
            try {
                c = futures.get(i).get();
                if (c == null || !a.id().equals(c.article().id())) {
                    notes.add(a.id() + ": the coder returned " + (c == null ? "nothing" : "article '"
                        + c.article().id() + "'") + "; scored as no events");
                    c = empty(a);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("evaluation interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error err) {
                    throw err;
                }
                failed.add(a.id());
                if (firstFailure == null) {
                    firstFailure = a.id() + ": " + cause + where(cause);
                }
                c = empty(a);
            }
            out.add(c);
            options.progress().update(file, i + 1, futures.size());
        }
        if (!failed.isEmpty()) {
            int shown = Math.min(failed.size(), 10);
            notes.add("the coder failed on " + failed.size() + " of " + articles.size()
                + " records (scored as no events): " + String.join(", ", failed.subList(0, shown))
                + (failed.size() > shown ? ", ..." : ""));
            notes.add("first failure: " + firstFailure);
        }
        return new CodingRun(out, failed.size());
    }

    /** Coded articles in gold order, and how many records the coder failed on. */
    private record CodingRun(List<CodedArticle> articles, int failures) {
    }

    /** Where {@code t} was thrown: its innermost Dyad frame, else its top frame. */
    private static String where(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("org.dyad.")) {
                return " at " + e;
            }
        }
        return trace.length == 0 ? "" : " at " + trace[0];
    }

    private static CodedArticle empty(Article a) {
        return new CodedArticle(a, List.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), Map.of());
    }
}
