package org.dyad.eval;

import org.dyad.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores a coreference resolver on a {@link CorefGold} file, whatever the resolver: Dyad's actor
 * entities and CoreNLP's chains both arrive as {@link Cluster}s. Each gold anaphor is judged so:
 * <ol>
 *   <li>its mention is the shortest cluster mention that overlaps the anaphor's span (ties: the first
 *       cluster given); none, and the anaphor is <b>unresolved</b>;</li>
 *   <li>its antecedents are the texts of that cluster's mentions that end before the anaphor begins, and
 *       the cluster's name where the resolver gives one (Dyad: the actor's or person's name); none, and the
 *       anaphor is <b>unresolved</b> (a chain of its own);</li>
 *   <li>a text names an entity if it equals the entity's name or contains its last word as a whole word,
 *       ignoring case ("Merkel" and "Chancellor Angela Merkel" name "Angela Merkel");</li>
 *   <li><b>right</b> if an antecedent names the gold entity and no antecedent that does not name it names
 *       another of the article's entities; <b>mixed</b> if one names the gold entity and another names only a
 *       different entity (the cluster merged two actors, or holds an appositive such as "chief executive of
 *       General Motors"); <b>wrong</b> if none names the gold entity.</li>
 * </ol>
 * Accuracy is right / all gold anaphors; lenient accuracy, (right + mixed) / all, is the looser reading
 * "the chain holds an earlier mention of the gold entity". Stateless and thread-safe.
 */
public final class CorefScorer {

    /**
     * What a resolver grouped: mention spans (character offsets into the article text) and the name it gives
     * the group, or null.
     */
    public record Cluster(String name, List<Span> mentions) {
        public Cluster {
            mentions = List.copyOf(mentions);
        }
    }

    /** How an anaphor was resolved. */
    public enum Verdict { RIGHT, MIXED, WRONG, UNRESOLVED }

    /** One anaphor's verdict and the antecedent texts it was judged on. */
    public record Judged(CorefGold.Anaphor anaphor, Verdict verdict, List<String> antecedents) {
        public Judged {
            antecedents = List.copyOf(antecedents);
        }
    }

    /** Counts of verdicts. */
    public record Tally(int right, int mixed, int wrong, int unresolved) {
        public int total() {
            return right + mixed + wrong + unresolved;
        }

        /** Right of all. */
        public Ratio accuracy() {
            return new Ratio(right, total());
        }

        /** Right or mixed of all: the cluster holds an earlier mention of the gold entity. */
        public Ratio lenient() {
            return new Ratio(right + mixed, total());
        }

        Tally plus(Verdict v) {
            return new Tally(right + (v == Verdict.RIGHT ? 1 : 0), mixed + (v == Verdict.MIXED ? 1 : 0),
                wrong + (v == Verdict.WRONG ? 1 : 0), unresolved + (v == Verdict.UNRESOLVED ? 1 : 0));
        }
    }

    private CorefScorer() {
    }

    /** Judges every anaphor of {@code article} against the resolver's clusters for its text. */
    public static List<Judged> judge(CorefGold.Article article, List<Cluster> clusters) {
        List<Judged> out = new ArrayList<>(article.anaphors().size());
        for (CorefGold.Anaphor a : article.anaphors()) {
            out.add(judge(article, a, clusters));
        }
        return out;
    }

    static Judged judge(CorefGold.Article article, CorefGold.Anaphor anaphor, List<Cluster> clusters) {
        Cluster chosen = null;
        int shortest = Integer.MAX_VALUE;
        for (Cluster c : clusters) {
            for (Span m : c.mentions()) {
                if (m.overlaps(anaphor.span()) && m.length() < shortest) {
                    chosen = c;
                    shortest = m.length();
                }
            }
        }
        if (chosen == null) {
            return new Judged(anaphor, Verdict.UNRESOLVED, List.of());
        }
        List<String> antecedents = new ArrayList<>();
        for (Span m : chosen.mentions()) {
            if (m.end() <= anaphor.span().begin()) {
                antecedents.add(m.of(article.text()));
            }
        }
        if (antecedents.isEmpty()) {
            return new Judged(anaphor, Verdict.UNRESOLVED, List.of());
        }
        if (chosen.name() != null) {
            antecedents.add(chosen.name());
        }
        boolean gold = false;
        boolean other = false;
        for (String t : antecedents) {
            if (names(t, anaphor.entity())) {
                gold = true; // "New Zealand Prime Minister Jacinda Ardern" names Ardern, whatever else it names
                continue;
            }
            for (String e : article.entities()) {
                other |= !e.equals(anaphor.entity()) && names(t, e);
            }
        }
        Verdict v = !gold ? Verdict.WRONG : other ? Verdict.MIXED : Verdict.RIGHT;
        return new Judged(anaphor, v, antecedents);
    }

    /** Whether {@code text} names {@code entity}: equal to it, or holding its last word, ignoring case. */
    static boolean names(String text, String entity) {
        if (text.equalsIgnoreCase(entity)) {
            return true;
        }
        String[] words = entity.strip().split("\\s+");
        String last = words[words.length - 1];
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(last) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    /** Verdict counts for all anaphors ({@code "all"}) and per {@link CorefGold#KINDS kind}, in that order. */
    public static Map<String, Tally> tally(List<Judged> judged) {
        Map<String, Tally> t = new LinkedHashMap<>();
        t.put("all", new Tally(0, 0, 0, 0));
        for (String k : CorefGold.KINDS) {
            t.put(k, new Tally(0, 0, 0, 0));
        }
        for (Judged j : judged) {
            t.put("all", t.get("all").plus(j.verdict()));
            t.put(j.anaphor().kind(), t.get(j.anaphor().kind()).plus(j.verdict()));
        }
        return t;
    }
}
