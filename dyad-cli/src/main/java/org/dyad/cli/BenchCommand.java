package org.dyad.cli;

import org.dyad.Coder;
import org.dyad.eval.CorefGold;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Input;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.nlp.corenlp.CoreNlpCoreference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code dyad bench}: codes the input after a warm-up and prints throughput, peak heap and time per
 * stage, for 1 and 2 threads (or the counts given). With {@code --coreference GOLD}, measures Dyad's
 * coreference against CoreNLP's instead ({@link CoreferenceBench}).
 */
@Command(name = "bench", description = "Measure coding speed and memory on the given articles.", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles: text, .jsonl, .xml news collections, folders.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--coreference", paramLabel = "GOLD",
        description = "Measure coreference instead: Dyad's own against CoreNLP's, on a coreference gold file "
            + "(JSON Lines, see gold/coreference/README.md).")
    Path coreference;

    @Option(names = "--coref-systems", split = ",", paramLabel = "NAME,NAME",
        description = "With --coreference: systems to measure, of dyad, statistical, neural, neural-dep, fastneural, dcoref "
            + "(default: ${DEFAULT-VALUE}).")
    List<String> corefSystems = List.of("dyad", "statistical", "neural", "neural-dep", "fastneural", "dcoref");

    @Option(names = "--coref-details", description = "With --coreference: list every anaphor not resolved right.")
    boolean corefDetails;

    @Option(names = "--thread-counts", split = ",", paramLabel = "N,N", description = "Thread counts to measure (default: 1,2).")
    List<Integer> threadCounts = List.of(1, 2);

    @Option(names = "--warmup", paramLabel = "N", description = "Articles coded before measuring (default: all, once).")
    int warmup = -1;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of articles that carry none.")
    String date;

    @Mixin
    CoderOptions options = new CoderOptions();

    @Override
    public Integer call() throws Exception {
        if (coreference != null) {
            return coreference();
        }
        if (inputs.isEmpty()) {
            System.err.println("dyad: bench needs articles to measure (or --coreference GOLD)");
            return 2;
        }
        List<Article> articles = new ArrayList<>();
        new ArticleReader(CodeCommand.parseDate(date)).read(inputs, System.in, item -> {
            if (item instanceof Input.Ok ok) {
                articles.add(ok.article());
            } else if (item instanceof Input.Bad bad) {
                System.err.println("dyad: " + bad.origin() + ": " + bad.problem());
            }
        });
        if (articles.isEmpty()) {
            System.err.println("dyad: no articles to measure");
            return 1;
        }
        long t0 = System.nanoTime();
        Coder coder = options.coder();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        int n = warmup < 0 ? articles.size() : Math.min(warmup, articles.size());
        long w0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            coder.code(articles.get(i));
        }
        double warmSeconds = (System.nanoTime() - w0) / 1e9;
        System.out.printf(Locale.ROOT, "dyad bench: %d articles; coder loaded in %.1f s; warm-up %d articles in %.1f s%n",
            articles.size(), loadSeconds, n, warmSeconds);
        System.out.printf(Locale.ROOT, "%-8s %10s %12s %12s %10s %14s%n", "threads", "articles/s", "sentences/s",
            "tokens/s", "seconds", "peak heap MB");
        List<String> stageLines = new ArrayList<>();
        for (int threads : threadCounts) {
            System.gc();
            resetPeaks();
            long s0 = System.nanoTime();
            List<CodedArticle> results = codeAll(coder, articles, threads);
            double seconds = (System.nanoTime() - s0) / 1e9;
            long sentences = 0;
            long tokens = 0;
            Map<String, Long> stages = new TreeMap<>();
            for (CodedArticle a : results) {
                sentences += a.sentences().size();
                tokens += a.tokens();
                a.stageNanos().forEach((k, v) -> stages.merge(k, v, Long::sum));
            }
            System.out.printf(Locale.ROOT, "%-8d %10.2f %12.1f %12.0f %10.2f %14.0f%n", threads,
                articles.size() / seconds, sentences / seconds, tokens / seconds, seconds, peakHeapBytes() / 1e6);
            long total = 0;
            for (String stage : List.of("annotate", "actors", "events", "places", "knowledge")) {
                total += stages.getOrDefault(stage, 0L);
            }
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  time per stage, %d thread(s), summed over workers:", threads));
            for (String stage : List.of("annotate", "annotate.tag", "annotate.parse", "actors", "actors.coreference", "events",
                "places", "knowledge")) {
                long v = stages.getOrDefault(stage, 0L);
                b.append(String.format(Locale.ROOT, "%n    %-19s %9.1f ms  %5.1f%%", stage, v / 1e6, total == 0 ? 0 : 100.0 * v / total));
            }
            b.append(String.format(Locale.ROOT, "%n    sentences parsed: %d of %d", stages.getOrDefault("annotate.parsedSentences", 0L),
                sentencesOf(results)));
            stageLines.add(b.toString());
        }
        stageLines.forEach(System.out::println);
        return 0;
    }

    private int coreference() {
        CorefGold gold = CorefGold.read(coreference);
        boolean dyad = false;
        List<CoreNlpCoreference.Algorithm> algorithms = new ArrayList<>();
        for (String name : corefSystems) {
            if (name.strip().equalsIgnoreCase("dyad")) {
                dyad = true;
            } else {
                algorithms.add(CoreNlpCoreference.Algorithm.of(name));
            }
        }
        return new CoreferenceBench(gold, System.out, System.err, corefDetails)
            .run(dyad ? options::coder : null, options::release, CodeCommand.parseDate(date), algorithms);
    }

    private static long sentencesOf(List<CodedArticle> results) {
        long n = 0;
        for (CodedArticle a : results) {
            n += a.sentences().size();
        }
        return n;
    }

    private static List<CodedArticle> codeAll(Coder coder, List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CodedArticle>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) {
                futures.add(pool.submit(() -> coder.code(a)));
            }
            List<CodedArticle> out = new ArrayList<>(articles.size());
            for (Future<CodedArticle> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the live heap's peak. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
