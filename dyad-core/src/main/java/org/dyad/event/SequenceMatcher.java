package org.dyad.event;

import org.dyad.actor.Mention;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.DependencyGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches the surface-order part of a pattern ({@link Pattern.Sequence}: TABARI/PETRARCH verb patterns)
 * around a head token, and finds PETRARCH's default target ({@link Pattern.TargetPhrase}).
 *
 * <p>Words are compared with the tokens' lower-case forms. Steps after the head are looked for from
 * the head rightwards, steps before it from the head leftwards; an adjacent step must touch the
 * previous one, another may skip words (backtracking over the choices). A source or target step
 * ({@code $}, {@code +}, {@code %}) takes the actor mention that starts there (after determiners
 * and adjectives) or, before the head, ends there; a skip step ({@code ^}) passes over one noun
 * phrase. Stateless and thread-safe.
 */
final class SequenceMatcher {

    /** Tags a noun phrase is made of, for {@code ^}. */
    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "PRP$", "PRP", "JJ", "JJR", "JJS", "CD", "NN", "NNS",
        "NNP", "NNPS", "POS", "HYPH", "VBN", "VBG");
    /** Words that may come before an actor's name without being part of it. */
    private static final Set<String> LEADING_TAGS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD");

    /**
     * A match.
     *
     * @param words    tokens the pattern's words took
     * @param source   head token of the source actor the pattern placed ({@code $}, or a compound), or -1
     * @param target   head token of the target actor the pattern placed ({@code +}), or -1
     * @param mutual   whether the members of the source compound act on one another ({@code %} before the verb)
     * @param modified whether words before the head were matched (the pattern names the event's modality,
     *                 "will not", "said would")
     */
    record Result(Set<Integer> words, int source, int target, boolean mutual, boolean modified) {
    }

    private SequenceMatcher() {
    }

    /** The match of {@code q} around {@code head}, or null. */
    static Result match(Sentence s, int head, Pattern.Sequence q, SentenceActors actors) {
        State st = new State(s, actors);
        if (!after(st, q.after(), 0, head + 1, true)) {
            return null;
        }
        State afterState = st.copy();
        if (!before(afterState, q.before(), 0, head - 1)) {
            return null;
        }
        boolean modified = false;
        for (Pattern.Step step : q.before()) {
            modified |= step.kind() == Pattern.StepKind.WORDS;
        }
        return new Result(afterState.words, afterState.source, afterState.target, afterState.mutual, modified);
    }

    /** What a partial match has taken so far. */
    private static final class State {
        final Sentence s;
        final SentenceActors actors;
        Set<Integer> words = new TreeSet<>();
        int source = -1;
        int target = -1;
        boolean mutual;

        State(Sentence s, SentenceActors actors) {
            this.s = s;
            this.actors = actors;
        }

        State copy() {
            State c = new State(s, actors);
            c.words = new TreeSet<>(words);
            c.source = source;
            c.target = target;
            c.mutual = mutual;
            return c;
        }

        void restore(State from) {
            words = from.words;
            source = from.source;
            target = from.target;
            mutual = from.mutual;
        }
    }

    /** Matches steps {@code i..} rightwards from token {@code at}; on success {@code st} holds what was taken. */
    private static boolean after(State st, List<Pattern.Step> steps, int i, int at, boolean first) {
        if (i == steps.size()) {
            return true;
        }
        Pattern.Step step = steps.get(i);
        int last = step.adjacent() ? at : st.s.size() - 1;
        for (int p = at; p <= last && p < st.s.size(); p++) {
            State saved = st.copy();
            int next = takeRight(st, step, p);
            if (next >= 0 && after(st, steps, i + 1, next, false)) {
                return true;
            }
            st.restore(saved);
        }
        return false;
    }

    /** Matches steps {@code i..} leftwards, the step ending at token {@code at} or (if not adjacent) earlier. */
    private static boolean before(State st, List<Pattern.Step> steps, int i, int at) {
        if (i == steps.size()) {
            return true;
        }
        Pattern.Step step = steps.get(i);
        int lowest = step.adjacent() ? at : 0;
        for (int p = at; p >= lowest && p >= 0; p--) {
            State saved = st.copy();
            int next = takeLeft(st, step, p);
            if (next >= -1 && next != Integer.MIN_VALUE && before(st, steps, i + 1, next)) {
                return true;
            }
            st.restore(saved);
        }
        return false;
    }

    /** Takes {@code step} starting at token {@code p}; returns the token after it, or -1. */
    private static int takeRight(State st, Pattern.Step step, int p) {
        Sentence s = st.s;
        switch (step.kind()) {
            case WORDS -> {
                for (List<String> phrase : step.phrases()) {
                    if (wordsAt(s, phrase, p)) {
                        for (int k = 0; k < phrase.size(); k++) {
                            st.words.add(p + k);
                        }
                        return p + phrase.size();
                    }
                }
                return -1;
            }
            case SKIP -> {
                int q = p;
                boolean noun = false;
                while (q < s.size() && NP_TAGS.contains(s.token(q).tag())) {
                    noun |= s.token(q).isNoun() || s.token(q).tag().equals("PRP");
                    q++;
                }
                return noun ? q : -1;
            }
            default -> {
                int q = p;
                while (q < s.size() && st.actors.at(q) == null && LEADING_TAGS.contains(s.token(q).tag())) {
                    q++;
                }
                Mention m = q < s.size() ? st.actors.at(q) : null;
                if (m == null || m.start() != q) {
                    return -1;
                }
                return place(st, step.kind(), m, false) ? m.end() : -1;
            }
        }
    }

    /**
     * Takes {@code step} ending at token {@code p}; returns the token before it (-1 when it began the
     * sentence), or {@link Integer#MIN_VALUE} when it does not match.
     */
    private static int takeLeft(State st, Pattern.Step step, int p) {
        Sentence s = st.s;
        switch (step.kind()) {
            case WORDS -> {
                for (List<String> phrase : step.phrases()) {
                    int start = p - phrase.size() + 1;
                    if (start >= 0 && wordsAt(s, phrase, start)) {
                        for (int k = start; k <= p; k++) {
                            st.words.add(k);
                        }
                        return start - 1;
                    }
                }
                return Integer.MIN_VALUE;
            }
            case SKIP -> {
                int q = p;
                boolean noun = false;
                while (q >= 0 && NP_TAGS.contains(s.token(q).tag())) {
                    noun |= s.token(q).isNoun() || s.token(q).tag().equals("PRP");
                    q--;
                }
                return noun ? q : Integer.MIN_VALUE;
            }
            default -> {
                Mention m = st.actors.at(p);
                if (m == null || m.end() - 1 != p) {
                    return Integer.MIN_VALUE;
                }
                return place(st, step.kind(), m, true) ? m.start() - 1 : Integer.MIN_VALUE;
            }
        }
    }

    private static boolean place(State st, Pattern.StepKind kind, Mention m, boolean beforeHead) {
        switch (kind) {
            case SOURCE -> st.source = m.head();
            case TARGET -> st.target = m.head();
            case COMPOUND -> {
                int root = conjunctionRoot(st, m.head());
                if (st.actors.actors(root).size() < 2) {
                    return false;
                }
                if (beforeHead) {
                    st.source = root;
                    st.mutual = true;
                } else {
                    st.target = root;
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The first conjunct of the coordination a token is in ("Osgiliath" in "Gondor and Osgiliath": Gondor). */
    private static int conjunctionRoot(State st, int token) {
        DependencyGraph g = st.s.graph();
        int cur = token;
        for (int guard = 0; guard < 10; guard++) {
            int up = -1;
            for (Dependency p : g.parents(cur)) {
                if (p.relation().startsWith("conj") && p.governor() >= 0) {
                    up = p.governor();
                }
            }
            if (up < 0) {
                return cur;
            }
            cur = up;
        }
        return cur;
    }

    private static boolean wordsAt(Sentence s, List<String> phrase, int start) {
        if (start < 0 || start + phrase.size() > s.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!s.token(start + k).lowerWord().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Relations whose subtrees are not part of a verb's phrase when looking for its default target. */
    private static final Set<String> OUTSIDE = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "parataxis", "punct",
        "cc", "aux", "aux:pass", "cop", "mark", "nsubj:xsubj", "discourse", "vocative");

    /**
     * PETRARCH's default target of a verb: for a passive, its subject's actor; otherwise the first actor,
     * in surface order after the head, inside the head's phrase (its dependents other than subjects,
     * parenthetical clauses and coordinated verbs), possessive pronouns aside. Returns the head token of
     * that actor, or -1.
     */
    static int defaultTarget(Sentence s, int head, SentenceActors actors, Set<Integer> taken) {
        DependencyGraph g = s.graph();
        if (g.hasChild(head, "nsubj:pass") || g.hasChild(head, "aux:pass")) {
            for (int c : g.children(head, "nsubj:pass")) {
                if (!actors.actors(c).isEmpty()) {
                    return c;
                }
            }
        }
        boolean[] inside = new boolean[s.size()];
        List<Integer> stack = new ArrayList<>();
        for (Dependency d : g.children(head)) {
            if (!outside(s, d)) {
                stack.add(d.dependent());
            }
        }
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            if (inside[t]) {
                continue;
            }
            inside[t] = true;
            for (Dependency d : g.children(t)) {
                if (!d.relation().equals("punct")) {
                    stack.add(d.dependent());
                }
            }
        }
        for (int t = head + 1; t < s.size(); t++) {
            if (!inside[t] || taken.contains(t)) {
                continue;
            }
            Mention m = actors.at(t);
            if (m != null && possessivePronoun(s, m)) {
                continue; // "presented their credentials to X": a possessive pronoun owns the noun, it is not acted on
            }
            if (m != null) {
                return m.head();
            }
            List<Mention> composed = actors.actors(t);
            if (!composed.isEmpty() && !composed.stream().allMatch(x -> possessivePronoun(s, x))) {
                return t;
            }
        }
        return -1;
    }

    private static boolean possessivePronoun(Sentence s, Mention m) {
        return m.end() - m.start() == 1 && s.token(m.start()).tag().equals("PRP$");
    }

    private static boolean outside(Sentence s, Dependency d) {
        String r = d.relation();
        if (OUTSIDE.contains(r)) {
            return true;
        }
        // a coordinated verb is an event of its own: "condemned X and promised aid to Y"
        if (r.startsWith("conj")) {
            Token t = s.token(d.dependent());
            return t.isVerb();
        }
        return false;
    }
}
