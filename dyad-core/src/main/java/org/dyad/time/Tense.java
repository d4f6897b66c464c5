package org.dyad.time;

import org.dyad.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * The tense of the clause around a date word, from part-of-speech tags alone: enough to tell
 * "attacked on Friday" (the Friday before the article) from "will travel on Friday" (the one after).
 */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    /** Words that make a verb group future: "will go", "is due on", "is set to", "plans to". */
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "'ll", "wo", "shall", "due", "scheduled",
        "expected", "set", "plan", "plans", "planned", "going", "upcoming", "next");

    /**
     * The tense of the verb nearest before token {@code at} (else the nearest after it), judged with
     * the three tokens before that verb and the words between it and {@code at}.
     */
    static Tense around(List<Token> ts, int at) {
        int verb = -1;
        for (int i = at - 1; i >= 0; i--) {
            if (isVerbal(ts.get(i))) {
                verb = i;
                break;
            }
        }
        int from;
        int to;
        if (verb >= 0) {
            from = Math.max(0, verb - 3);
            to = at;
        } else {
            for (int i = at + 1; i < ts.size(); i++) {
                if (isVerbal(ts.get(i))) {
                    verb = i;
                    break;
                }
            }
            if (verb < 0) {
                return UNKNOWN;
            }
            from = Math.max(at + 1, verb - 3);
            to = verb + 1;
        }
        for (int i = from; i < to; i++) {
            if (FUTURE_MARKERS.contains(ts.get(i).lowerWord())) {
                return FUTURE;
            }
        }
        String tag = ts.get(verb).tag();
        if (tag.equals("VBD") || tag.equals("VBN")) {
            return PAST;
        }
        if (tag.equals("MD")) {
            return ts.get(verb).lowerWord().equals("would") || ts.get(verb).lowerWord().equals("could") ? UNKNOWN : FUTURE;
        }
        return PRESENT;
    }

    private static boolean isVerbal(Token t) {
        return t.isVerb() || t.tag().equals("MD");
    }
}
