package org.dyad.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An actor from a dictionary that gives codes rather than facts (a TABARI/PETRARCH {@code .actors}
 * file): names, and the code or codes they stand for, possibly for a period only
 * ({@code [POLGOV >071116]}, {@code [USAELI 750101-000101]}).
 *
 * <p>Which code applies on a date: the first dated code whose period holds the date, in the order
 * given; else the undated (default) code; else none. Without a date: the default code, else the last
 * dated code given. A code may name several actors at once ({@code ELR/GAL}); the code {@code ---}
 * says the name is known and is not an actor.
 *
 * @param names  the names as Dyad matches them (words separated by single spaces), first the primary one
 * @param codes  the codes in the order the dictionary gives them
 * @param source file and line of the entry
 */
public record CodedActor(List<String> names, List<Code> codes, String source) {

    /** The code that stands for no actor. */
    public static final String NONE = "---";

    /**
     * One code with the period it applies to; {@code from} and {@code to} are inclusive, null for an open end.
     * Both null: the default code.
     */
    public record Code(String code, LocalDate from, LocalDate to) {
        public Code {
            Objects.requireNonNull(code, "code");
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("code " + code + ": period ends (" + to + ") before it starts (" + from + ")");
            }
        }

        public boolean dated() {
            return from != null || to != null;
        }

        public boolean holds(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    public CodedActor {
        names = List.copyOf(names);
        codes = List.copyOf(codes);
        if (names.isEmpty()) {
            throw new IllegalArgumentException(source + ": an actor needs a name");
        }
    }

    /** The actor codes that apply on {@code date} (may be null); empty when none applies or the code is {@code ---}. */
    public List<String> codesOn(LocalDate date) {
        Code chosen = null;
        if (date != null) {
            for (Code c : codes) {
                if (c.dated() && c.holds(date)) {
                    chosen = c;
                    break;
                }
            }
        }
        if (chosen == null) {
            for (Code c : codes) {
                if (!c.dated()) {
                    chosen = c;
                    break;
                }
            }
        }
        if (chosen == null && date == null && !codes.isEmpty()) {
            chosen = codes.get(codes.size() - 1);
        }
        if (chosen == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(1);
        for (String part : chosen.code().split("/")) {
            String p = part.strip();
            if (!p.isEmpty() && !p.equals(NONE)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
