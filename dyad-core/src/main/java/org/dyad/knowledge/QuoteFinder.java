package org.dyad.knowledge;

import org.dyad.actor.Mention;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotations and their speakers.
 *
 * <p>Quotes: text between straight or curly double quote marks (also « » and „ “), within a paragraph;
 * a quote left open at a paragraph's end continues when the next paragraph opens with a quote mark.
 * One-word scare quotes are not quotations.
 *
 * <p>Speakers, in order: a speech verb outside the quote in the same sentence ("…," Tusk added; "…,"
 * he continued; said the minister; Tusk said: "…") with its subject or the actor next to it, where a
 * pronoun is already resolved by coreference; then "according to X"; then the speaker of the quote
 * just before, when it is in the same or the previous paragraph (continuing quotes).
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteFinder {

    static final Set<String> SPEECH_VERBS = Set.of("say", "add", "continue", "tell", "stress", "warn", "note",
        "explain", "insist", "declare", "state", "ask", "write", "argue", "claim", "reply", "respond", "emphasise",
        "emphasize", "conclude", "recall", "admit", "acknowledge", "announce", "urge", "comment", "remark", "shout",
        "cry", "tweet", "post", "quip", "observe", "suggest", "point", "assert", "vow", "pledge", "predict",
        "complain", "concede", "contend", "lament", "joke", "reiterate", "underline", "caution", "allege", "plead",
        "scream", "yell", "demand", "boast", "muse", "whisper", "confirm", "deny", "charge", "counter", "begin",
        "go", "put");

    /**
     * A quotation's place in the text: offsets of the opening mark and of the closing mark (or of the
     * paragraph end for a quote that continues in the next paragraph), and its paragraph number.
     */
    public record QuoteSpan(int open, int close, int paragraph) {
        public Span content() {
            return new Span(open + 1, Math.max(open + 1, close));
        }
    }

    /** Finds the quotations of {@code text}. */
    public List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        int paragraph = 0;
        int open = -1;
        int openParagraph = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    // a quote open at a paragraph's end continues only if the next paragraph reopens it
                    int next = i + 1;
                    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                        next++;
                    }
                    if (next < text.length() && isOpening(text.charAt(next))) {
                        add(out, text, open, trimEnd(text, open + 1, i), openParagraph);
                    }
                    open = -1;
                }
                if (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    paragraph++;
                }
            } else if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
                open = i;
                openParagraph = paragraph;
            } else if ((c == '\u201D' || c == '\u00BB') && open >= 0) {
                add(out, text, open, i, openParagraph);
                open = -1;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                    openParagraph = paragraph;
                } else {
                    add(out, text, open, i, openParagraph);
                    open = -1;
                }
            }
        }
        return out;
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\u201C' || c == '\u00AB' || c == '\u201E';
    }

    private static int trimEnd(String text, int b, int e) {
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static void add(List<QuoteSpan> out, String text, int open, int close, int paragraph) {
        String inside = text.substring(open + 1, close).strip();
        if (inside.isEmpty() || inside.split("\\s+").length < 2) {
            return; // a scare quote, not a quotation
        }
        out.add(new QuoteSpan(open, close, paragraph));
    }

    /**
     * Quotations with speakers.
     *
     * @param mentions actor mentions per sentence, pronouns already resolved
     */
    public List<Quote> attribute(String text, List<Sentence> sentences, List<List<Mention>> mentions) {
        List<QuoteSpan> spans = find(text);
        List<Quote> out = new ArrayList<>(spans.size());
        Quote previous = null;
        int previousParagraph = -10;
        for (QuoteSpan q : spans) {
            int si = sentenceAt(sentences, Math.max(q.close() - 1, q.open()));
            int sOpen = sentenceAt(sentences, q.open());
            Mention speaker = null;
            String rule = null;
            double confidence = 0;
            if (si >= 0) {
                speaker = speechVerbSpeaker(sentences.get(si), mentions.get(si), q);
                rule = "speech-verb";
                confidence = 0.9;
                if (speaker == null && sOpen >= 0 && sOpen != si) {
                    speaker = speechVerbSpeaker(sentences.get(sOpen), mentions.get(sOpen), q);
                }
                if (speaker == null) {
                    speaker = accordingTo(sentences.get(si), mentions.get(si), q);
                    rule = "according-to";
                }
            }
            Span content = q.content();
            String words = content.of(text).strip();
            if (speaker != null) {
                previous = new Quote(words, content, speaker.actor(), speaker.span(), Math.max(sOpen, 0), rule, confidence);
            } else if (previous != null && previous.speaker() != null && q.paragraph() - previousParagraph <= 1) {
                previous = new Quote(words, content, previous.speaker(), previous.speakerSpan(), Math.max(sOpen, 0),
                    "paragraph", 0.7);
            } else {
                previous = new Quote(words, content, null, null, Math.max(sOpen, 0), "none", 0.0);
            }
            previousParagraph = q.paragraph();
            out.add(previous);
        }
        return out;
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.begin() <= offset && offset < s.end() + 1) {
                return s.index();
            }
        }
        return -1;
    }

    private static boolean outside(Token t, QuoteSpan q) {
        return t.end() <= q.open() || t.begin() > q.close();
    }

    /** "…," Tusk said / "…," said Tusk / Tusk said: "…". */
    private static Mention speechVerbSpeaker(Sentence s, List<Mention> ms, QuoteSpan q) {
        Token verb = null;
        for (Token t : s.tokens()) {
            if (outside(t, q) && t.isVerb() && SPEECH_VERBS.contains(t.key())) {
                // the verb nearest the quote wins
                if (verb == null || distance(t, q) < distance(verb, q)) {
                    verb = t;
                }
            }
        }
        if (verb == null) {
            return null;
        }
        if (s.parsed()) {
            for (Dependency d : s.graph().children(verb.index())) {
                if (d.relation().startsWith("nsubj")) {
                    Mention m = covering(ms, d.dependent());
                    if (m != null) {
                        return m;
                    }
                }
            }
        }
        // the actor right before or right after the verb, outside the quote
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : ms) {
            if (m.span().end() > q.open() && m.span().begin() <= q.close()) {
                continue;
            }
            int d = m.end() <= verb.index() ? verb.index() - m.end() : m.start() - verb.index() - 1;
            if (d >= 0 && d <= 4 && d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(Token t, QuoteSpan q) {
        return t.begin() > q.close() ? t.begin() - q.close() : q.open() - t.end();
    }

    private static Mention accordingTo(Sentence s, List<Mention> ms, QuoteSpan q) {
        List<Token> ts = s.tokens();
        for (int i = 0; i + 1 < ts.size(); i++) {
            if (ts.get(i).lowerWord().equals("according") && ts.get(i + 1).lowerWord().equals("to") && outside(ts.get(i), q)) {
                for (Mention m : ms) {
                    if (m.start() >= i + 2 && m.start() <= i + 4) {
                        return m;
                    }
                }
            }
        }
        return null;
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
