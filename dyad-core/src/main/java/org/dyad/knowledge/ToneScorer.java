package org.dyad.knowledge;

import org.dyad.internal.Tsv;
import org.dyad.model.Tone;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The article's tone from Dyad's word list ({@code tone.tsv}, or a file in its format), counted as
 * GDELT counts its V1.5TONE: the share of words of positive and of negative tone, in percent of all
 * words, and their difference. A tone word within three tokens after a negation ("not", "no", "never",
 * "n't", "without") counts for the other side.
 *
 * <p>Immutable and thread-safe.
 */
public final class ToneScorer {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "without", "nor", "neither");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our",
        "ours", "ourselves");

    private final Map<String, Boolean> positive = new HashMap<>();

    /** The built-in word list. */
    public static ToneScorer builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final ToneScorer BUILT_IN = new ToneScorer(Tsv.resource(ToneScorer.class, "tone.tsv", 2));
    }

    /**
     * A word list from rows in {@code tone.tsv}'s format: lemma, {@code positive} or {@code negative}.
     *
     * @throws IllegalArgumentException naming the file and line of a bad row (a lemma not one lower-case
     *                                  word, an unknown polarity, a lemma listed twice)
     */
    public ToneScorer(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            String lemma = r.get(0);
            if (!lemma.equals(lemma.toLowerCase(Locale.ROOT)) || lemma.contains(" ")) {
                throw r.error("lemma '" + lemma + "' must be one lower-case word");
            }
            boolean pos = switch (r.get(1)) {
                case "positive" -> true;
                case "negative" -> false;
                default -> throw r.error("polarity must be positive or negative, not '" + r.get(1) + "'");
            };
            if (positive.put(lemma, pos) != null) {
                throw r.error("lemma '" + lemma + "' is listed twice");
            }
        }
    }

    /** Number of lemmas of each polarity: {positive, negative}. */
    public int[] sizes() {
        int p = 0;
        for (boolean b : positive.values()) {
            if (b) {
                p++;
            }
        }
        return new int[] {p, positive.size() - p};
    }

    /** The tone of a text's sentences. */
    public Tone score(List<Sentence> sentences) {
        int words = 0;
        int pos = 0;
        int neg = 0;
        int verbs = 0;
        int self = 0;
        for (Sentence s : sentences) {
            List<Token> ts = s.tokens();
            int negatedUntil = -1;
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (!hasLetterOrDigit(t.word())) {
                    continue;
                }
                words++;
                String lower = t.lowerWord();
                if (NEGATIONS.contains(lower)) {
                    negatedUntil = i + 3;
                    continue;
                }
                if (t.isVerb()) {
                    verbs++;
                }
                if (t.tag().startsWith("PRP") && FIRST_PERSON.contains(lower)) {
                    self++;
                }
                Boolean p = positive.get(t.key());
                if (p == null && !t.key().equals(lower)) {
                    p = positive.get(lower);
                }
                if (p == null) {
                    continue;
                }
                boolean flipped = i <= negatedUntil;
                if (p != flipped) {
                    pos++;
                } else {
                    neg++;
                }
            }
        }
        if (words == 0) {
            return Tone.NONE;
        }
        double pp = 100.0 * pos / words;
        double np = 100.0 * neg / words;
        return new Tone(pp - np, pp, np, pp + np, 100.0 * verbs / words, 100.0 * self / words, words, pos, neg);
    }

    private static boolean hasLetterOrDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
