package org.dyad.cli;

import org.dyad.Coder;
import org.dyad.eval.CorefGold;
import org.dyad.eval.CorefScorer;
import org.dyad.model.ActorEntity;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.nlp.CorefChain;
import org.dyad.nlp.CorefChains;
import org.dyad.nlp.corenlp.CoreNlpCoreference;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code dyad bench --coreference GOLD}: Dyad's own coreference against CoreNLP's algorithms on a
 * {@link CorefGold} file, scored by {@link CorefScorer} (its Javadoc gives the rule). Each system first
 * resolves every article once (warm-up), then once more, timed. Dyad's clusters are its actor entities
 * (every mention of one actor, named by the actor's or person's name) as the whole coder delivers them;
 * CoreNLP's are its chains. Times are milliseconds per article: {@code prepare} is the shared layer
 * (tokens, tags, entities, parse: Dyad's annotate stage, or CoreNLP's pipeline before coreference),
 * {@code coref} the coreference step alone, {@code total} the whole call (for Dyad, all of coding).
 * Systems run one at a time, so that only one set of CoreNLP models is in memory.
 */
final class CoreferenceBench {

    /** One system's figures. */
    private record Result(String system, List<CorefScorer.Judged> judged, double loadSeconds, double heapMb,
                          double prepareMs, double corefMs, double totalMs, String failure) {
    }

    private final CorefGold gold;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean details;

    CoreferenceBench(CorefGold gold, PrintStream out, PrintStream err, boolean details) {
        this.gold = gold;
        this.out = out;
        this.err = err;
        this.details = details;
    }

    /**
     * Measures Dyad (when {@code dyad} is not null) and each CoreNLP algorithm, then prints the table.
     *
     * @param dyad    builds Dyad's coder; called once
     * @param release called after Dyad's measurement, to let its models go before CoreNLP's load
     */
    int run(Supplier<Coder> dyad, Runnable release, LocalDate date, List<CoreNlpCoreference.Algorithm> algorithms) {
        List<Result> results = new ArrayList<>();
        if (dyad != null) {
            err.println("dyad bench: measuring Dyad's coreference...");
            results.add(measureDyad(dyad, date));
            release.run();
            CoreNlpCoreference.releaseCachedModels();
        }
        for (CoreNlpCoreference.Algorithm a : algorithms) {
            err.println("dyad bench: measuring CoreNLP " + a.label() + " coreference...");
            results.add(measureCoreNlp(a));
            CoreNlpCoreference.releaseCachedModels();
        }
        print(results);
        return results.stream().allMatch(r -> r.failure() != null) ? 1 : 0;
    }

    private Result measureDyad(Supplier<Coder> build, LocalDate date) {
        long l0 = System.nanoTime();
        Coder coder = build.get();
        double load = (System.nanoTime() - l0) / 1e9;
        double heap = usedHeapMb();
        List<Article> articles = new ArrayList<>();
        for (CorefGold.Article g : gold.articles()) {
            articles.add(Article.of(g.id(), g.text(), date));
        }
        articles.forEach(coder::code);
        long prepare = 0;
        long coref = 0;
        long total = 0;
        List<CorefScorer.Judged> judged = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            long t0 = System.nanoTime();
            CodedArticle coded = coder.code(articles.get(i));
            total += System.nanoTime() - t0;
            prepare += coded.stageNanos().getOrDefault("annotate", 0L);
            coref += coded.stageNanos().getOrDefault("actors.coreference", 0L);
            List<CorefScorer.Cluster> clusters = new ArrayList<>();
            for (ActorEntity e : coded.actors()) {
                clusters.add(new CorefScorer.Cluster(e.actor().name(), e.mentions()));
            }
            judged.addAll(CorefScorer.judge(gold.articles().get(i), clusters));
        }
        int n = articles.size();
        return new Result("dyad", judged, load, heap, prepare / 1e6 / n, coref / 1e6 / n, total / 1e6 / n, null);
    }

    private Result measureCoreNlp(CoreNlpCoreference.Algorithm algorithm) {
        String system = "corenlp-" + algorithm.label();
        try {
            long l0 = System.nanoTime();
            CoreNlpCoreference resolver = new CoreNlpCoreference(algorithm);
            double load = (System.nanoTime() - l0) / 1e9;
            double heap = usedHeapMb();
            for (CorefGold.Article g : gold.articles()) {
                resolver.resolve(g.text());
            }
            long prepare = 0;
            long coref = 0;
            List<CorefScorer.Judged> judged = new ArrayList<>();
            for (CorefGold.Article g : gold.articles()) {
                CorefChains chains = resolver.resolve(g.text());
                prepare += chains.nanos().get("prepare");
                coref += chains.nanos().get("coref");
                List<CorefScorer.Cluster> clusters = new ArrayList<>();
                for (CorefChain c : chains.chains()) {
                    clusters.add(new CorefScorer.Cluster(null, c.mentions()));
                }
                judged.addAll(CorefScorer.judge(g, clusters));
            }
            int n = gold.articles().size();
            return new Result(system, judged, load, heap, prepare / 1e6 / n, coref / 1e6 / n,
                (prepare + coref) / 1e6 / n, null);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Result(system, List.of(), 0, 0, 0, 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Heap in use after a collection, in MB: roughly what the loaded models hold. */
    private static double usedHeapMb() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1e6;
    }

    private void print(List<Result> results) {
        StringBuilder kinds = new StringBuilder();
        for (String k : CorefGold.KINDS) {
            kinds.append(kinds.length() == 0 ? "" : ", ").append(k).append(' ').append(count(k));
        }
        out.printf(Locale.ROOT, "dyad bench --coreference: %d articles, %d anaphors (%s); %d cores%n",
            gold.articles().size(), gold.anaphorCount(), kinds, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-20s %8s %8s %6s %6s %6s %6s %11s %9s %9s %7s %8s%n", "system", "accuracy", "lenient", "right",
            "mixed", "wrong", "unres", "prepare ms", "coref ms", "total ms", "load s", "heap MB");
        for (Result r : results) {
            if (r.failure() != null) {
                out.printf(Locale.ROOT, "%-20s failed: %s%n", r.system(), r.failure());
                continue;
            }
            CorefScorer.Tally t = CorefScorer.tally(r.judged()).get("all");
            out.printf(Locale.ROOT, "%-20s %8.3f %8.3f %6d %6d %6d %6d %11.1f %9.2f %9.1f %7.1f %8.0f%n", r.system(),
                t.accuracy().value(), t.lenient().value(), t.right(), t.mixed(), t.wrong(), t.unresolved(), r.prepareMs(), r.corefMs(),
                r.totalMs(), r.loadSeconds(), r.heapMb());
        }
        out.printf(Locale.ROOT, "accuracy per kind (right/anaphors):%n%-20s", "system");
        for (String k : CorefGold.KINDS) {
            out.printf(Locale.ROOT, " %13s", k);
        }
        out.println();
        for (Result r : results) {
            if (r.failure() != null) {
                continue;
            }
            out.printf(Locale.ROOT, "%-20s", r.system());
            Map<String, CorefScorer.Tally> t = CorefScorer.tally(r.judged());
            for (String k : CorefGold.KINDS) {
                CorefScorer.Tally kt = t.get(k);
                out.printf(Locale.ROOT, " %6s %6.3f", kt.accuracy(), kt.accuracy().value());
            }
            out.println();
        }
        out.println("""
            rule: an anaphor's mention is the shortest system mention overlapping it; right if its cluster has an \
            earlier mention (or, for Dyad, an actor name) that equals the gold entity or holds its last word, and \
            no other one naming only another entity of the article; mixed if both (lenient counts mixed as right); \
            unresolved if no mention or no earlier one.
            times: ms per article after a warm-up pass; prepare = tokens, tags, entities, parse (Dyad: its \
            annotate stage); coref = the coreference step alone; total = the whole call (Dyad: all of coding).""");
        if (details) {
            for (Result r : results) {
                for (CorefScorer.Judged j : r.judged()) {
                    if (j.verdict() != CorefScorer.Verdict.RIGHT) {
                        out.printf(Locale.ROOT, "%s\t%s\t%s\t%s -> %s\t%s%n", r.system(), j.verdict(), article(j),
                            j.anaphor().text() + j.anaphor().span(), j.anaphor().entity(), j.antecedents());
                    }
                }
            }
        }
    }

    private String article(CorefScorer.Judged j) {
        for (CorefGold.Article a : gold.articles()) {
            if (a.anaphors().contains(j.anaphor())) {
                return a.id();
            }
        }
        return "?";
    }

    private int count(String kind) {
        int n = 0;
        for (CorefGold.Article a : gold.articles()) {
            for (CorefGold.Anaphor x : a.anaphors()) {
                n += x.kind().equals(kind) ? 1 : 0;
            }
        }
        return n;
    }
}
