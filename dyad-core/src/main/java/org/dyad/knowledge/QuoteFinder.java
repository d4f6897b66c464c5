package org.dyad.knowledge;

import org.dyad.actor.Mention;
import org.dyad.internal.Paragraphs;
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
 * coreference (rule {@code pronoun}: "he" or "she" is the person the sentence before is about, else
 * the speaker going on, else coreference's antecedent); then "according to X"; for a partial quote, the
 * subject of the finite clause that holds it; then the last speaker (of a quotation or a reported
 * statement) in the same or the previous paragraph. A speech verb's subject that no actor covers is the
 * speaker by its words, with the code {@code ---} ("a BA spokesperson said"); a surname alone stands for
 * the person last named in full with it. Quoted words that are themselves the speech verb's subject
 * ('The "self-development junkie" said') are a label, not a quotation.
 *
 * <p>Offsets are character offsets into the article text, 0-based, end exclusive. Immutable and
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
        "go", "put", "report", "recount", "promise", "threaten", "wonder", "chant");

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

    /** Nouns that name people ("resident", "official"): a subject that may be "he" or "she" later. */
    private final java.util.function.Predicate<String> peopleNouns;

    /** A finder that takes nouns for people from the built-in count categories ({@code counts.tsv}). */
    public QuoteFinder() {
        this(peopleNouns(new CountFinder()));
    }

    /** @param peopleNouns tells nouns that name people (lemmas) */
    public QuoteFinder(java.util.function.Predicate<String> peopleNouns) {
        this.peopleNouns = peopleNouns;
    }

    private static java.util.function.Predicate<String> peopleNouns(CountFinder counts) {
        Set<String> human = Set.of("people", "refugees", "troops", "police", "fighters", "protesters", "prisoners");
        return lemma -> {
            String c = counts.nounCategory(lemma);
            return c != null && human.contains(c) || lemma.equals("official") || lemma.equals("spokesman")
                || lemma.equals("spokeswoman") || lemma.equals("witness");
        };
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
            if (c == '\n' && Paragraphs.breakAt(text, i)) {
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
                paragraph++;
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
        if (words.length <= 3 && !inside.matches(".*[.!?,;:]$") && afterNamingWord(text, open)) {
            return; // a term the writer names: what is termed "driver mode", the so-called "red line"
        }
        out.add(new QuoteSpan(open, close, paragraph));
    }

    /** Words after which a short quotation is a term, not someone's words: termed "driver mode". */
    private static final java.util.regex.Pattern NAMING = java.util.regex.Pattern.compile(
        "(?i).*\\b(termed|so-called|known as|nicknamed|the word|the term|the phrase)\\s*$");

    private static boolean afterNamingWord(String text, int open) {
        String before = text.substring(Math.max(0, open - 30), open);
        return NAMING.matcher(before).matches();
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
        Paragraphs paragraphs = new Paragraphs(text);
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
                speaker = speechVerbSpeaker(text, sentences.get(si), mentions.get(si), q, spans, paragraphs);
                if (speaker == null && sOpen >= 0 && sOpen != si) {
                    speaker = speechVerbSpeaker(text, sentences.get(sOpen), mentions.get(sOpen), q, spans, paragraphs);
                }
                if (speaker == null) {
                    speaker = accordingTo(sentences.get(si), mentions.get(si), q);
                }
                if (speaker == null && partial) {
                    speaker = clauseSubject(text, sentences.get(sOpen), mentions.get(sOpen), q);
                }
            }
            if (speaker != null && !speaker.pronoun() && speaker.mention.span().overlaps(q.content())) {
                continue; // the quoted words name the speaker ('The "self-development junkie" said'): a label, no quotation
            }
            if (speaker != null && speaker.pronoun() && speaker.mention.resolvedBy().startsWith("coreference")
                && speaker.mention.actor().kind() == Actor.Kind.PERSON) {
                // "he said": coreference's antecedent, a person of agreeing gender who is not named inside the quote
                speaker = new Speaker(speaker.mention, "pronoun", 0.85, speaker.verb, true);
            } else if (speaker != null && speaker.pronoun()) {
                // a pronoun coreference left alone: the person the sentence before is about; else the speaker
                // going on ("he added")
                int before = Math.max(sOpen, 0) - 1;
                Mention previous = before >= 0 ? previousSubject(text, sentences.get(before), mentions, before) : null;
                Actor same = lastSpeaker != null && lastSpeaker.kind() == Actor.Kind.PERSON
                    && q.paragraph() - lastParagraph <= 1 ? lastSpeaker : null;
                if (previous != null) {
                    speaker = new Speaker(speaker.mention.withActor(previous.actor(), "coreference"), "pronoun", 0.8,
                        speaker.verb, true);
                } else if (same != null) {
                    speaker = new Speaker(speaker.mention.withActor(same, "coreference"), "pronoun", 0.85, speaker.verb, true);
                } else if (speaker.mention.resolvedBy().equals("text")) {
                    speaker = null; // an unresolved "he" names nobody
                }
            } else if (speaker != null && speaker.mention.resolvedBy().equals("text") && lastSpeaker != null
                && lastSpeaker.kind() == Actor.Kind.PERSON && q.paragraph() - lastParagraph <= 1
                && speaker.mention.span().of(text).startsWith("the ")) {
                // '"…," the real estate mogul added': an epithet no actor entry knows is the person just quoted
                speaker = new Speaker(speaker.mention.withActor(lastSpeaker, "coreference"), "epithet", 0.7, speaker.verb,
                    false);
            } else if (speaker != null) {
                speaker = new Speaker(latestFullName(text, mentions, speaker.mention), speaker.rule, speaker.confidence,
                    speaker.verb, false);
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

    /** A speaker found in the text; {@code pronoun} when it is named by "he" or "she". */
    private record Speaker(Mention mention, String rule, double confidence, String verb, boolean pronoun) {
        Speaker(Mention mention, String rule, double confidence, String verb) {
            this(mention, rule, confidence, verb, false);
        }
    }

    /** The code of a speaker that the text names by a noun phrase Dyad cannot resolve to an actor. */
    static final String UNRESOLVED = "---";
    private static final Set<String> PERSONAL = Set.of("he", "she");

    /** The paragraph number of a character offset (paragraphs are separated by line breaks). */
    static int paragraphOf(String text, int offset) {
        int paragraph = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (Paragraphs.breakAt(text, i)) {
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

    /**
     * "…," Tusk said / "…," said Tusk / Tusk said: "…" / "…," he continued / shouting: "…" (the subject of
     * the verb the participle hangs from). A subject that is no actor Dyad knows ("London City airport
     * told passengers") is the speaker by its words, with an unresolved code.
     */
    private static Speaker speechVerbSpeaker(String text, Sentence s, List<Mention> ms, QuoteSpan q, List<QuoteSpan> spans,
                                             Paragraphs paragraphs) {
        Token verb = null;
        int first = q.paragraph();
        int last = paragraphs.of(q.close());
        for (Token t : s.tokens()) {
            int p = paragraphs.of(t.begin());
            // a paragraph the sentence splitter ran into the quote's sentence says nothing of who speaks it
            if (p < first || p > last) {
                continue;
            }
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
        if (s.parsed()) {
            Speaker subject = subjectOf(text, s, ms, verb.index(), verb.key(), 0.9);
            if (subject != null) {
                return subject;
            }
            if (verb.tag().equals("VBG") || verb.tag().equals("VBN")) {
                // "…, shouting: “…”": the participle speaks with the subject of the verb it hangs from
                // the first actor up the chain wins over words Dyad cannot resolve, which a misparse may offer
                int h = s.graph().head(verb.index());
                Speaker words = null;
                for (int steps = 0; h >= 0 && steps < 4; steps++) {
                    if (s.token(h).isVerb()) {
                        Speaker up = subjectOf(text, s, ms, h, verb.key(), 0.8);
                        if (up != null && !up.mention.resolvedBy().equals("text")) {
                            return up;
                        }
                        if (words == null) {
                            words = up;
                        }
                    }
                    h = s.graph().head(h);
                }
                return words;
            }
        }
        if (s.parsed() && inverted(s, verb)) {
            // '"…," recalled Vermelhudo's cousin, Jenny Palma': the speaker parsed as the verb's object, named by
            // its apposition when the object itself is no actor
            for (int o : s.graph().children(verb.index(), "obj")) {
                Mention om = covering(ms, o);
                for (Dependency a : s.graph().children(o)) {
                    if (om == null && a.base().equals("appos") && covering(ms, a.dependent()) != null) {
                        om = covering(ms, a.dependent());
                    }
                }
                if (om == null && o + 2 < s.size() && s.token(o + 1).word().equals(",") && s.token(o).isNoun()) {
                    Mention next = covering(ms, o + 2); // the apposition the parser attached elsewhere
                    om = next != null && next.start() == o + 2 && next.actor().kind() == Actor.Kind.PERSON ? next : null;
                }
                if (om != null) {
                    return new Speaker(om, "speech-verb", 0.8, verb.key());
                }
            }
        }
        Mention m = adjacent(s, ms, verb, spans);
        if (m == null && inverted(s, verb)) {
            // '"…," said McDonald': a capitalised name after the verb that no actor covers
            int k = verb.index() + 1;
            while (k < s.size() && s.token(k).isProperNoun() && k - verb.index() <= 4) {
                k++;
            }
            if (k > verb.index() + 1) {
                Span words = new Span(s.token(verb.index() + 1).begin(), s.token(k - 1).end());
                m = unresolved(s, k - 1, words, text, Actor.Kind.PERSON);
            }
        }
        return m == null ? null : new Speaker(m, "speech-verb", 0.8, verb.key());
    }

    /** '"…," said the minister': the speech verb right after a comma or a closing quote mark. */
    private static boolean inverted(Sentence s, Token verb) {
        if (verb.index() == 0) {
            return false;
        }
        String before = s.token(verb.index() - 1).word();
        return before.equals(",") || before.equals("''") || before.equals("\"") || before.equals("\u201D")
            || before.equals("\u2019");
    }

    /**
     * The speaker named by the subject of verb {@code v}: its actor mention; a personal pronoun (resolved
     * or not, settled later); else the subject's words as an unresolved speaker. Null without a subject.
     */
    private static Speaker subjectOf(String text, Sentence s, List<Mention> ms, int v, String verb, double confidence) {
        for (Dependency d : s.graph().children(v)) {
            if (!d.relation().startsWith("nsubj") || d.relation().startsWith("nsubj:pass")) {
                continue;
            }
            Token subject = s.token(d.dependent());
            if (!subject.isNoun() && !subject.tag().startsWith("PRP") && !subject.tag().equals("CD")) {
                continue; // a misparse ("pacing" as a subject): not a speaker
            }
            boolean pronoun = subject.tag().startsWith("PRP") && PERSONAL.contains(subject.lowerWord());
            Mention m = covering(ms, d.dependent());
            if (m == null && !pronoun) {
                // "Fellow co-ordinator, Anne Marie Sanderson, said": the apposition names the speaker;
                // else an actor right before the verb that a misparse left out of the subject
                for (Dependency a : s.graph().children(d.dependent())) {
                    if (a.base().equals("appos") && covering(ms, a.dependent()) != null) {
                        m = covering(ms, a.dependent());
                        break;
                    }
                }
                if (m == null) {
                    m = rightBefore(s, ms, v);
                }
            }
            if (m != null) {
                return new Speaker(m, pronoun ? "pronoun" : "speech-verb", pronoun ? 0.85 : confidence, verb, pronoun);
            }
            Span words = pronoun ? new Span(subject.begin(), subject.end()) : nounPhrase(text, s, d.dependent());
            if (words == null || !pronoun && subject.tag().startsWith("PRP")) {
                return null; // "it", "they", "I": nobody Dyad can name
            }
            Actor unresolved = new Actor(words.of(text), UNRESOLVED, null, null,
                subject.ner().equals("PERSON") ? Actor.Kind.PERSON : Actor.Kind.SECTOR);
            Mention named = new Mention(s.index(), d.dependent(), d.dependent() + 1, d.dependent(), unresolved, words, null,
                "text", null, false);
            return new Speaker(named, pronoun ? "pronoun" : "speech-verb", pronoun ? 0.85 : 0.6, verb, pronoun);
        }
        return null;
    }

    /** An actor mention ending right before the verb, or one adverb before it ("the company also announced"). */
    private static Mention rightBefore(Sentence s, List<Mention> ms, int v) {
        for (Mention m : ms) {
            if (m.end() == v || m.end() == v - 1 && s.token(v - 1).tag().startsWith("RB")) {
                return m;
            }
        }
        return null;
    }

    /** The subject's noun phrase: its determiners, modifiers and compounds ("London City airport"), not its clauses. */
    static Span nounPhrase(String text, Sentence s, int head) {
        int[] range = {head, head};
        extend(s, head, range, 0);
        // a noun phrase does not run over a line break (a credit line the splitter joined to the sentence)
        int lo = head;
        while (lo > range[0] && !breakBetween(text, s.token(lo - 1).end(), s.token(lo).begin())) {
            lo--;
        }
        int hi = head;
        while (hi < range[1] && !breakBetween(text, s.token(hi).end(), s.token(hi + 1).begin())) {
            hi++;
        }
        return new Span(s.token(lo).begin(), s.token(hi).end());
    }

    private static boolean breakBetween(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        return nl >= 0 && nl < to;
    }

    private static void extend(Sentence s, int head, int[] range, int depth) {
        for (Dependency d : s.graph().children(head)) {
            String r = d.base();
            if (r.equals("det") || r.equals("amod") || r.equals("compound") || r.equals("nummod") || r.equals("flat")
                || r.equals("nmod") && d.relation().equals("nmod:poss")) {
                range[0] = Math.min(range[0], d.dependent());
                range[1] = Math.max(range[1], d.dependent());
                if (depth < 3) {
                    extend(s, d.dependent(), range, depth + 1);
                }
            }
        }
    }

    /**
     * The person the previous sentence is about: the subject of its main verb when that is a person
     * ("Jay Sekulow discussed …. He called …"), a name NER tags PERSON ("Burton doesn't …": the person
     * last named in full with it), or a noun for people ("One Edmonton resident questioned …"). Null
     * otherwise.
     */
    private Mention previousSubject(String text, Sentence s, List<List<Mention>> mentions, int index) {
        if (!s.parsed()) {
            return null;
        }
        List<Mention> ms = mentions.get(index);
        for (Dependency root : s.graph().edges()) {
            if (root.governor() != -1) {
                continue;
            }
            for (Dependency d : s.graph().children(root.dependent())) {
                if (!d.relation().startsWith("nsubj") || d.relation().startsWith("nsubj:pass")) {
                    continue;
                }
                Token subject = s.token(d.dependent());
                if (subject.tag().startsWith("PRP")) {
                    return null;
                }
                Mention m = covering(ms, d.dependent());
                if (m != null) {
                    return m.actor().kind() == Actor.Kind.PERSON ? m : null;
                }
                Span words = nounPhrase(text, s, d.dependent());
                if (subject.ner().equals("PERSON")) {
                    Mention named = unresolved(s, d.dependent(), words, text, Actor.Kind.PERSON);
                    return latestFullName(text, mentions, named);
                }
                if (subject.isNoun() && !subject.isProperNoun() && peopleNouns.test(subject.key())) {
                    return unresolved(s, d.dependent(), words, text, Actor.Kind.SECTOR);
                }
                return null;
            }
        }
        return null;
    }

    private static Mention unresolved(Sentence s, int head, Span words, String text, Actor.Kind kind) {
        return new Mention(s.index(), head, head + 1, head, new Actor(words.of(text), UNRESOLVED, null, null, kind), words,
            null, "text", null, false);
    }

    /**
     * A surname alone stands for the person most recently named in full with it ("Maranda Finney …
     * Finney said" is Maranda, though John Finney was named first).
     */
    static Mention latestFullName(String text, List<List<Mention>> mentions, Mention m) {
        if (m.actor().kind() != Actor.Kind.PERSON) {
            return m;
        }
        String surname = m.span().of(text).strip();
        if (surname.isEmpty() || surname.contains(" ") || !Character.isUpperCase(surname.codePointAt(0))) {
            return m;
        }
        Mention latest = null;
        for (int si = 0; si <= m.sentence() && si < mentions.size(); si++) {
            for (Mention other : mentions.get(si)) {
                if (other.span().begin() >= m.span().begin() || other.actor().kind() != Actor.Kind.PERSON) {
                    continue;
                }
                String words = other.span().of(text);
                if (words.endsWith(" " + surname) && (latest == null || other.span().begin() > latest.span().begin())) {
                    latest = other;
                }
            }
        }
        return latest == null || latest.actor().sameCode(m.actor()) && latest.actor().name().equals(m.actor().name())
            ? m : m.withActor(latest.actor(), "coreference");
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

    /**
     * Without a parse: the actor right after the verb ("said the minister") or right before it ("Tusk
     * said", "Tusk also said"), outside every quote and not across a comma.
     */
    private static Mention adjacent(Sentence s, List<Mention> ms, Token verb, List<QuoteSpan> spans) {
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
            boolean before = m.end() <= verb.index();
            if (d < 0 || d > (before ? 1 : 3) || !before && !inverted(s, verb)) {
                continue; // after the verb only in '"…," said the minister', not in 'urged Trump to'
            }
            boolean comma = false;
            int from = before ? m.end() : verb.index() + 1;
            int to = before ? verb.index() : m.start();
            for (int k = from; k < to; k++) {
                comma |= s.token(k).word().equals(",");
            }
            if (!comma && d < bestDistance) {
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

    /**
     * A partial quote's speaker: the subject of the nearest finite verb above the quoted words ("He called
     * it “…”"; "Henry described Hickson cutting off the legs as “…”" is Henry's, not Hickson's).
     */
    private static Speaker clauseSubject(String text, Sentence s, List<Mention> ms, QuoteSpan q) {
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
            if (!q.inside(tok.begin()) && tok.isVerb() && finite(s, t)) {
                Speaker sp = subjectOf(text, s, ms, t, tok.key(), 0.7);
                if (sp == null || !sp.pronoun && sp.mention.resolvedBy().equals("text")
                    && sp.mention.actor().kind() != Actor.Kind.PERSON) {
                    return null; // only a speech verb makes a thing named by its words a speaker ("the sign read")
                }
                return new Speaker(sp.mention, sp.pronoun ? "pronoun" : "clause-subject", 0.7, sp.verb, sp.pronoun);
            }
            t = s.graph().head(t);
        }
        return null;
    }

    /** A finite verb: past or present tense, or any verb with an auxiliary ("has said", "will call"). */
    private static boolean finite(Sentence s, int v) {
        String tag = s.token(v).tag();
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || s.graph().hasChild(v, "aux");
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
