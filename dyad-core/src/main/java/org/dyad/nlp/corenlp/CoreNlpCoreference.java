package org.dyad.nlp.corenlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.model.Span;
import org.dyad.nlp.CorefChain;
import org.dyad.nlp.CorefChains;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * CoreNLP 4.5's own coreference, for measuring against Dyad's ({@code org.dyad.actor.Coreference}); the
 * coding pipeline does not use it. Two CoreNLP pipelines run one after the other so that their times can
 * be told apart: {@code prepare} (tokenize, ssplit, pos, lemma, ner without the fine-grained gazetteer and
 * SUTime, then the parser the algorithm needs) and {@code coref} (mention detection and the algorithm).
 *
 * <p>Thread-safe in the way {@link CoreNlpAnnotator} is: shared read-only models, one {@code Annotation}
 * per call. Loading takes seconds and 0.5–2 GB of heap, depending on the algorithm.
 */
public final class CoreNlpCoreference {

    /** CoreNLP's coreference algorithms and the parse each needs. */
    public enum Algorithm {
        /** Statistical mention ranking on the dependency parse (Clark and Manning 2015). */
        STATISTICAL("coref", "statistical", false),
        /** Neural mention ranking on the constituency parse, as CoreNLP's own neural-english.properties sets it. */
        NEURAL("coref", "neural", true),
        /** The same neural model on the dependency parse, with dependency-based mention detection: far cheaper. */
        NEURAL_DEP("coref", "neural", false),
        /** The smaller neural model on the dependency parse. */
        FASTNEURAL("coref", "fastneural", false),
        /** The older deterministic sieves (Lee et al. 2013), which need the constituency parse. */
        DCOREF("dcoref", null, true);

        private final String annotator;
        private final String algorithm;
        private final boolean constituency;

        Algorithm(String annotator, String algorithm, boolean constituency) {
            this.annotator = annotator;
            this.algorithm = algorithm;
            this.constituency = constituency;
        }

        /** Lower-case name, as the command line spells it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The algorithm called {@code name} (any case); an {@link IllegalArgumentException} naming it otherwise. */
        public static Algorithm of(String name) {
            for (Algorithm a : values()) {
                if (a.label().equalsIgnoreCase(name.strip())) {
                    return a;
                }
            }
            throw new IllegalArgumentException("unknown CoreNLP coreference algorithm '" + name
                + "' (statistical, neural, neural-dep, fastneural or dcoref)");
        }

        /** The parser this algorithm reads: {@code parse} (constituency) or {@code depparse}. */
        public String parser() {
            return constituency ? "parse" : "depparse";
        }
    }

    private final Algorithm algorithm;
    private final StanfordCoreNLP prepare;
    private final StanfordCoreNLP coref;

    public CoreNlpCoreference(Algorithm algorithm) {
        this.algorithm = algorithm;
        this.prepare = new StanfordCoreNLP(prepareProperties(algorithm), false);
        this.coref = new StanfordCoreNLP(corefProperties(algorithm), false);
    }

    /**
     * Lets go of the models CoreNLP caches for every pipeline built so far (its annotator pool), so that
     * the next algorithm loads into free heap; pipelines already built keep working.
     */
    public static void releaseCachedModels() {
        StanfordCoreNLP.clearAnnotatorPool();
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    static Properties prepareProperties(Algorithm algorithm) {
        Properties p = CoreNlpAnnotator.taggerProperties();
        // CoreNLP's default NER models (3, 4 and 7 classes), which its coreference was trained with
        p.remove("ner.model");
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner," + algorithm.parser());
        if (algorithm.constituency) {
            p.setProperty("parse.model", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
            p.setProperty("parse.maxlen", "100");
        }
        return p;
    }

    static Properties corefProperties(Algorithm algorithm) {
        Properties p = new Properties();
        p.setProperty("annotators", algorithm.annotator);
        p.setProperty("enforceRequirements", "false");
        if (algorithm.algorithm != null) {
            p.setProperty("coref.algorithm", algorithm.algorithm);
            p.setProperty("coref.language", "en");
            // mention detection on the parse the prepare step made
            p.setProperty("coref.md.type", algorithm.constituency ? "rule" : "dependency");
            p.setProperty("coref.useConstituencyParse", Boolean.toString(algorithm.constituency));
        }
        return p;
    }

    /** Resolves coreference in {@code text}; chains with their mentions' character offsets into it. */
    public CorefChains resolve(String text) {
        Annotation annotation = new Annotation(text);
        long t0 = System.nanoTime();
        prepare.annotate(annotation);
        long t1 = System.nanoTime();
        coref.annotate(annotation);
        long t2 = System.nanoTime();
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        Map<Integer, edu.stanford.nlp.coref.data.CorefChain> found =
            annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        List<CorefChain> chains = new ArrayList<>();
        if (found != null) {
            for (edu.stanford.nlp.coref.data.CorefChain c : found.values()) {
                List<Span> mentions = new ArrayList<>();
                for (edu.stanford.nlp.coref.data.CorefChain.CorefMention m : c.getMentionsInTextualOrder()) {
                    mentions.add(span(sentences, m));
                }
                Span representative = span(sentences, c.getRepresentativeMention());
                chains.add(new CorefChain(representative, representative.of(text), mentions));
            }
        }
        return new CorefChains(text, chains, Map.of("prepare", t1 - t0, "coref", t2 - t1));
    }

    /** A mention's characters: CoreNLP counts sentences and tokens from 1, the end token exclusive. */
    private static Span span(List<CoreMap> sentences, edu.stanford.nlp.coref.data.CorefChain.CorefMention m) {
        List<CoreLabel> tokens = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        return new Span(tokens.get(m.startIndex - 1).beginPosition(), tokens.get(m.endIndex - 2).endPosition());
    }
}
