package org.dyad.event;

import org.dyad.CoderFixture;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** One-line assertions for event tests: {@code assertCodes("Israeli troops shelled Gaza", "ISRMIL", "194", "PSE")}. */
public final class EventAssertions {

    private EventAssertions() {
    }

    /**
     * The sentence yields an asserted event with this code (a 2-digit code means: any code of that root),
     * source code and target code ({@code null} target: no target; {@code "*"}: any target or none).
     */
    public static void assertCodes(String sentence, String source, String code, String target) {
        assertCodes(CoderFixture.code(sentence), sentence, source, code, target);
    }

    /** {@link #assertCodes(String, String, String, String)} on a sentence already coded as {@code a}. */
    public static void assertCodes(CodedArticle a, String sentence, String source, String code, String target) {
        for (Event e : a.events()) {
            if (e.asserted() && codeMatches(e.cameo(), code) && codeOf(e.source()).equals(source)
                && ("*".equals(target) || (target == null ? e.target() == null : codeOf(e.target()).equals(target)))) {
                return;
            }
        }
        fail("\"" + sentence + "\": expected " + source + " " + code + " " + target + ", got " + describe(a.events()));
    }

    /** The sentence yields no asserted event of this root (or code). */
    public static void assertNoEvent(String sentence, String code) {
        assertNoEvent(CoderFixture.code(sentence), sentence, code);
    }

    /** {@link #assertNoEvent(String, String)} on a sentence already coded as {@code a}. */
    public static void assertNoEvent(CodedArticle a, String sentence, String code) {
        List<Event> bad = a.events().stream().filter(e -> e.asserted() && codeMatches(e.cameo(), code)).toList();
        assertTrue(bad.isEmpty(), "\"" + sentence + "\": expected no asserted " + code + " event, got " + describe(bad));
    }

    /** The sentence yields an event of this code with this modality (asserted, negated, future, hypothetical, question). */
    public static void assertModality(String sentence, String code, String modality) {
        assertModality(CoderFixture.code(sentence), sentence, code, modality);
    }

    /** {@link #assertModality(String, String, String)} on a sentence already coded as {@code a}. */
    public static void assertModality(CodedArticle a, String sentence, String code, String modality) {
        for (Event e : a.events()) {
            if (codeMatches(e.cameo(), code) && e.modality().label().equals(modality)) {
                return;
            }
        }
        fail("\"" + sentence + "\": expected a " + modality + " " + code + " event, got " + describe(a.events()));
    }

    /**
     * The sentence yields an event of this code and modality with this source and target: actor codes, {@code "-"} for
     * none, {@code "*"} for any or none ("sentenced him for attacking a policeman": the attack's doer is no actor).
     */
    public static void assertModality(CodedArticle a, String sentence, String source, String code, String target,
                                      String modality) {
        for (Event e : a.events()) {
            if (codeMatches(e.cameo(), code) && e.modality().label().equals(modality)
                && actorMatches(e.source(), source) && actorMatches(e.target(), target)) {
                return;
            }
        }
        fail("\"" + sentence + "\": expected " + source + " " + code + " " + target + " (" + modality + "), got "
            + describe(a.events()));
    }

    private static boolean actorMatches(org.dyad.model.Actor a, String wanted) {
        return "*".equals(wanted) || ("-".equals(wanted) ? a == null : codeOf(a).equals(wanted));
    }

    static boolean codeMatches(String actual, String wanted) {
        return wanted.equals("*") || (wanted.length() == 2 ? actual.startsWith(wanted) : actual.equals(wanted));
    }

    static String codeOf(org.dyad.model.Actor a) {
        return a == null ? "null" : a.code();
    }

    public static String describe(List<Event> events) {
        if (events.isEmpty()) {
            return "no events";
        }
        return events.stream().map(e -> codeOf(e.source()) + " " + e.cameo() + " " + codeOf(e.target()) + " ("
            + e.modality().label() + ", " + e.evidence().rule() + ")").collect(Collectors.joining("; "));
    }
}
