package org.dyad.petrarch;

import org.dyad.actor.CodedActor;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TABARI/PETRARCH actor dictionary ({@code .actors}), read as it is.
 *
 * <p>An entry is a primary phrase, optionally with its code ({@code GONDOR [GON]}), then synonym
 * phrases that begin with {@code +} ({@code +MINAS_TIRITH}), then codes on indented lines of their own
 * ({@code \t[HOBGOV 19950601-19990815]}). A code may carry a date restriction: {@code <date} (on or
 * before), {@code >date} (on or after), {@code date-date} (between, inclusive); dates are YYYYMMDD or
 * YYMMDD, where a two-digit year up to {@value #PIVOT} is in the 2000s and a later one in the 1900s.
 * A code without a restriction is the default. Words of a phrase are separated by blanks or
 * underscores; a trailing underscore (TABARI's "whole word") is dropped, since Dyad always matches
 * whole words. Comments: see {@link DictionaryLines}. What {@link CodedActor#codesOn} makes of the
 * codes is described there.
 *
 * <p>A structurally broken line (a code line before any phrase, an unclosed bracket, a bad date) is a
 * {@link DictionaryException} naming the file and line. Immutable.
 */
public final class PetrarchActors {

    /** Two-digit years up to this are read as 20YY, later ones as 19YY. */
    static final int PIVOT = 30;

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RESTRICTION = Pattern.compile(
        "(?<code>\\S+)(?:\\s*(?<op>[<>])\\s*(?<d1>\\d{6}|\\d{8})|\\s+(?<from>\\d{6}|\\d{8})\\s*-\\s*(?<to>\\d{6}|\\d{8}))?");

    private final String source;
    private final List<CodedActor> actors;

    private PetrarchActors(String source, List<CodedActor> actors) {
        this.source = source;
        this.actors = List.copyOf(actors);
    }

    public static PetrarchActors read(Path path) {
        return parse(DictionaryLines.readFile(path), path.getFileName().toString());
    }

    /** @param source what to call the input in messages and evidence (a file name) */
    public static PetrarchActors parse(String content, String source) {
        List<CodedActor> out = new ArrayList<>();
        List<String> names = null;
        List<CodedActor.Code> codes = null;
        int entryLine = 0;
        for (DictionaryLines.Line l : DictionaryLines.of(content)) {
            if (l.blank()) {
                continue;
            }
            String s = l.stripped();
            if (s.startsWith("[")) {
                if (names == null) {
                    throw new DictionaryException(source, l.number(), "a code line before any actor phrase");
                }
                codes.addAll(codes(s, source, l.number()));
                if (!rest(s).isEmpty()) {
                    throw new DictionaryException(source, l.number(), "unexpected text after the code: '" + rest(s) + "'");
                }
            } else if (s.startsWith("+")) {
                if (names == null) {
                    throw new DictionaryException(source, l.number(), "a synonym (+) before any actor phrase");
                }
                String phrase = name(phraseOf(s.substring(1)));
                if (phrase.isEmpty()) {
                    throw new DictionaryException(source, l.number(), "empty synonym");
                }
                names.add(phrase);
                codes.addAll(codes(s, source, l.number()));
            } else {
                if (names != null) {
                    out.add(new CodedActor(names, codes, source + ":" + entryLine));
                }
                String phrase = name(phraseOf(s));
                if (phrase.isEmpty()) {
                    throw new DictionaryException(source, l.number(), "an actor line without a phrase: '" + s + "'");
                }
                names = new ArrayList<>(List.of(phrase));
                codes = new ArrayList<>(codes(s, source, l.number()));
                entryLine = l.number();
            }
        }
        if (names != null) {
            out.add(new CodedActor(names, codes, source + ":" + entryLine));
        }
        return new PetrarchActors(source, out);
    }

    /** The text before the first bracket. */
    private static String phraseOf(String s) {
        int b = s.indexOf('[');
        return (b < 0 ? s : s.substring(0, b)).strip();
    }

    /** The text after the last closing bracket. */
    private static String rest(String s) {
        int b = s.lastIndexOf(']');
        return b < 0 ? s : s.substring(b + 1).strip();
    }

    private static List<CodedActor.Code> codes(String s, String source, int line) {
        List<CodedActor.Code> out = new ArrayList<>();
        int open = s.indexOf('[');
        if (open >= 0 && s.indexOf(']', open) < 0) {
            throw new DictionaryException(source, line, "unclosed '[' in '" + s + "'");
        }
        Matcher m = CODE.matcher(s);
        while (m.find()) {
            out.add(code(m.group(1).strip(), source, line));
        }
        return out;
    }

    static CodedActor.Code code(String inside, String source, int line) {
        Matcher r = RESTRICTION.matcher(inside);
        if (inside.isEmpty() || !r.matches()) {
            throw new DictionaryException(source, line, "cannot read the code [" + inside + "]: expected "
                + "[CODE], [CODE <YYMMDD], [CODE >YYMMDD] or [CODE YYMMDD-YYMMDD]");
        }
        String code = r.group("code");
        if (code.matches("[<>]?\\d{6,8}(-\\d{6,8})?")) {
            throw new DictionaryException(source, line, "a date restriction without a code: [" + inside + "]");
        }
        try {
            if (r.group("op") != null) {
                LocalDate d = date(r.group("d1"));
                return r.group("op").equals("<") ? new CodedActor.Code(code, null, d) : new CodedActor.Code(code, d, null);
            }
            if (r.group("from") != null) {
                return new CodedActor.Code(code, date(r.group("from")), date(r.group("to")));
            }
            return new CodedActor.Code(code, null, null);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new DictionaryException(source, line, "bad date in [" + inside + "]: " + e.getMessage());
        }
    }

    /** A YYYYMMDD or YYMMDD date. */
    static LocalDate date(String digits) {
        int year;
        int rest;
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = yy <= PIVOT ? 2000 + yy : 1900 + yy;
            rest = 2;
        } else {
            year = Integer.parseInt(digits.substring(0, 4));
            rest = 4;
        }
        return LocalDate.of(year, Integer.parseInt(digits.substring(rest, rest + 2)),
            Integer.parseInt(digits.substring(rest + 2, rest + 4)));
    }

    /**
     * A PETRARCH phrase as a name Dyad matches: underscores become blanks, words are capitalised as
     * names are ({@code MINAS_TIRITH} → {@code Minas Tirith}), except one-word names of up to three
     * letters, which stay in capitals so that they match only as acronyms ({@code UN}, {@code IMF}).
     */
    static String name(String phrase) {
        String p = phrase.replace('_', ' ').strip().replaceAll("\\s+", " ");
        String letters = p.replaceAll("[^\\p{L}]", "");
        if (p.indexOf(' ') < 0 && letters.length() <= 3) {
            return p;
        }
        StringBuilder b = new StringBuilder(p.length());
        boolean start = true;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '.';
        }
        return b.toString();
    }

    public String source() {
        return source;
    }

    /** The entries in file order. */
    public List<CodedActor> actors() {
        return actors;
    }

    @Override
    public String toString() {
        return source + " (" + actors.size() + " PETRARCH actors)";
    }
}
