package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Dateline;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.DependencyGraph;
import org.dyad.nlp.Document;
import org.dyad.nlp.EntityMention;
import org.dyad.nlp.ParseRepair;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.TagRepair;
import org.dyad.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The CoreNLP 4.5 annotator: tokenize, ssplit, pos, lemma, ner (three-class CRF, numbers and money;
 * dates are read by Dyad's own {@code org.dyad.time.DateFinder}), then the neural dependency parser
 * on the sentences the caller selects. The fine-grained NER gazetteer, SUTime, KBP, coreference and
 * CoreNLP's quote annotator are not run: Dyad's own stages do that work, faster (see CORENLP-NOTES in
 * the design documents).
 *
 * <p>Thread-safe: one instance serves all worker threads (CoreNLP's annotators are shared read-only
 * models; every call works on its own {@code Annotation}).
 */
public final class CoreNlpAnnotator implements Annotator {

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;

    public CoreNlpAnnotator() {
        this.tagger = new StanfordCoreNLP(taggerProperties(), false);
        this.parser = new StanfordCoreNLP(parserProperties(), false);
    }

    static Properties taggerProperties() {
        // Always an explicit Properties: the models jar carries a root StanfordCoreNLP.properties
        // that would pull in KBP.
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // keep "asylum-seekers" and "war-torn" whole
        p.setProperty("tokenize.options", "splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false");
        // headline, dek, photo credit and caption are separate sentences
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.useSUTime", "false"); // Dyad's DateFinder reads dates: measured better and 4 ms a sentence faster
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.docdate.usePresent", "false");
        return p;
    }

    static Properties parserProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "depparse");
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    @Override
    public Document annotate(String text, LocalDate date, Predicate<Sentence> parseFilter) {
        Annotation annotation = new Annotation(text);
        if (date != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        long t0 = System.nanoTime();
        tagger.annotate(annotation);
        long t1 = System.nanoTime();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        List<CoreMap> toParse = new ArrayList<>();
        List<Integer> parseIndexes = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap cs = coreSentences.get(i);
            repairTags(cs);
            Sentence s = toSentence(i, cs, null);
            sentences.add(s);
            if (parseFilter.test(s)) {
                toParse.add(cs);
                parseIndexes.add(i);
            }
        }
        if (!toParse.isEmpty()) {
            // the first sentence is parsed without its dateline: given "PORT SUDAN, Aug 9 (Reuters) - Gunmen attacked
            // ...", the parser takes the town for the subject and the gunmen for its apposition
            int skipped = parseIndexes.get(0) == 0 ? datelineLength(sentences.get(0)) : 0;
            if (skipped > 0) {
                toParse.set(0, withoutFirst(toParse.get(0), skipped));
            }
            Annotation subset = new Annotation(text);
            subset.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            parser.annotate(subset);
            for (int k = 0; k < toParse.size(); k++) {
                int i = parseIndexes.get(k);
                Sentence unparsed = sentences.get(i);
                sentences.set(i, new Sentence(unparsed.index(), unparsed.begin(), unparsed.end(), unparsed.tokens(),
                    unparsed.entities(), toGraph(unparsed.tokens(), toParse.get(k), i == 0 ? skipped : 0)));
            }
        }
        long t2 = System.nanoTime();
        return new Document(text, sentences, java.util.Map.of("tag", t1 - t0, "parse", t2 - t1,
            "parsedSentences", (long) toParse.size()));
    }

    /** Applies {@link TagRepair} to a tagged sentence, before anything reads its tags. */
    private static void repairTags(CoreMap cs) {
        List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
        List<String> words = new ArrayList<>(labels.size());
        List<String> tags = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            words.add(l.word());
            tags.add(l.tag() == null ? "" : l.tag());
        }
        List<String> repaired = TagRepair.repair(words, tags);
        if (repaired != tags) {
            for (int t = 0; t < labels.size(); t++) {
                CoreLabel l = labels.get(t);
                if (!repaired.get(t).equals(tags.get(t))) {
                    // a word read as another part of speech has that part's lemma ("relaxed/JJ" → "relax")
                    l.setLemma(Morphology.lemmaStatic(l.word(), repaired.get(t)));
                }
                l.setTag(repaired.get(t));
            }
            for (int t = 0; t + 1 < labels.size(); t++) {
                if (tags.get(t).equals("MD") && repaired.get(t).equals("NNP") && "PERSON".equals(labels.get(t + 1).ner())
                    && !"PERSON".equals(labels.get(t).ner())) {
                    joinPerson(cs, labels, t); // "Can/MD Dundar/PERSON": the given name joins the person's mention
                }
            }
        }
    }

    /** Makes token {@code t} (sentence-relative) the first token of the person's mention that begins right after it. */
    private static void joinPerson(CoreMap cs, List<CoreLabel> labels, int t) {
        CoreLabel l = labels.get(t);
        l.setNER("PERSON");
        List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return;
        }
        int sentenceTokenBegin = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
        for (CoreMap m : mentions) {
            if (m.get(CoreAnnotations.TokenBeginAnnotation.class) == sentenceTokenBegin + t + 1) {
                m.set(CoreAnnotations.TokenBeginAnnotation.class, sentenceTokenBegin + t);
                m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, l.beginPosition());
                List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                if (mt != null) {
                    List<CoreLabel> joined = new ArrayList<>(mt.size() + 1);
                    joined.add(l);
                    joined.addAll(mt);
                    m.set(CoreAnnotations.TokensAnnotation.class, joined);
                }
                String text = m.get(CoreAnnotations.TextAnnotation.class);
                if (text != null) {
                    m.set(CoreAnnotations.TextAnnotation.class, l.word() + " " + text);
                }
                return;
            }
        }
    }

    private static Sentence toSentence(int index, CoreMap cs, DependencyGraph graph) {
        List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int t = 0; t < labels.size(); t++) {
            CoreLabel l = labels.get(t);
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(t, l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner,
                l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                l.beginPosition(), l.endPosition()));
        }
        int sentenceTokenBegin = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<EntityMention> entities = new ArrayList<>();
        List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                int start = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenBegin;
                int end = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceTokenBegin;
                if (start < 0 || end > tokens.size() || start >= end) {
                    continue;
                }
                entities.add(new EntityMention(start, end, m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                    m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            }
        }
        int begin = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, begin, end, tokens, entities, graph);
    }

    /**
     * The number of tokens a sentence's dateline takes, its closing dash included ({@link Dateline}), or 0 when it
     * has none or nothing of the sentence would be left to parse.
     */
    private static int datelineLength(Sentence s) {
        int dash = Dateline.dash(s.tokens().stream().map(Token::word).toList());
        return dash > 0 && s.size() - dash - 1 >= 3 ? dash + 1 : 0;
    }

    /** A copy of a tagged sentence without its first {@code skipped} tokens, the rest numbered from 1 again. */
    private static CoreMap withoutFirst(CoreMap cs, int skipped) {
        List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> rest = new ArrayList<>(labels.size() - skipped);
        for (int t = skipped; t < labels.size(); t++) {
            CoreLabel copy = new CoreLabel(labels.get(t));
            copy.setIndex(t - skipped + 1);
            rest.add(copy);
        }
        CoreMap out = new ArrayCoreMap(cs);
        out.set(CoreAnnotations.TokensAnnotation.class, rest);
        out.set(CoreAnnotations.TokenBeginAnnotation.class, cs.get(CoreAnnotations.TokenBeginAnnotation.class) + skipped);
        out.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, rest.get(0).beginPosition());
        return out;
    }

    /**
     * Dyad's graph of a parsed sentence; {@code shift} tokens at the sentence's start were left out of the parse (a
     * dateline), so the parse's token {@code i} is the sentence's token {@code i + shift}, and the left-out tokens
     * have no edges.
     */
    private static DependencyGraph toGraph(List<Token> tokens, CoreMap cs, int shift) {
        int size = tokens.size();
        SemanticGraph g = cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g == null) {
            g = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        }
        if (g == null) {
            return null;
        }
        List<Dependency> edges = new ArrayList<>(size + 4);
        for (IndexedWord root : g.getRoots()) {
            if (root.copyCount() == 0) {
                edges.add(new Dependency(-1, root.index() - 1 + shift, "root"));
            }
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            // enhanced++ adds copy nodes for elided predicates; Dyad reads only real tokens
            if (e.getGovernor().copyCount() != 0 || e.getDependent().copyCount() != 0) {
                continue;
            }
            edges.add(new Dependency(e.getGovernor().index() - 1 + shift, e.getDependent().index() - 1 + shift,
                e.getRelation().toString()));
        }
        return new DependencyGraph(size, ParseRepair.repair(tokens, edges));
    }
}
