package org.dyad.knowledge;

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

/**
 * Numbers with what they count: "1 million asylum-seekers" (refugees), "at least 12 people were
 * killed" (killed), "3,000 troops" (troops), "$2 billion in aid" (money). The categories come from
 * {@code counts.tsv}. Immutable and thread-safe.
 */
public final class CountFinder {

    private final Map<String, String> nouns = new HashMap<>();
    private final Map<String, String> events = new HashMap<>();

    public CountFinder() {
        for (Tsv.Row r : Tsv.resource(CountFinder.class, "counts.tsv", 3)) {
            Map<String, String> target = switch (r.get(1)) {
                case "noun" -> nouns;
                case "event" -> events;
                default -> throw r.error("kind must be noun or event, not '" + r.get(1) + "'");
            };
            for (String lemma : r.list(2)) {
                if (target.put(lemma, r.get(0)) != null) {
                    throw r.error("lemma '" + lemma + "' is listed twice");
                }
            }
        }
    }

    /** The counts of one sentence. */
    public List<Count> find(Sentence s, String text) {
        List<Count> out = new ArrayList<>();
        List<Token> ts = s.tokens();
        for (EntityMention e : s.entities()) {
            boolean money = e.type().equals("MONEY");
            if (!money && !e.type().equals("NUMBER")) {
                continue;
            }
            Double value = parse(e.normalized());
            if (value == null) {
                continue;
            }
            if (money) {
                Span span = new Span(e.begin(), e.end());
                out.add(new Count(span.of(text), value, "money", null, span, s.index()));
                continue;
            }
            // the counted noun: next noun within three tokens, skipping adjectives ("1 million asylum-seekers")
            int noun = -1;
            for (int i = e.endToken(); i < ts.size() && i < e.endToken() + 4; i++) {
                Token t = ts.get(i);
                if (t.isNoun()) {
                    noun = i;
                    if (i + 1 < ts.size() && ts.get(i + 1).isNoun()) {
                        continue; // compound: "aid workers" counts workers
                    }
                    break;
                }
                if (!t.isAdjective() && !t.lowerWord().equals("of") && !t.tag().equals("VBN") && !t.tag().equals("VBG")) {
                    break;
                }
            }
            if (noun < 0) {
                continue;
            }
            Token n = ts.get(noun);
            String category = nouns.get(n.key());
            String event = eventCategory(s, noun, e.endToken());
            if (event != null) {
                category = event;
            }
            if (category == null) {
                continue;
            }
            int begin = e.begin();
            if (e.startToken() >= 2 && ts.get(e.startToken() - 2).lowerWord().equals("at")
                && ts.get(e.startToken() - 1).lowerWord().matches("least|most")) {
                begin = ts.get(e.startToken() - 2).begin();
            }
            Span span = new Span(begin, n.end());
            out.add(new Count(span.of(text), value, category, n.key(), span, s.index()));
        }
        return out;
    }

    /** "killed" in "12 people were killed", "12 dead", "killing 12 people". */
    private String eventCategory(Sentence s, int noun, int after) {
        List<Token> ts = s.tokens();
        if (s.parsed()) {
            for (Dependency p : s.graph().parents(noun)) {
                if (p.governor() >= 0) {
                    String c = events.get(ts.get(p.governor()).key());
                    if (c != null && (p.relation().startsWith("nsubj") || p.relation().equals("obj"))) {
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
        // unparsed: "12 people were killed" within a short window
        for (int i = noun + 1; i < ts.size() && i <= noun + 3; i++) {
            String c = events.get(ts.get(i).key());
            if (c != null && (ts.get(i).isVerb() || ts.get(i).isAdjective())) {
                return c;
            }
        }
        String c = events.get(ts.get(noun).key());
        return c;
    }

    static Double parse(String normalized) {
        if (normalized == null) {
            return null;
        }
        String v = normalized.replaceAll("^[^0-9.\\-]+", "").replace(",", "");
        int space = v.indexOf(' ');
        if (space > 0) {
            v = v.substring(0, space);
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
