package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A lexicon pattern: a predicate lemma with the words and slots around it, in surface order.
 * See {@code lexicon/README.md} for the notation ({@code impose sanction on {T}}, {@code urge {T} to withdraw}).
 *
 * @param pos      verb or noun predicate
 * @param head     the predicate's lemma
 * @param copula   true for {@code be ADJ ...} patterns, whose head is the adjective
 * @param elements what must stand around the head, in order
 * @param text     the pattern as written
 */
public record Pattern(Pos pos, String head, boolean copula, List<Element> elements, String text) {

    public enum Pos { V, N }

    /** One requirement of a pattern. */
    public sealed interface Element permits Modifier, Particle, Object, Complement, TargetObject, TargetPrep,
        Infinitive, Sequence, TargetPhrase {
    }

    /** A word before a noun head: compound or adjective ("air" in "air strike"). */
    public record Modifier(String lemma) implements Element {
    }

    /** A phrasal-verb particle ("down" in "step down"). */
    public record Particle(String lemma) implements Element {
    }

    /** A fixed direct object with its modifiers ("fire" in "open fire on {T}"). */
    public record Object(String lemma, List<String> modifiers) implements Element {
    }

    /**
     * A fixed prepositional complement ("for aid" in "appeal for aid") with the modifiers its noun must
     * have ("humanitarian" in "appeal for humanitarian aid").
     */
    public record Complement(String preposition, String lemma, List<String> modifiers) implements Element {
        public Complement(String preposition, String lemma) {
            this(preposition, lemma, List.of());
        }
    }

    /** The target as direct object. */
    public record TargetObject() implements Element {
    }

    /**
     * The target as object of a preposition. {@code orParticle}: the word may also be a particle
     * followed by the object ("hand over {T}").
     */
    public record TargetPrep(String preposition, boolean orParticle) implements Element {
    }

    /** An infinitive complement ("to meet" in "offer to meet {T}"); {@code *} stands for any verb. */
    public record Infinitive(String verb) implements Element {
    }

    /**
     * Words in surface order around the head, as TABARI/PETRARCH verb patterns give them
     * ({@code - SAID WOULD * ATTACK [173]}): {@code before} from the word nearest the head outwards,
     * {@code after} from the head onwards. Words are compared with the tokens' lower-case forms, not lemmas.
     *
     * @param forms  the head's word forms in lower case (the dictionary lists forms, not lemmas); the
     *               lexicon indexes such patterns by form; empty: any form of {@link Pattern#head()}
     * @param before steps before the head, nearest first
     * @param after  steps after the head, nearest first
     */
    public record Sequence(Set<String> forms, List<Step> before, List<Step> after) implements Element {
        public Sequence {
            forms = Set.copyOf(forms);
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /**
     * One step of a {@link Sequence}.
     *
     * @param kind     what the step matches
     * @param phrases  for {@link StepKind#WORDS}: the alternatives (one phrase, or a synonym set's), each
     *                 a list of consecutive lower-case words; empty for the other kinds
     * @param adjacent whether it must touch the step before it (nearer the head), or the head; otherwise
     *                 other words may come between
     */
    public record Step(StepKind kind, List<List<String>> phrases, boolean adjacent) {
        public Step {
            List<List<String>> copy = new ArrayList<>(phrases.size());
            for (List<String> p : phrases) {
                copy.add(List.copyOf(p));
            }
            phrases = List.copyOf(copy);
        }
    }

    /**
     * What a {@link Step} matches: words; the source actor ({@code $}); the target actor ({@code +});
     * a compound actor whose members act on one another ({@code %}); any one noun phrase ({@code ^}).
     */
    public enum StepKind { WORDS, SOURCE, TARGET, COMPOUND, SKIP }

    /**
     * The target is the first actor in the predicate's phrase, after the head: its object, a
     * prepositional object, or an actor inside them or inside a complement clause (TABARI/PETRARCH's
     * default target); for a passive head, its subject.
     */
    public record TargetPhrase() implements Element {
    }

    static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "away", "back", "over", "in", "on",
        "through", "along", "around", "forward", "aside", "apart", "together");

    static final Set<String> PREPOSITIONS = Set.of("on", "against", "with", "to", "from", "over", "for", "of", "in",
        "at", "into", "by", "about", "toward", "towards", "upon", "between", "among", "across", "near", "under",
        "onto", "after", "before", "within", "without", "behind", "beyond", "throughout", "via", "amid", "amongst",
        "inside", "outside", "through", "along", "around", "off", "out", "up", "down", "as", "like", "despite");

    static final String TARGET = "{t}";

    /**
     * Parses a pattern. Throws {@link IllegalArgumentException} with the reason when it is not valid.
     */
    public static Pattern parse(Pos pos, String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("*") && (i == 0 || !words[i - 1].equals("to"))) {
                throw new IllegalArgumentException("* stands only for the verb after 'to'");
            }
            if (w.startsWith("{") && !w.equals(TARGET)) {
                throw new IllegalArgumentException("unknown slot " + w + " (only {T} is known)");
            }
        }
        return pos == Pos.V ? parseVerb(words, text) : parseNoun(words, text);
    }

    private static Pattern parseVerb(String[] w, String text) {
        int i = 0;
        String head = w[i++];
        boolean copula = false;
        if (head.equals("be") && i < w.length && !w[i].equals(TARGET) && !PREPOSITIONS.contains(w[i]) && !w[i].equals("to")) {
            head = w[i++];
            copula = true;
        }
        if (head.equals(TARGET)) {
            throw new IllegalArgumentException("a verb pattern starts with its verb");
        }
        List<Element> els = new ArrayList<>();
        List<String> pendingWords = new ArrayList<>();
        boolean afterHead = true;
        while (i < w.length) {
            String x = w[i];
            String next = i + 1 < w.length ? w[i + 1] : null;
            if (x.equals(TARGET)) {
                flushObject(pendingWords, els);
                els.add(new TargetObject());
                afterHead = false;
                i++;
            } else if (x.equals("to") && next != null && !next.equals(TARGET) && !PREPOSITIONS.contains(next)
                && els.stream().noneMatch(el -> el instanceof Infinitive)) {
                // (after an infinitive, "to" is a preposition: "urge {T} to return to talk")
                flushObject(pendingWords, els);
                // "to X" with a word is read as an infinitive ("offer to meet"); "to {T}" is a preposition
                els.add(new Infinitive(next));
                afterHead = false;
                i += 2;
            } else if (PREPOSITIONS.contains(x) && next != null && (next.equals(TARGET))) {
                if (flushObject(pendingWords, els)) {
                    afterHead = false;
                }
                boolean orParticle = afterHead && PARTICLES.contains(x);
                els.add(new TargetPrep(x, orParticle));
                afterHead = false;
                i += 2;
            } else if (PARTICLES.contains(x) && afterHead && pendingWords.isEmpty()
                && (next == null || !isContentWord(next) || PARTICLES.contains(x) && !PREPOSITIONS.contains(x))) {
                els.add(new Particle(x));
                afterHead = false; // a second particle-like word is a preposition: "crack down on"
                i++;
            } else if (PREPOSITIONS.contains(x) && next != null && isContentWord(next)) {
                flushObject(pendingWords, els);
                // the complement noun is the last content word of the phrase ("for humanitarian aid")
                int j = i + 1;
                while (j + 1 < w.length && isContentWord(w[j + 1])) {
                    j++;
                }
                els.add(new Complement(x, w[j], List.of(java.util.Arrays.copyOfRange(w, i + 1, j))));
                afterHead = false;
                i = j + 1;
            } else if (PREPOSITIONS.contains(x)) {
                // a bare preposition at the end ("call for", "side with"): a particle-like requirement
                flushObject(pendingWords, els);
                els.add(new Particle(x));
                i++;
            } else {
                pendingWords.add(x);
                i++;
            }
        }
        flushObject(pendingWords, els);
        return new Pattern(Pos.V, head, copula, List.copyOf(els), text.strip());
    }

    private static boolean isContentWord(String w) {
        return !w.equals(TARGET) && !PREPOSITIONS.contains(w) && !w.equals("to");
    }

    /** Turns pending content words into the fixed object; returns whether there were any. */
    private static boolean flushObject(List<String> words, List<Element> els) {
        if (words.isEmpty()) {
            return false;
        }
        String noun = words.get(words.size() - 1);
        els.add(new Object(noun, List.copyOf(words.subList(0, words.size() - 1))));
        words.clear();
        return true;
    }

    private static Pattern parseNoun(String[] w, String text) {
        int headAt = w.length - 1;
        for (int i = 0; i < w.length; i++) {
            if (i > 0 && (PREPOSITIONS.contains(w[i]) || w[i].equals(TARGET))) {
                headAt = i - 1;
                break;
            }
        }
        String head = w[headAt];
        if (head.equals(TARGET)) {
            throw new IllegalArgumentException("a noun pattern needs a head noun");
        }
        List<Element> els = new ArrayList<>();
        for (int i = 0; i < headAt; i++) {
            els.add(new Modifier(w[i]));
        }
        int i = headAt + 1;
        while (i < w.length) {
            String x = w[i];
            String next = i + 1 < w.length ? w[i + 1] : null;
            if (PREPOSITIONS.contains(x) && TARGET.equals(next)) {
                els.add(new TargetPrep(x, false));
                i += 2;
            } else if (PREPOSITIONS.contains(x) && next != null) {
                int j = i + 1;
                while (j + 1 < w.length && isContentWord(w[j + 1])) {
                    j++;
                }
                els.add(new Complement(x, w[j], List.of(java.util.Arrays.copyOfRange(w, i + 1, j))));
                i = j + 1;
            } else if (x.equals(TARGET)) {
                els.add(new TargetObject());
                i++;
            } else {
                throw new IllegalArgumentException("cannot read '" + x + "' after the head noun '" + head + "'");
            }
        }
        return new Pattern(Pos.N, head, false, List.copyOf(els), text.strip());
    }

    /** Whether the pattern names a target slot. */
    public boolean hasTarget() {
        for (Element e : elements) {
            if (e instanceof TargetObject || e instanceof TargetPrep || e instanceof TargetPhrase) {
                return true;
            }
        }
        return false;
    }

    /** The pattern's {@link Sequence}, or null. */
    public Sequence sequence() {
        for (Element e : elements) {
            if (e instanceof Sequence q) {
                return q;
            }
        }
        return null;
    }
}
