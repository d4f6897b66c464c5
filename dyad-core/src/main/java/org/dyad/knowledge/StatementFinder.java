package org.dyad.knowledge;

import org.dyad.actor.Mention;
import org.dyad.model.Actor;
import org.dyad.model.Span;
import org.dyad.model.Statement;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds indirect (reported) speech: a speech verb with what was said and who said it.
 * <ul>
 *   <li>{@code complement}: the verb's clausal complement in the dependency parse, "Tusk said on Sunday
 *       that both the United States and Russia must find a way to cooperate";</li>
 *   <li>{@code fronted}: the content before the attribution, "Russia's air strikes have increased the
 *       influx of refugees, Tusk said" (the parse attaches the speech clause to the content);</li>
 *   <li>{@code that-clause}: in a sentence that was not parsed, the words after "said that".</li>
 * </ul>
 * The speaker is the verb's subject where it is an actor mention (a pronoun already resolved by
 * coreference), else the actor right before the verb; a statement whose content lies inside a direct
 * quotation is left to {@link QuoteFinder}. Passive "it was said that" names no speaker and is skipped.
 *
 * <p>Offsets are character offsets into the article text, 0-based, end exclusive. Stateless and
 * thread-safe.
 */
public final class StatementFinder {

    /** Verbs that report speech with a content clause. */
    static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "add", "state", "stress", "warn", "note",
        "explain", "insist", "declare", "claim", "argue", "announce", "confirm", "deny", "report", "acknowledge",
        "admit", "allege", "assert", "reiterate", "emphasise", "emphasize", "underline", "suggest", "predict",
        "promise", "pledge", "vow", "complain", "concede", "contend", "reply", "respond", "write", "tweet",
        "caution", "remark", "comment", "signal", "indicate", "reveal", "disclose", "maintain", "hint", "recall",
        "observe", "conclude", "agree", "assure", "reassure", "inform", "threaten", "boast", "lament", "urge");

    /**
     * The statements of an article, in text order.
     *
     * @param mentions actor mentions per sentence, pronouns resolved
     * @param inQuote  whether a character offset lies inside a direct quotation
     */
    public List<Statement> find(List<Sentence> sentences, String text, List<List<Mention>> mentions, IntPredicate inQuote) {
        List<Statement> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Statement st : find(s, text, mentions.get(s.index()), inQuote)) {
                out.add(withLatestFullName(st, text, mentions));
            }
        }
        return out;
    }

    /** A surname alone stands for the person most recently named in full with it (see {@link QuoteFinder}). */
    private static Statement withLatestFullName(Statement st, String text, List<List<Mention>> mentions) {
        if (st.speaker() == null || st.speakerSpan() == null) {
            return st;
        }
        for (Mention m : mentions.get(st.sentence())) {
            if (m.span().equals(st.speakerSpan())) {
                Mention latest = QuoteFinder.latestFullName(text, mentions, m);
                return latest == m ? st : new Statement(latest.actor(), st.speakerSpan(), st.verb(), st.verbSpan(),
                    st.content(), st.text(), st.sentence(), st.rule(), st.confidence());
            }
        }
        return st;
    }

    /**
     * The statements of one sentence.
     *
     * @param ms      the sentence's actor mentions, pronouns resolved
     * @param inQuote whether a character offset lies inside a direct quotation
     */
    public List<Statement> find(Sentence s, String text, List<Mention> ms, IntPredicate inQuote) {
        List<Statement> out = new ArrayList<>(1);
        for (Token verb : s.tokens()) {
            if (!verb.isVerb() || !REPORTING_VERBS.contains(verb.key()) || inQuote.test(verb.begin())) {
                continue;
            }
            Statement st = s.parsed() ? parsed(s, text, ms, verb, inQuote) : unparsed(s, text, ms, verb);
            if (st != null && !mostlyQuoted(st.content(), inQuote)) {
                out.add(st);
            }
        }
        return out;
    }

    private static Statement parsed(Sentence s, String text, List<Mention> ms, Token verb, IntPredicate inQuote) {
        int v = verb.index();
        if (s.graph().hasChild(v, "nsubj:pass") || s.graph().hasChild(v, "aux:pass")) {
            return null;
        }
        Integer content = null;
        String rule = "complement";
        for (Dependency d : s.graph().children(v)) {
            if (d.base().equals("ccomp")) {
                content = d.dependent();
                break;
            }
        }
        if (content == null) {
            // "X has happened, Tusk said": the speech clause hangs off the content's head
            for (Dependency d : s.graph().parents(v)) {
                if (d.governor() >= 0 && (d.base().equals("parataxis") || d.base().equals("ccomp"))
                    && d.governor() < v && !inQuote.test(s.token(d.governor()).begin())) {
                    content = d.governor();
                    rule = "fronted";
                    break;
                }
            }
        }
        if (content == null) {
            // "Ethiopia agreed to pay, the minister said": the parse may hang the fronted clause from the speech verb
            // as an adverbial clause; one with its own subject and no subordinator ("after", "if") is what was said
            for (Dependency d : s.graph().children(v)) {
                int c = d.dependent();
                if (c < v - 1 && (d.base().equals("advcl") || d.base().equals("parataxis")) && s.token(c).isVerb()
                    && !s.graph().hasChild(c, "mark") && hasSubject(s, c) && !inQuote.test(s.token(c).begin())) {
                    content = c;
                    rule = "fronted";
                    break;
                }
            }
        }
        Mention inverted = null;
        if (content == null && v >= 3 && s.token(v - 1).word().equals(",") && !closesSubjectModifier(s, v)) {
            // "X is critical, said Aidan Key": the parser may take the fronted clause's noun for the subject and
            // the speaker after the verb for its object
            for (Dependency d : s.graph().children(v)) {
                Mention m = d.dependent() > v && (d.base().equals("obj") || d.base().equals("nsubj"))
                    ? covering(ms, d.dependent()) : null;
                if (m != null && m.start() <= v + 2) {
                    inverted = m;
                    content = v - 1;
                    rule = "fronted";
                    break;
                }
            }
        }
        if (content == null) {
            return null;
        }
        Span span = "fronted".equals(rule) ? frontedSpan(s, v, content) : subtreeSpan(s, content, v, nextReport(s, v));
        if (span == null) {
            return null;
        }
        if ("complement".equals(rule) && span.end() <= verb.begin()) {
            rule = "fronted"; // "X has happened, Tusk said" parsed with the content as the verb's complement
        }
        Mention speaker = inverted != null ? inverted : subject(s, ms, v);
        if (speaker == null && (verb.tag().equals("VBG") || isClauseLink(s.graph().relationToHead(v)))) {
            // "Tusk spoke on Sunday, stressing that ...": a participle clause speaks with the subject of
            // the verb it hangs from (the parse may hang it from a noun on the way)
            int h = s.graph().head(v);
            for (int steps = 0; speaker == null && h >= 0 && steps < 4; steps++) {
                if (s.token(h).isVerb()) {
                    speaker = subject(s, ms, h);
                }
                h = s.graph().head(h);
            }
        } else if (speaker == null) {
            speaker = before(ms, v);
        }
        if (speaker == null) {
            speaker = unresolvedSubject(s, text, v);
        }
        if (speaker == null && !hasSubject(s, v) && inverted == null) {
            return null; // no one says it: a misparse or a verb used without a speaker
        }
        double confidence = rule.equals("complement") ? 0.8 : 0.7;
        return new Statement(speaker == null ? null : speaker.actor(), speaker == null ? null : speaker.span(),
            verb.key(), new Span(verb.begin(), verb.end()), span, span.of(text), s.index(), rule, confidence);
    }

    /**
     * Whether the comma right before the verb closes a relative clause or apposition of the verb's own subject
     * ("Kenya's President William Ruto, who chairs the regional bloc, urged Ethiopia to ..."): then the words before
     * the comma are the speaker, not fronted content, and the noun after the verb is no inverted speaker.
     */
    private static boolean closesSubjectModifier(Sentence s, int verb) {
        int comma = verb - 1;
        for (Dependency d : s.graph().children(verb)) {
            if (d.relation().startsWith("nsubj") && d.dependent() < comma && under(s, comma, d.dependent(), verb)) {
                return true;
            }
        }
        return false;
    }

    private static Mention subject(Sentence s, List<Mention> ms, int verb) {
        for (Dependency d : s.graph().children(verb)) {
            if (d.relation().startsWith("nsubj") && !d.relation().startsWith("nsubj:pass")) {
                Mention m = covering(ms, d.dependent());
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    private static boolean hasSubject(Sentence s, int verb) {
        for (Dependency d : s.graph().children(verb)) {
            if (org.dyad.nlp.DependencyGraph.isSubject(d.relation())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun subject no actor entry knows ("the two sides agreed that ...", "a BA spokesperson said ..."): the speaker
     * by its words, with the code {@code ---} as {@link QuoteFinder} gives such speakers; null for pronouns and
     * other subjects.
     */
    private static Mention unresolvedSubject(Sentence s, String text, int verb) {
        for (Dependency d : s.graph().children(verb)) {
            if (!org.dyad.nlp.DependencyGraph.isSubject(d.relation()) || d.dependent() > verb) {
                continue;
            }
            Token subject = s.token(d.dependent());
            if (!subject.isNoun() || subject.tag().startsWith("PRP")) {
                return null;
            }
            Span words = QuoteFinder.nounPhrase(text, s, d.dependent());
            Actor actor = new Actor(words.of(text), QuoteFinder.UNRESOLVED, null, null,
                subject.ner().equals("PERSON") ? Actor.Kind.PERSON : Actor.Kind.SECTOR);
            return new Mention(s.index(), d.dependent(), d.dependent() + 1, d.dependent(), actor, words, null, "text",
                null, false);
        }
        return null;
    }

    private static boolean isClauseLink(String relation) {
        return relation.startsWith("advcl") || relation.startsWith("xcomp") || relation.startsWith("conj");
    }

    /** The tokens under {@code head} (walking each token up its first head), without a leading "that" and trailing punctuation. */
    private static Span subtreeSpan(Sentence s, int head, int verb, int stop) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int t = 0; t < stop; t++) {
            if (under(s, t, head, verb)) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
        }
        return trimmed(s, lo, hi);
    }

    /**
     * The comma opening a participle clause of speech after verb {@code v} ("told reporters that the strikes were a
     * response, adding that Moscow remained open to talks"), else the sentence's end: the clause is a statement of its
     * own, wherever the parse hangs it, and no part of what the first verb reports.
     */
    private static int nextReport(Sentence s, int v) {
        for (int t = v + 2; t < s.size(); t++) {
            Token w = s.token(t);
            if (w.tag().equals("VBG") && REPORTING_VERBS.contains(w.key()) && s.token(t - 1).word().equals(",")) {
                return t - 1;
            }
        }
        return s.size();
    }

    private static boolean under(Sentence s, int t, int head, int stop) {
        int x = t;
        for (int steps = 0; steps < 40 && x >= 0; steps++) {
            if (x == head) {
                return true;
            }
            if (x == stop) {
                return false;
            }
            x = s.graph().head(x);
        }
        return false;
    }

    /** Fronted content: from the sentence start (after a dateline) to the comma before the attribution. */
    private static Span frontedSpan(Sentence s, int verb, int content) {
        int end = verb - 1;
        // skip back over the speaker's words to the comma that ends the content
        while (end > 0 && !s.token(end).word().equals(",") && verb - end <= 8) {
            end--;
        }
        if (end <= 0 || !s.token(end).word().equals(",")) {
            return null;
        }
        // nor does it take in the dateline opening a story ("SEOUL (AP) — North Korea fired ..., the military said")
        int start = s.index() == 0 ? org.dyad.nlp.Dateline.dash(s.tokens().stream().map(Token::word).toList()) + 1 : 0;
        return start >= end ? null : trimmed(s, start, end - 1);
    }

    private static Span trimmed(Sentence s, int lo, int hi) {
        if (hi < 0 || lo > hi) {
            return null;
        }
        while (lo <= hi && (s.token(lo).lowerWord().equals("that") || isPunct(s.token(lo)))) {
            lo++;
        }
        while (hi >= lo && isPunct(s.token(hi))) {
            hi--;
        }
        if (hi - lo < 2) {
            return null; // too short to be a statement ("he said so")
        }
        return new Span(s.token(lo).begin(), s.token(hi).end());
    }

    private static boolean isPunct(Token t) {
        String w = t.word();
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("``") || w.equals("''")
            || w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("-") || w.equals("--");
    }

    /** Not parsed: "X said that ..." up to the sentence end. */
    private static Statement unparsed(Sentence s, String text, List<Mention> ms, Token verb) {
        int v = verb.index();
        if (v + 1 >= s.size() || !s.token(v + 1).lowerWord().equals("that") || verb.tag().equals("VBN")
            && v > 0 && s.token(v - 1).lowerWord().matches("was|were|is|are|been|be")) {
            return null;
        }
        Span span = trimmed(s, v + 2, s.size() - 1);
        if (span == null) {
            return null;
        }
        Mention speaker = before(ms, v);
        if (speaker == null) {
            // "The two sides agreed that ...": the noun phrase right before the verb, by its words
            int lo = v;
            while (lo > 0 && (s.token(lo - 1).isNoun() || s.token(lo - 1).isAdjective()
                || s.token(lo - 1).tag().matches("DT|CD|PRP\\$|POS"))) {
                lo--;
            }
            if (lo < v && s.token(v - 1).isNoun() && !s.token(v - 1).tag().startsWith("PRP")) {
                Span words = new Span(s.token(lo).begin(), s.token(v - 1).end());
                Actor actor = new Actor(words.of(text), QuoteFinder.UNRESOLVED, null, null,
                    s.token(v - 1).ner().equals("PERSON") ? Actor.Kind.PERSON : Actor.Kind.SECTOR);
                speaker = new Mention(s.index(), lo, v, v - 1, actor, words, null, "text", null, false);
            }
        }
        return new Statement(speaker == null ? null : speaker.actor(), speaker == null ? null : speaker.span(),
            verb.key(), new Span(verb.begin(), verb.end()), span, span.of(text), s.index(), "that-clause", 0.6);
    }

    /** The mention ending at most two tokens before the verb ("Tusk said", "Tusk also said"). */
    private static Mention before(List<Mention> ms, int verb) {
        Mention best = null;
        for (Mention m : ms) {
            if (m.end() <= verb && verb - m.end() <= 2 && (best == null || m.end() > best.end())) {
                best = m;
            }
        }
        return best;
    }

    private static boolean mostlyQuoted(Span content, IntPredicate inQuote) {
        int quoted = 0;
        int step = Math.max(1, content.length() / 20);
        int n = 0;
        for (int i = content.begin(); i < content.end(); i += step) {
            n++;
            if (inQuote.test(i)) {
                quoted++;
            }
        }
        return n > 0 && quoted * 2 >= n;
    }

    private static Mention covering(List<Mention> ms, int token) {
        for (Mention m : ms) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }
}
