package org.dyad.eval;

import org.dyad.event.Codebook;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores coded articles against PETRARCH validation records, as PETRARCH's validation compares codings.
 * Only asserted events count.
 *
 * <ul>
 *   <li>triples: micro P/R/F1 over (sentence, source code, target code, CAMEO code), each side a set
 *       per sentence. Dyad's actor code is {@link org.dyad.model.Actor#code()} exactly; an event
 *       without a source or a target makes no triple (the gold's codings always name both; PETRARCH
 *       writes an unknown actor as {@code ---}, which Dyad must write too to match);
 *   <li>root pairs: the same with the CAMEO code cut to its two-digit root;
 *   <li>roots: micro P/R/F1 over (sentence, root) pairs, actors aside: every asserted event counts,
 *       with or without actors, so this isolates event classification from actor coding;
 *   <li>source actor, target actor: among gold codings, those whose source (target) code is the source
 *       (target) of one of Dyad's asserted events in the sentence, whatever the event's code;
 *   <li>exact: sentences whose triple set equals the gold set; a sentence whose gold has no events
 *       (or only an expected PETRARCH error) is right when Dyad makes no triple.
 * </ul>
 * The per-category table is over (sentence, root) pairs. Immutable and thread-safe.
 */
public final class PetrScorer {

    /** Dyad's distinct triples in {@code a}: asserted events with both a source and a target, sorted. */
    public static Set<PetrCoding> triples(CodedArticle a) {
        Set<PetrCoding> out = new TreeSet<>();
        for (Event e : a.events()) {
            if (e.asserted() && e.source() != null && e.target() != null) {
                out.add(new PetrCoding(e.source().code(), e.target().code(), e.cameo()));
            }
        }
        return out;
    }

    /**
     * Scores {@code coded} against {@code gold}: {@code coded.get(i)} must be the coding of
     * {@code gold.get(i)} (same id), else {@link IllegalArgumentException}.
     */
    public PetrScores score(List<PetrRecord> gold, List<CodedArticle> coded) {
        Alignment.check(gold.stream().map(PetrRecord::id).toList(), coded);
        Counts triples = new Counts();
        Counts rootPairs = new Counts();
        Counts roots = new Counts();
        int exact = 0;
        int goldCodings = 0;
        int sourceHits = 0;
        int targetHits = 0;
        Map<String, int[]> perRoot = new TreeMap<>(); // gold, dyad, tp
        List<PetrOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Set<PetrCoding> goldTriples = new TreeSet<>(gold.get(i).codings());
            Set<PetrCoding> dyadTriples = triples(coded.get(i));
            triples.add(goldTriples, dyadTriples);
            rootPairs.add(atRoot(goldTriples), atRoot(dyadTriples));
            Set<String> goldRoots = new TreeSet<>();
            goldTriples.forEach(t -> goldRoots.add(t.root()));
            // one pass over Dyad's asserted events: their roots, and the actors they name on either side
            Set<String> dyadRoots = new TreeSet<>();
            Set<String> dyadSources = new TreeSet<>();
            Set<String> dyadTargets = new TreeSet<>();
            for (Event e : coded.get(i).events()) {
                if (!e.asserted()) {
                    continue;
                }
                dyadRoots.add(e.root());
                if (e.source() != null) {
                    dyadSources.add(e.source().code());
                }
                if (e.target() != null) {
                    dyadTargets.add(e.target().code());
                }
            }
            roots.add(goldRoots, dyadRoots);
            for (String r : goldRoots) {
                int[] row = perRoot.computeIfAbsent(r, k -> new int[3]);
                row[0]++;
                row[2] += dyadRoots.contains(r) ? 1 : 0;
            }
            for (String r : dyadRoots) {
                perRoot.computeIfAbsent(r, k -> new int[3])[1]++;
            }
            for (PetrCoding c : goldTriples) {
                goldCodings++;
                sourceHits += dyadSources.contains(c.source()) ? 1 : 0;
                targetHits += dyadTargets.contains(c.target()) ? 1 : 0;
            }
            boolean right = goldTriples.equals(dyadTriples);
            exact += right ? 1 : 0;
            outcomes.add(new PetrOutcome(gold.get(i).id(), List.copyOf(goldTriples), List.copyOf(dyadTriples), right));
        }
        Codebook codebook = Codebook.standard();
        List<CategoryRow> rows = new ArrayList<>();
        perRoot.forEach((root, v) -> rows.add(new CategoryRow(root,
            codebook.contains(root) ? codebook.get(root).name() : null, v[0], v[1], v[2])));
        return new PetrScores(gold.size(), triples.prf(), rootPairs.prf(), roots.prf(),
            new Ratio(sourceHits, goldCodings), new Ratio(targetHits, goldCodings), new Ratio(exact, gold.size()), rows, outcomes);
    }

    private static Set<PetrCoding> atRoot(Set<PetrCoding> codings) {
        Set<PetrCoding> out = new TreeSet<>();
        codings.forEach(c -> out.add(c.atRoot()));
        return out;
    }

    /** Running micro counts over per-sentence sets. */
    private static final class Counts {
        int tp;
        int fp;
        int fn;

        <T> void add(Set<T> gold, Set<T> dyad) {
            int both = 0;
            for (T t : dyad) {
                both += gold.contains(t) ? 1 : 0;
            }
            tp += both;
            fp += dyad.size() - both;
            fn += gold.size() - both;
        }

        Prf prf() {
            return new Prf(tp, fp, fn);
        }
    }
}
