package org.dyad.knowledge;

import org.dyad.event.EventMention;
import org.dyad.internal.Tsv;
import org.dyad.model.Count;
import org.dyad.model.Span;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.EntityMention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers with what they count: "1 million asylum-seekers" (refugees), "at least 12 people were
 * killed" (killed), "3,000 troops" (troops), "$2 billion in aid" (money), "dozens of protesters"
 * (protesters, vague). The categories come from {@code counts.tsv} (or a file in its format): the
 * counted noun gives one ("troops"), and a verb or adjective that says what happened to the counted
 * ("killed", "wounded", "arrested") overrides it. Numbers inside date expressions are not counts.
 *
 * <p>Spans are character offsets into the article text, 0-based, end exclusive. Immutable and
 * thread-safe.
 */
public final class CountFinder {

    /** Vague amounts and the conventional value Dyad gives them (GDELT-style lower readings). */
    private static final Map<String, Double> VAGUE = Map.of("dozens", 24.0, "scores", 40.0, "hundreds", 200.0,
        "thousands", 2000.0, "millions", 2_000_000.0, "tens", 20.0, "handful", 3.0, "dozen", 12.0);
    private static final Map<String, Double> MULTIPLIERS = Map.of("hundred", 100.0, "thousand", 1000.0,
        "million", 1_000_000.0, "billion", 1_000_000_000.0);
    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("$", "USD", "US$", "USD", "€", "EUR",
        "£", "GBP", "¥", "JPY", "A$", "AUD", "C$", "CAD", "₹", "INR", "₺", "TRY", "₽", "RUB");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollar", "USD"),
        Map.entry("euro", "EUR"), Map.entry("pound", "GBP"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
        Map.entry("ruble", "RUB"), Map.entry("rouble", "RUB"), Map.entry("lira", "TRY"), Map.entry("yen", "JPY"),
        Map.entry("rupee", "INR"), Map.entry("riyal", "SAR"), Map.entry("shekel", "ILS"), Map.entry("franc", "CHF"),
        Map.entry("dinar", "IQD"), Map.entry("rial", "IRR"), Map.entry("hryvnia", "UAH"), Map.entry("naira", "NGN"));
    /** Money names its currency: a symbol or a currency word. */
    private static final java.util.regex.Pattern CURRENCY_TEXT = java.util.regex.Pattern.compile(
        "[$€£¥₹₺₽]|(?i)\\b(dollars?|euros?|pounds?|yuan|renminbi|rubles?|roubles?|lira|liras|yen|rupees?|riyals?|shekels?"
            + "|francs?|dinars?|rials?|hryvnias?|naira|cents?|pence)\\b");
    private static final Set<String> ABOUT = Set.of("about", "around", "nearly", "almost", "some", "approximately",
        "roughly", "estimated", "perhaps", "maybe", "possibly", "reportedly");

    private final Map<String, String> nouns = new HashMap<>();
    private final Map<String, String> events = new HashMap<>();

    /** The built-in categories ({@code counts.tsv}). */
    public CountFinder() {
        this(Tsv.resource(CountFinder.class, "counts.tsv", 3));
    }

    /**
     * Categories from rows in {@code counts.tsv}'s format: category, kind ({@code noun} or {@code event}),
     * |-separated lemmas.
     *
     * @throws IllegalArgumentException naming the file and line of a bad row
     */
    public CountFinder(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            if (!r.get(0).matches("[a-z][a-z-]*")) {
                throw r.error("category must be a lower-case word, not '" + r.get(0) + "'");
            }
            Map<String, String> target = switch (r.get(1)) {
                case "noun" -> nouns;
                case "event" -> events;
                default -> throw r.error("kind must be noun or event, not '" + r.get(1) + "'");
            };
            if (r.list(2).isEmpty()) {
                throw r.error("no lemmas");
            }
            for (String lemma : r.list(2)) {
                if (!lemma.equals(lemma.toLowerCase(java.util.Locale.ROOT)) || lemma.contains(" ")) {
                    throw r.error("lemma '" + lemma + "' must be one lower-case word");
                }
                if (target.put(lemma, r.get(0)) != null) {
                    throw r.error("lemma '" + lemma + "' is listed twice");
                }
            }
        }
    }

    /** The category of a counted noun's lemma, or null. */
    public String nounCategory(String lemma) {
        return nouns.get(lemma);
    }

    /** The category of an event word's lemma ("kill" → killed), or null. */
    public String eventCategory(String lemma) {
        return events.get(lemma);
    }

    /** The counts of one sentence, in text order. */
    public List<Count> find(Sentence s, String text) {
        List<Count> out = new ArrayList<>();
        List<Token> ts = s.tokens();
        boolean[] used = new boolean[ts.size()];
        for (EntityMention e : s.entities()) {
            boolean money = e.type().equals("MONEY");
            if (!money && !e.type().equals("NUMBER") || ts.get(e.startToken()).ner().equals("DATE")) {
                continue;
            }
            Double value = parse(e.normalized());
            if (value == null) {
                continue;
            }
            int start = e.startToken();
            String qualifier = null;
            if (!money && start > 0 && ts.get(start - 1).lowerWord().matches("several|many|few")
                && MULTIPLIERS.containsKey(ts.get(e.endToken() - 1).lowerWord())) {
                // "several million refugees": a vague multiple of the unit NER read as the number
                value *= 3;
                start--;
                qualifier = "vague";
            }
            Count c = money ? money(s, text, e, value) : counted(s, text, start, e.endToken(), value, qualifier);
            if (c != null) {
                out.add(c);
                for (int i = start; i < e.endToken(); i++) {
                    used[i] = true;
                }
            }
        }
        // vague amounts: "dozens of", "hundreds of thousands of", "a handful of", "several hundred"
        for (int i = 0; i < ts.size(); i++) {
            if (used[i]) {
                continue;
            }
            String w = ts.get(i).lowerWord();
            int end;
            double value;
            if (w.equals("several") && i + 1 < ts.size() && MULTIPLIERS.containsKey(ts.get(i + 1).lowerWord())) {
                value = 3 * MULTIPLIERS.get(ts.get(i + 1).lowerWord());
                end = i + 2;
            } else if (VAGUE.containsKey(w) && (i + 1 < ts.size() && ts.get(i + 1).lowerWord().equals("of")
                || w.equals("dozen"))) {
                value = VAGUE.get(w);
                end = i + 1;
                // "tens of thousands of", "hundreds of millions of"
                String second = i + 2 < ts.size() ? ts.get(i + 2).lowerWord() : "";
                if ((w.equals("tens") || w.equals("hundreds")) && ts.get(i + 1).lowerWord().equals("of")
                    && (second.equals("thousands") || second.equals("millions"))) {
                    value = (w.equals("tens") ? 20.0 : 200.0) * (second.equals("thousands") ? 1000.0 : 1_000_000.0);
                    end = i + 3;
                }
                if (w.equals("dozen") && i > 0 && ts.get(i - 1).lowerWord().matches("a|one")) {
                    Count c = counted(s, text, i - 1, i + 1, 12, "about");
                    if (c != null) {
                        out.add(c);
                    }
                    continue;
                }
            } else {
                continue;
            }
            Count c = counted(s, text, i, end, value, "vague");
            if (c != null) {
                out.add(c);
                i = end - 1;
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** A number over tokens [start, end) with the noun it counts, or null when it counts nothing Dyad knows. */
    private Count counted(Sentence s, String text, int start, int end, double value, String qualifier) {
        List<Token> ts = s.tokens();
        // the counted noun: the next noun within four tokens, skipping adjectives, "of", participles
        // ("1 million asylum-seekers", "dozens of injured civilians", "12 people")
        int noun = -1;
        for (int i = end; i < ts.size() && i < end + 4; i++) {
            Token t = ts.get(i);
            if (t.isNoun()) {
                noun = i;
                if (i + 1 < ts.size() && ts.get(i + 1).isNoun() && !ts.get(i + 1).isProperNoun()) {
                    continue; // compound: "aid workers" counts workers
                }
                break;
            }
            if (!t.isAdjective() && !t.lowerWord().equals("of") && !t.lowerWord().equals("other")
                && !t.tag().equals("VBN") && !t.tag().equals("VBG") && !t.lowerWord().equals("more")) {
                break;
            }
        }
        String category = null;
        String rule = null;
        String lemma = null;
        int last;
        if (noun >= 0) {
            lemma = ts.get(noun).key();
            category = nouns.get(lemma);
            rule = category == null ? null : "noun";
            String event = eventCategory(s, noun);
            if (event != null && overrides(event, category)) {
                category = event;
                rule = "event-word";
            }
            last = noun;
        } else {
            // "12 dead", "30 were wounded": the event word counts the people it happened to
            last = end - 1;
            for (int i = end; i < ts.size() && i <= end + 2; i++) {
                String c = events.get(ts.get(i).key());
                if (c != null && (ts.get(i).isAdjective() || ts.get(i).isVerb() || ts.get(i).tag().equals("NNS"))) {
                    category = c;
                    rule = "event-word";
                    last = i;
                    break;
                }
                if (!ts.get(i).lowerWord().matches("were|are|have|had|been|was|others?")) {
                    break;
                }
            }
            if (last >= end && !ts.get(last).isAdjective()) {
                last = end - 1; // "30 were wounded": the count is the number
            }
        }
        if (category == null) {
            return null;
        }
        int begin = ts.get(start).begin();
        if (qualifier == null) {
            qualifier = qualifierBefore(ts, start);
            int q = qualifierStart(ts, start);
            if (q >= 0) {
                begin = ts.get(q).begin();
            }
        }
        Span span = new Span(begin, ts.get(last).end());
        return new Count(span.of(text), value, category, lemma, null, qualifier, span, s.index(), null, rule);
    }

    /**
     * Whether what happened to the counted wins over what they are: "12 soldiers were killed" counts
     * the killed, but "1 million refugees fled" stays refugees, and only people become protesters.
     */
    private static boolean overrides(String event, String noun) {
        if (noun == null) {
            return true;
        }
        return switch (event) {
            case "displaced" -> !noun.equals("refugees");
            case "protesters" -> noun.equals("people");
            default -> true;
        };
    }

    /** "at least 12", "more than 100", "about 300", "up to 50". */
    private static String qualifierBefore(List<Token> ts, int start) {
        String w1 = start >= 1 ? ts.get(start - 1).lowerWord() : "";
        String w2 = start >= 2 ? ts.get(start - 2).lowerWord() : "";
        if (w2.equals("at") && w1.equals("least")) {
            return "at-least";
        }
        if (w2.equals("at") && w1.equals("most") || w2.equals("up") && w1.equals("to")) {
            return "at-most";
        }
        if (w1.equals("than") && (w2.equals("more") || w2.equals("over"))) {
            return "more-than";
        }
        if (w1.equals("than") && (w2.equals("less") || w2.equals("fewer"))) {
            return "less-than";
        }
        if (w1.equals("over")) {
            return "more-than";
        }
        if (w1.equals("under")) {
            return "less-than";
        }
        if (ABOUT.contains(w1) || w2.equals("an") && w1.equals("estimated")) {
            return "about";
        }
        return null;
    }

    private static int qualifierStart(List<Token> ts, int start) {
        String q = qualifierBefore(ts, start);
        if (q == null) {
            return -1;
        }
        String w1 = ts.get(start - 1).lowerWord();
        boolean two = start >= 2 && (w1.equals("least") || w1.equals("most") || w1.equals("than")
            || w1.equals("to") && ts.get(start - 2).lowerWord().equals("up") || w1.equals("estimated"));
        return two ? start - 2 : start - 1;
    }

    /** "killed" in "12 people were killed", "killing 12 people", "12 dead civilians". */
    private String eventCategory(Sentence s, int noun) {
        List<Token> ts = s.tokens();
        if (s.parsed()) {
            for (Dependency p : s.graph().parents(noun)) {
                if (p.governor() >= 0) {
                    String c = events.get(ts.get(p.governor()).key());
                    // what happened to them: "12 people were killed", "killing 12 people", "12 people died";
                    // not what they did: "two bombs killed six officers" counts bombs, not the killed
                    boolean victim = p.relation().equals("obj") || p.relation().startsWith("nsubj:pass")
                        || p.relation().startsWith("nsubj") && !s.graph().hasChild(p.governor(), "obj");
                    if (c != null && victim) {
                        return c;
                    }
                }
            }
            for (Dependency d : s.graph().children(noun)) {
                String c = events.get(ts.get(d.dependent()).key());
                if (c != null && (d.relation().equals("amod") || d.relation().startsWith("acl"))) {
                    return c;
                }
            }
        }
        // unparsed: "12 people were killed" within a short window, "12 injured people" before the noun
        for (int i = noun + 1; !s.parsed() && i < ts.size() && i <= noun + 3; i++) {
            String c = events.get(ts.get(i).key());
            if (c != null && (ts.get(i).isVerb() || ts.get(i).isAdjective())) {
                return c;
            }
            if (!ts.get(i).lowerWord().matches("were|are|was|is|have|has|had|been|reportedly|also|later")) {
                break;
            }
        }
        if (noun > 0) {
            String c = events.get(ts.get(noun - 1).key());
            if (c != null && (ts.get(noun - 1).isAdjective() || ts.get(noun - 1).tag().equals("VBN"))) {
                return c;
            }
        }
        return events.get(ts.get(noun).key());
    }

    /** Money: "$2 billion in aid", "€5 million", "300 million dollars"; not "859 million pounds of cranberries". */
    private static Count money(Sentence s, String text, EntityMention e, double value) {
        List<Token> ts = s.tokens();
        Token last = ts.get(e.endToken() - 1);
        if (last.key().equals("pound") && !text.substring(e.begin(), e.end()).contains("£") && e.endToken() < ts.size()
            && ts.get(e.endToken()).lowerWord().equals("of")) {
            return null; // pounds of something weigh it
        }
        if (!CURRENCY_TEXT.matcher(text.substring(e.begin(), e.end())).find()) {
            return null; // "the #2 at the State Department": a rank, not money
        }
        String unit = null;
        String norm = e.normalized() == null ? "" : e.normalized().replaceAll("^[~<>=]+", "");
        for (Map.Entry<String, String> c : CURRENCY_SYMBOLS.entrySet()) {
            if (norm.startsWith(c.getKey()) && (unit == null || c.getKey().length() > 1)) {
                unit = c.getValue();
            }
        }
        String words = text.substring(e.begin(), e.end());
        if (words.startsWith("US$") || words.startsWith("US $")) {
            unit = "USD";
        }
        for (int i = e.startToken(); i < e.endToken(); i++) {
            String k = ts.get(i).key();
            if (CURRENCY_WORDS.containsKey(k)) {
                unit = CURRENCY_WORDS.get(k);
            }
        }
        int end = e.endToken();
        String noun = null;
        // "$2 billion in aid", "$1 billion of loans", "$500 million for reconstruction"
        if (end + 1 < ts.size() && ts.get(end).lowerWord().matches("in|of|for|worth") && ts.get(end + 1).isNoun()) {
            noun = ts.get(end + 1).key();
            end += 2;
        }
        int begin = e.begin();
        String qualifier = qualifierBefore(ts, e.startToken());
        int q = qualifierStart(ts, e.startToken());
        if (q >= 0) {
            begin = ts.get(q).begin();
        }
        Span span = new Span(begin, Math.max(e.end(), ts.get(end - 1).end()));
        return new Count(span.of(text), value, "money", noun, unit, qualifier, span, s.index(), null, "money");
    }

    /**
     * Links each count to the event of its clause: the event whose trigger and the count's last word
     * (the counted noun or event word) hang under the same nearest verb in the dependency parse; in a
     * sentence that was not parsed, the sentence's only event.
     *
     * @param events the article's events, in the order of {@code CodedArticle.events()}
     * @return the counts, those with an event carrying its index
     */
    public static List<Count> link(List<Count> counts, List<Sentence> sentences, List<EventMention> events) {
        List<Count> out = new ArrayList<>(counts.size());
        for (Count c : counts) {
            Sentence s = sentences.get(c.sentence());
            int word = s.tokenAt(c.span().end() - 1);
            Integer linked = null;
            int inSentence = 0;
            Integer only = null;
            for (int i = 0; i < events.size(); i++) {
                EventMention e = events.get(i);
                if (e.sentence() != c.sentence()) {
                    continue;
                }
                inSentence++;
                only = i;
                if (s.parsed() && word >= 0 && linked == null) {
                    int head = clauseHead(s, word);
                    if (head >= 0 && (head == clauseHead(s, e.trigger()) || e.words().contains(word))) {
                        linked = i;
                    }
                }
            }
            if (linked == null && !s.parsed() && inSentence == 1) {
                linked = only;
            }
            out.add(linked == null ? c : c.withEvent(linked));
        }
        return out;
    }

    /**
     * The nearest finite verb at or above a token (its clause's head), or -1. A participle clause
     * ("..., killing 40 civilians") belongs to the clause it hangs from.
     */
    private static int clauseHead(Sentence s, int token) {
        int t = token;
        for (int steps = 0; steps < 30 && t >= 0; steps++) {
            Token tok = s.token(t);
            String rel = s.graph().relationToHead(t);
            boolean participle = (tok.tag().equals("VBG") || tok.tag().equals("VBN"))
                && (rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.startsWith("acl"));
            if (tok.isVerb() && !participle) {
                return t;
            }
            t = s.graph().head(t);
        }
        return -1;
    }

    /** The number in CoreNLP's normalised value ("$2.0E9", ">=12.0", "~300.0"), or null. */
    static Double parse(String normalized) {
        if (normalized == null) {
            return null;
        }
        String v = normalized.replaceAll("^[^0-9.\\-]+", "").replace(",", "");
        int space = v.indexOf(' ');
        if (space > 0) {
            v = v.substring(0, space);
        }
        int dash = v.indexOf('-', 1);
        if (dash > 0) {
            v = v.substring(0, dash); // a range "10-12": its lower end
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
