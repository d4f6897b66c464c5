package org.dyad.knowledge;

import org.dyad.actor.Mention;
import org.dyad.model.Actor;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.Statement;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotations and their speakers.
 *
 * <p>Quotes: text between straight or curly double quote marks (also « », „ “ and curly single marks
 * ‘ ’ where they open after a space and close before a non-letter, so that "Russia’s" stays a word),
 * within a paragraph; a quote left open at a paragraph's end continues when the next paragraph opens
 * with a quote mark. Quotes split by an attribution ("…," he said, "…") are two quotes with one
 * speaker. One-word scare quotes and short title-case names ("Islamic State") are not quotations.
 * A quote is <em>partial</em> when it is a phrase inside the reporter's own sentence ("called the
 * attack “an act of cowardice”"): it neither opens its sentence nor follows a colon or an attribution.
 *
 * <p>Speakers, in order: a speech verb (said, added, continued, told, stressed, warned, ...) outside
 * every quote in the quote's sentence ("…," Tusk added; "…," he continued; said the minister; Tusk
 * said: "…") with its subject or the actor next to it, a pronoun being already resolved by
 * coreference (rule {@code pronoun}); then "according to X"; for a partial quote, the subject of the
 * clause that holds it; then the last speaker (of a quotation or a reported statement) in the same or
 * the previous paragraph.
 *
 * <p>Offsets are character offsets into the article text, 0-based, end exclusive. Stateless and
 * thread-safe.
 */
public final class QuoteFinder {

    /** Verbs that introduce a direct quotation. */
    static final Set<String> SPEECH_VERBS = Set.of("say", "add", "continue", "tell", "stress", "warn", "note",
        "explain", "insist", "declare", "state", "ask", "write", "argue", "claim", "reply", "respond", "emphasise",
        "emphasize", "conclude", "recall", "admit", "acknowledge", "announce", "urge", "comment", "remark", "shout",
        "cry", "tweet", "post", "quip", "observe", "suggest", "point", "assert", "vow", "pledge", "predict",
        "complain", "concede", "contend", "lament", "joke", "reiterate", "underline", "caution", "allege", "plead",
        "scream", "yell", "demand", "boast", "muse", "whisper", "confirm", "deny", "charge", "counter", "begin",
        "go", "put", "report", "recount", "promise", "threaten", "wonder");

    /**
     * A quotation's place in the text: offsets of the opening mark and of the closing mark (or of the
     * paragraph end for a quote that continues in the next paragraph), and its paragraph number.
     */
    public record QuoteSpan(int open, int close, int paragraph) {
        /** The quoted words, without the marks. */
        public Span content() {
            return new Span(open + 1, Math.max(open + 1, close));
        }

        /** Whether character {@code offset} lies strictly between the marks. */
        public boolean inside(int offset) {
            return open < offset && offset < close;
        }
    }

    /** Finds the quotations of {@code text}, in text order. */
    public List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        int paragraph = 0;
        int open = -1;
        char opener = 0;
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
                    if (next < text.length() && opener != '\u2018' && isOpening(text.charAt(next))) {
                        add(out, text, open, trimEnd(text, open + 1, i), openParagraph);
                    }
                    open = -1;
                }
                if (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    paragraph++;
                }
            } else if (open < 0 && (c == '\u201C' || c == '\u00AB' || c == '\u201E' || c == '"')) {
                open = i;
                opener = c;
                openParagraph = paragraph;
            } else if (open < 0 && c == '\u2018' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                open = i;
                opener = c;
                openParagraph = paragraph;
            } else if (open >= 0 && closes(opener, c, text, i)) {
                add(out, text, open, i, openParagraph);
                open = -1;
            } else if (open >= 0 && opener == '\u2018' && (c == '\u201C' || c == '"')) {
                // a double mark inside a single-quoted stretch: the single mark was an apostrophe
                open = i;
                opener = c;
                openParagraph = paragraph;
            }
        }
        return out;
    }

    private static boolean closes(char opener, char c, String text, int i) {
        return switch (opener) {
            case '"' -> c == '"' || c == '\u201D';
            case '\u201C' -> c == '\u201D' || c == '"';
            case '\u201E' -> c == '\u201C' || c == '\u201D';
            case '\u00AB' -> c == '\u00BB';
            // a closing single mark is followed by no letter ("Russia’s" is a word, not a close)
            case '\u2018' -> c == '\u2019' && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)))
                && i > 0 && !Character.isWhitespace(text.charAt(i - 1));
            default -> false;
        };
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
        String[] words = inside.isEmpty() ? new String[0] : inside.split("\\s+");
        if (words.length < 2) {
            return; // a scare quote, not a quotation
        }
        if (words.length <= 4 && titleCase(words) && !inside.matches(".*[.!?,;:]$")) {
            return; // a name or title: "Islamic State", "Operation Olive Branch"
        }
        out.add(new QuoteSpan(open, close, paragraph));
    }

    private static boolean titleCase(String[] words) {
        for (String w : words) {
            if (w.length() > 3 && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].codePointAt(0));
    }

    /** Quotations with speakers, without reported statements to carry speakers over. */
    public List<Quote> attribute(String text, List<Sentence> sentences, List<List<Mention>> mentions) {
        return attribute(text, sentences, mentions, List.of());
    }

    /**
     * Quotations with speakers.
     *
     * @param mentions   actor mentions per sentence, pronouns already resolved
     * @param statements reported statements of the article (their speakers continue into later quotes)
     */
    public List<Quote> attribute(String text, List<Sentence> sentences, List<List<Mention>> mentions,
                                 List<Statement> statements) {
        List<QuoteSpan> spans = find(text);
        List<Quote> out = new ArrayList<>(spans.size());
        Actor lastSpeaker = null;
        Span lastSpeakerSpan = null;
        int lastParagraph = -10;
        int nextStatement = 0;
        for (QuoteSpan q : spans) {
            // statements before this quote name the paragraph's current speaker too
            while (nextStatement < statements.size() && statements.get(nextStatement).verbSpan().begin() < q.open()) {
                Statement st = statements.get(nextStatement++);
                if (st.speaker() != null) {
                    lastSpeaker = st.speaker();
                    lastSpeakerSpan = st.speakerSpan();
                    lastParagraph = paragraphOf(text, st.verbSpan().begin());
                }
            }
            int si = sentenceAt(sentences, Math.max(q.close() - 1, q.open()));
            int sOpen = sentenceAt(sentences, q.open());
            boolean partial = sOpen >= 0 && isPartial(text, sentences.get(sOpen), q, spans);
            Speaker speaker = null;
            if (si >= 0) {
                speaker = speechVerbSpeaker(sentences.get(si), mentions.get(si), q, spans);
                if (speaker == null && sOpen >= 0 && sOpen != si) {
                    speaker = speechVerbSpeaker(sentences.get(sOpen), mentions.get(sOpen), q, spans);
                }
                if (speaker == null) {
                    speaker = accordingTo(sentences.get(si), mentions.get(si), q);
                }
                if (speaker == null && partial) {
                    speaker = clauseSubject(sentences.get(sOpen), mentions.get(sOpen), q);
                }
            }
            Span content = q.content();
            String words = content.of(text).strip();
            int sentence = Math.max(sOpen, 0);
            Quote quote;
            if (speaker != null) {
                quote = new Quote(words, content, speaker.mention.actor(), speaker.mention.span(), sentence, speaker.rule,
                    speaker.confidence, speaker.verb, partial);
            } else if (lastSpeaker != null && q.paragraph() - lastParagraph <= 1) {
                quote = new Quote(words, content, lastSpeaker, lastSpeakerSpan, sentence, "paragraph", 0.7, null, partial);
            } else {
                quote = new Quote(words, content, null, null, sentence, "none", 0.0, null, partial);
            }
            if (quote.speaker() != null) {
                lastSpeaker = quote.speaker();
                lastSpeakerSpan = quote.speakerSpan();
                lastParagraph = q.paragraph();
            }
            out.add(quote);
        }
        return out;
    }

    private record Speaker(Mention mention, String rule, double confidence, String verb) {
    }

    /** The paragraph number of a character offset (paragraphs are separated by line breaks). */
    static int paragraphOf(String text, int offset) {
        int paragraph = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                paragraph++;
            }
        }
        return paragraph;
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.begin() <= offset && offset < s.end() + 1) {
                return s.index();
            }
        }
        return -1;
    }

    private static boolean outsideAll(Token t, List<QuoteSpan> spans) {
        for (QuoteSpan q : spans) {
            if (t.begin() >= q.open() && t.begin() <= q.close()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a quote is a phrase inside the reporter's sentence: it does not open the sentence, does
     * not follow a colon, and does not follow a comma after an attribution or after another quote.
     */
    private static boolean isPartial(String text, Sentence s, QuoteSpan q, List<QuoteSpan> spans) {
        int b = q.open() - 1;
        while (b >= s.begin() && Character.isWhitespace(text.charAt(b))) {
            b--;
        }
        if (b < s.begin()) {
            return false;
        }
        char before = text.charAt(b);
        if (before == ':' || before == '\u2014' || before == '(') {
            return false;
        }
        if (before == ',' || before == '\u2013' || before == '-') {
            return false; // "…," he said, "…" and "He said, “…”"
        }
        // "Tusk said “we …”" without punctuation: the attribution verb right before the mark
        for (Token t : s.tokens()) {
            if (t.end() <= q.open() && t.end() > b - 1 && t.isVerb() && SPEECH_VERBS.contains(t.key())) {
                return false;
            }
        }
        return true;
    }

    /** "…," Tusk said / "…," said Tusk / Tusk said: "…" / "…," he continued. */
    private static Speaker speechVerbSpeaker(Sentence s, List<Mention> ms, QuoteSpan q, List<QuoteSpan> spans) {
        Token verb = null;
        for (Token t : s.tokens()) {
            if (outsideAll(t, spans) && t.isVerb() && SPEECH_VERBS.contains(t.key()) && !passive(s, t)) {
                // the verb nearest the quote wins
                if (verb == null || distance(t, q) < distance(verb, q)) {
                    verb = t;
                }
            }
        }
        if (verb == null) {
            return null;
        }
        Mention m = null;
        if (s.parsed()) {
            for (Dependency d : s.graph().children(verb.index())) {
                if (d.relation().startsWith("nsubj") && !d.relation().startsWith("nsubj:pass")) {
                    m = covering(ms, d.dependent());
                    if (m != null) {
                        break;
                    }
                }
            }
        }
        if (m == null) {
            m = adjacent(ms, verb, spans);
        }
        if (m == null) {
            return null;
        }
        boolean pronoun = m.resolvedBy().equals("coreference") && m.end() - m.start() == 1
            && s.token(m.start()).tag().startsWith("PRP");
        return new Speaker(m, pronoun ? "pronoun" : "speech-verb", pronoun ? 0.85 : 0.9, verb.key());
    }

    /** "it was said": a passive speech verb names no speaker. */
    private static boolean passive(Sentence s, Token verb) {
        if (!verb.tag().equals("VBN") || verb.index() == 0) {
            return false;
        }
        String before = s.token(verb.index() - 1).lowerWord();
        return before.equals("was") || before.equals("were") || before.equals("been") || before.equals("is")
            || before.equals("be") || before.equals("being") || before.equals("are");
    }

    /** The actor right before or right after the verb, outside every quote: "Tusk said", "said the minister". */
    private static Mention adjacent(List<Mention> ms, Token verb, List<QuoteSpan> spans) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : ms) {
            boolean quoted = false;
            for (QuoteSpan q : spans) {
                if (m.span().end() > q.open() && m.span().begin() <= q.close()) {
                    quoted = true;
                    break;
                }
            }
            if (quoted) {
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

    private static Speaker accordingTo(Sentence s, List<Mention> ms, QuoteSpan q) {
        List<Token> ts = s.tokens();
        for (int i = 0; i + 1 < ts.size(); i++) {
            if (ts.get(i).lowerWord().equals("according") && ts.get(i + 1).lowerWord().equals("to")
                && (ts.get(i).end() <= q.open() || ts.get(i).begin() > q.close())) {
                for (Mention m : ms) {
                    if (m.start() >= i + 2 && m.start() <= i + 4) {
                        return new Speaker(m, "according-to", 0.85, null);
                    }
                }
            }
        }
        return null;
    }

    /** A partial quote's speaker: the subject of the nearest verb above the quoted words ("He called it “…”"). */
    private static Speaker clauseSubject(Sentence s, List<Mention> ms, QuoteSpan q) {
        if (!s.parsed()) {
            return null;
        }
        int first = s.tokenAt(q.content().begin());
        if (first < 0) {
            first = s.tokenAt(q.open() + 2);
        }
        if (first < 0) {
            return null;
        }
        int t = first;
        for (int steps = 0; steps < 12 && t >= 0; steps++) {
            Token tok = s.token(t);
            boolean quoted = q.inside(tok.begin());
            if (!quoted && tok.isVerb()) {
                for (Dependency d : s.graph().children(t)) {
                    if (d.relation().startsWith("nsubj") && !d.relation().startsWith("nsubj:pass")) {
                        Mention m = covering(ms, d.dependent());
                        if (m != null) {
                            return new Speaker(m, "clause-subject", 0.7, tok.key());
                        }
                    }
                }
                return null;
            }
            t = s.graph().head(t);
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
