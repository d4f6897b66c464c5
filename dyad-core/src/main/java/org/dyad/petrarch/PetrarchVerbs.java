package org.dyad.petrarch;

import org.dyad.event.LexiconEntry;
import org.dyad.event.Pattern;
import org.dyad.event.Pattern.Step;
import org.dyad.event.Pattern.StepKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A TABARI/PETRARCH verb dictionary ({@code .verbs}), read as it is and turned into Dyad lexicon
 * entries.
 *
 * <p>The format, as this reader takes it:
 * <ul>
 *   <li>Synonym sets: a label line {@code &CURRENCY}, then one {@code +PHRASE} line per member. A phrase's
 *       words are consecutive. A member may name another set ({@code +&TIETYPES}). Regular plurals of
 *       the last word (S, IES after Y, ES after SS) are added unless the member or the label ends with
 *       {@code _}. Sets may be defined anywhere in the file.</li>
 *   <li>Verb blocks: a header {@code --- NAME [CODE] ---} (the block's code; {@code [---]} or none: the
 *       verb alone codes nothing), then verb lines {@code BREAK {BROKE BROKEN} [CODE]}: the verb, its
 *       irregular forms in braces, and its own code if it differs from the block's. Regular forms (S, ED,
 *       ING) are generated for every verb. A multi-word verb marks its inflected word with {@code +}
 *       ({@code +BREAK_DOWN}, {@code WIRE_+TAP}); without a mark the first word is the verb. A line
 *       before any header starts a block of its own.</li>
 *   <li>Patterns, on lines that begin with {@code -}, apply to every verb of their block:
 *       {@code - SAID WOULD * ATTACK [173]}. {@code *} is the verb; words before it must come before
 *       the verb, words after it after the verb; {@code _} joins two items that must touch, a blank lets
 *       other words come between. {@code $} is where the source is, {@code +} the target, {@code %} a
 *       compound actor whose members act on one another, {@code ^} skips one noun phrase,
 *       {@code &SET} is any member of a synonym set. The code may be paired, {@code [032:033]}: the
 *       second code is the target's event towards the source.</li>
 * </ul>
 * Codes are kept as written (this dictionary format often carries WEIS or home-made codes such as
 * {@code 174K}); {@code ---} codes nothing. Words are compared with the text's word forms, as PETRARCH
 * does, not with lemmas.
 *
 * <p>Not supported, and reported in {@link #problems()} with file and line where met: TABARI's
 * disjunctive lists {@code (A | B)} in patterns, stemmed words (PETRARCH matches whole words and so
 * does Dyad), codes that are not 2 to 4 digits with an optional letter ({@code [def]}, {@code [025?]}),
 * patterns without {@code *} or with two, and patterns that name an undefined synonym set (skipped, as
 * PETRARCH skips them).
 *
 * <p>A structurally broken line (a pattern before any verb, an unclosed bracket) is a
 * {@link DictionaryException} naming the file and line. Immutable.
 */
public final class PetrarchVerbs {

    /**
     * One verb of a block.
     *
     * @param root   the verb as written, lower case ({@code break down})
     * @param forms  the inflected word's forms, lower case
     * @param before the verb's own words before its inflected word, nearest first
     * @param after  the verb's own words after its inflected word ({@code down}), nearest first
     * @param code   the verb's own code, or null for the block's
     * @param source file and line
     */
    public record Verb(String root, Set<String> forms, List<Step> before, List<Step> after, Code code, String source) {
    }

    /**
     * An event code as written: {@code event} (or {@link LexiconEntry#NO_EVENT}) and the paired code the
     * target's event gets, or null.
     */
    public record Code(String event, String reverse) {
    }

    /** One pattern line, its items parsed. */
    public record VerbPattern(String text, List<Step> before, List<Step> after, Code code, String source) {
    }

    /** A verb block: its name and code, its verbs and the patterns they share. */
    public record Block(String name, Code code, List<Verb> verbs, List<VerbPattern> patterns, String source) {
    }

    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]");
    private static final java.util.regex.Pattern EVENT_CODE = java.util.regex.Pattern.compile("---|\\d{2,4}[A-Za-z]?");

    private final String source;
    private final List<Block> blocks;
    private final Map<String, List<List<String>>> synsets;
    private final List<String> problems;

    private PetrarchVerbs(String source, List<Block> blocks, Map<String, List<List<String>>> synsets, List<String> problems) {
        this.source = source;
        this.blocks = List.copyOf(blocks);
        this.synsets = Collections.unmodifiableMap(new LinkedHashMap<>(synsets));
        this.problems = List.copyOf(problems);
    }

    public static PetrarchVerbs read(Path path) {
        return parse(DictionaryLines.readFile(path), path.getFileName().toString());
    }

    /** @param source what to call the input in messages and evidence (a file name) */
    public static PetrarchVerbs parse(String content, String source) {
        return new Reader(source).read(DictionaryLines.of(content));
    }

    public String source() {
        return source;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Synonym sets by label ({@code &CURRENCY}), each member a list of consecutive lower-case words, plurals included. */
    public Map<String, List<List<String>>> synsets() {
        return synsets;
    }

    /** What was skipped and why, one line each, with file and line. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The dictionary as Dyad lexicon entries: for every verb of a block, one entry per pattern of the block
     * (in file order) and then one for the verb alone (unless its code is {@code ---}). Each entry's
     * pattern is the verb's forms and words with the pattern's words ({@link Pattern.Sequence}) and, for
     * the target, PETRARCH's default: the first actor in the verb's phrase ({@link Pattern.TargetPhrase}),
     * unless the pattern places it.
     */
    public List<LexiconEntry> entries() {
        List<LexiconEntry> out = new ArrayList<>();
        for (Block b : blocks) {
            for (Verb v : b.verbs()) {
                for (VerbPattern p : b.patterns()) {
                    List<Step> before = new ArrayList<>(v.before());
                    before.addAll(p.before());
                    List<Step> after = new ArrayList<>(v.after());
                    after.addAll(p.after());
                    out.add(entry(v, p.code(), before, after, p.text(), p.source()));
                }
                Code c = v.code() != null ? v.code() : b.code();
                if (!c.event().equals(LexiconEntry.NO_EVENT)) {
                    out.add(entry(v, c, v.before(), v.after(), "*", v.source()));
                }
            }
        }
        return out;
    }

    private static LexiconEntry entry(Verb v, Code code, List<Step> before, List<Step> after, String text, String where) {
        List<Pattern.Element> els = List.of(new Pattern.Sequence(v.forms(), before, after), new Pattern.TargetPhrase());
        String head = v.root().contains(" ") ? v.root().substring(0, v.root().indexOf(' ')) : v.root();
        Pattern p = new Pattern(Pattern.Pos.V, head, false, els, v.root().toUpperCase(Locale.ROOT) + ": " + text);
        return new LexiconEntry(code.event(), p, where, code.reverse());
    }

    @Override
    public String toString() {
        return source + " (" + blocks.size() + " PETRARCH verb blocks)";
    }

    /** One pass over one file; not thread-safe, used once. */
    private static final class Reader {

        private final String source;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, List<RawMember>> rawSynsets = new LinkedHashMap<>();
        private final Set<String> noPlural = new HashSet<>();
        private final List<RawBlock> blocks = new ArrayList<>();

        private record RawMember(String text, int line) {
        }

        private record RawPattern(String text, int line) {
        }

        private static final class RawBlock {
            final String name;
            final Code code;
            final int line;
            final List<Verb> verbs = new ArrayList<>();
            final List<RawPattern> patterns = new ArrayList<>();

            RawBlock(String name, Code code, int line) {
                this.name = name;
                this.code = code;
                this.line = line;
            }
        }

        Reader(String source) {
            this.source = source;
        }

        PetrarchVerbs read(List<DictionaryLines.Line> lines) {
            String synset = null;
            RawBlock block = null;
            for (DictionaryLines.Line l : lines) {
                if (l.blank()) {
                    synset = null;
                    continue;
                }
                String s = l.stripped();
                if (s.startsWith("---")) {
                    synset = null;
                    block = header(s, l.number());
                    blocks.add(block);
                } else if (s.startsWith("&")) {
                    String label = s.split("\\s+")[0];
                    synset = normaliseLabel(label);
                    if (label.endsWith("_")) {
                        noPlural.add(synset);
                    }
                    if (rawSynsets.containsKey(synset)) {
                        problems.add(source + ":" + l.number() + ": synonym set " + synset + " defined again; members added");
                    }
                    rawSynsets.computeIfAbsent(synset, k -> new ArrayList<>());
                } else if (s.startsWith("+") && synset != null) {
                    rawSynsets.get(synset).add(new RawMember(s.substring(1).strip(), l.number()));
                } else if (s.startsWith("-")) {
                    synset = null;
                    if (block == null) {
                        throw new DictionaryException(source, l.number(), "a pattern before any verb");
                    }
                    block.patterns.add(new RawPattern(s.substring(1).strip(), l.number()));
                } else {
                    synset = null;
                    if (block == null) {
                        // a verb without a header opens a block of its own
                        block = new RawBlock(s.split("[\\s\\[{]")[0], new Code(LexiconEntry.NO_EVENT, null), l.number());
                        blocks.add(block);
                    }
                    Verb v = verb(s, l.number());
                    if (v != null) {
                        block.verbs.add(v);
                    }
                }
            }
            Map<String, List<List<String>>> synsets = resolveSynsets();
            List<Block> out = new ArrayList<>();
            for (RawBlock b : blocks) {
                List<VerbPattern> patterns = new ArrayList<>();
                for (RawPattern p : b.patterns) {
                    VerbPattern vp = pattern(p, synsets);
                    if (vp != null) {
                        patterns.add(vp);
                    }
                }
                if (b.verbs.isEmpty()) {
                    problems.add(source + ":" + b.line + ": verb block " + b.name + " has no verb; skipped");
                    continue;
                }
                out.add(new Block(b.name, b.code, b.verbs, patterns, source + ":" + b.line));
            }
            return new PetrarchVerbs(source, out, synsets, problems);
        }

        private static String normaliseLabel(String label) {
            String l = label.toUpperCase(Locale.ROOT);
            return l.endsWith("_") ? l.substring(0, l.length() - 1) : l;
        }

        private RawBlock header(String s, int line) {
            String body = s.substring(3).strip();
            if (body.endsWith("---")) {
                body = body.substring(0, body.length() - 3).strip();
            }
            checkBrackets(s, line);
            int b = body.indexOf('[');
            String name = (b < 0 ? body : body.substring(0, b)).strip();
            List<String> codes = brackets(body);
            Code code = new Code(LexiconEntry.NO_EVENT, null);
            if (!codes.isEmpty()) {
                Code c = code(codes.get(0), line);
                if (c != null) {
                    code = c;
                }
                if (codes.size() > 1) {
                    problems.add(source + ":" + line + ": block " + name + " has " + codes.size() + " codes; the first, ["
                        + codes.get(0) + "], is used");
                }
            }
            return new RawBlock(name, code, line);
        }

        private void checkBrackets(String s, int line) {
            int open = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '[' || c == '{') {
                    open++;
                } else if (c == ']' || c == '}') {
                    open--;
                }
            }
            if (open != 0) {
                throw new DictionaryException(source, line, "unbalanced brackets in '" + s + "'");
            }
        }

        private static List<String> brackets(String s) {
            List<String> out = new ArrayList<>();
            Matcher m = BRACKET.matcher(s);
            while (m.find()) {
                out.add(m.group(1).strip());
            }
            return out;
        }

        /** A code in brackets, or null (with a problem noted) when it is not an event code. */
        private Code code(String inside, int line) {
            String[] parts = inside.split(":", -1);
            if (parts.length > 2) {
                problems.add(source + ":" + line + ": cannot read the code [" + inside + "]; skipped");
                return null;
            }
            for (String p : parts) {
                if (!EVENT_CODE.matcher(p.strip()).matches()) {
                    problems.add(source + ":" + line + ": [" + inside + "] is not an event code (2 to 4 digits and an "
                        + "optional letter, or ---); skipped");
                    return null;
                }
            }
            return new Code(parts[0].strip(), parts.length == 2 ? parts[1].strip() : null);
        }

        private Verb verb(String s, int line) {
            checkBrackets(s, line);
            int cut = s.length();
            for (char c : new char[] {'{', '['}) {
                int i = s.indexOf(c);
                if (i >= 0) {
                    cut = Math.min(cut, i);
                }
            }
            String phrase = s.substring(0, cut).strip();
            List<Atom> atoms = atoms(phrase);
            if (atoms.isEmpty()) {
                throw new DictionaryException(source, line, "a verb line without a verb: '" + s + "'");
            }
            int verbAt = 0;
            for (int i = 0; i < atoms.size(); i++) {
                if (atoms.get(i).text().startsWith("+") && atoms.get(i).text().length() > 1) {
                    verbAt = i;
                }
            }
            List<String> words = new ArrayList<>();
            for (Atom a : atoms) {
                words.add(a.text().replace("+", "").toLowerCase(Locale.ROOT));
            }
            String root = words.get(verbAt);
            Set<String> forms = new LinkedHashSet<>(regularForms(root));
            int brace = s.indexOf('{');
            if (brace >= 0) {
                String inside = s.substring(brace + 1, s.indexOf('}', brace));
                for (String f : inside.strip().split("\\s+")) {
                    if (f.isEmpty()) {
                        continue;
                    }
                    List<Atom> fa = atoms(f);
                    String form = fa.size() == atoms.size() ? fa.get(verbAt).text() : fa.get(0).text();
                    for (Atom a : fa) {
                        if (a.text().startsWith("+") && a.text().length() > 1) {
                            form = a.text();
                        }
                    }
                    forms.add(form.replace("+", "").toLowerCase(Locale.ROOT));
                }
            }
            List<Step> before = new ArrayList<>();
            for (int i = verbAt - 1; i >= 0; i--) {
                before.add(new Step(StepKind.WORDS, List.of(List.of(words.get(i))), atoms.get(i + 1).joined()));
            }
            List<Step> after = new ArrayList<>();
            for (int i = verbAt + 1; i < atoms.size(); i++) {
                after.add(new Step(StepKind.WORDS, List.of(List.of(words.get(i))), atoms.get(i).joined()));
            }
            Code code = null;
            int bracket = s.indexOf('[');
            if (bracket >= 0) {
                code = code(s.substring(bracket + 1, s.indexOf(']', bracket)).strip(), line);
                if (code == null) {
                    return null;
                }
            }
            return new Verb(String.join(" ", words), forms, before, after, code, source + ":" + line);
        }

        /** A word of a pattern or phrase, and whether it is joined by {@code _} to the one before it. */
        private record Atom(String text, boolean joined) {
        }

        private static List<Atom> atoms(String s) {
            List<Atom> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean joined = false;
            boolean sawUnderscore = false;
            for (int i = 0; i <= s.length(); i++) {
                char c = i < s.length() ? s.charAt(i) : ' ';
                if (c == ' ' || c == '\t' || c == '_') {
                    if (cur.length() > 0) {
                        out.add(new Atom(cur.toString(), joined));
                        cur.setLength(0);
                        sawUnderscore = false;
                    }
                    sawUnderscore |= c == '_';
                } else {
                    if (cur.length() == 0) {
                        joined = !out.isEmpty() && sawUnderscore;
                    }
                    cur.append(c);
                }
            }
            return out;
        }

        private VerbPattern pattern(RawPattern raw, Map<String, List<List<String>>> synsets) {
            String where = source + ":" + raw.line();
            String s = raw.text();
            int b = s.indexOf('[');
            if (b < 0 || s.indexOf(']', b) < 0) {
                problems.add(where + ": pattern without a code: '" + s + "'; skipped");
                return null;
            }
            Code code = code(s.substring(b + 1, s.indexOf(']', b)).strip(), raw.line());
            if (code == null) {
                return null;
            }
            String body = s.substring(0, b).strip();
            if (body.contains("(") || body.contains("|")) {
                problems.add(where + ": disjunctive lists are not supported (PETRARCH dropped them too): '" + body + "'; skipped");
                return null;
            }
            List<Atom> atoms = atoms(body);
            int star = -1;
            for (int i = 0; i < atoms.size(); i++) {
                String t = atoms.get(i).text();
                if (t.equals("*") || t.equals("**")) {
                    if (star >= 0) {
                        problems.add(where + ": two verb marks (*) in '" + body + "'; skipped");
                        return null;
                    }
                    star = i;
                }
            }
            if (star < 0) {
                problems.add(where + ": no verb mark (*) in '" + body + "'; skipped");
                return null;
            }
            List<Step> before = new ArrayList<>();
            for (int i = star - 1; i >= 0; i--) {
                Step st = step(atoms.get(i).text(), atoms.get(i + 1).joined(), synsets, where, body);
                if (st == null) {
                    return null;
                }
                before.add(st);
            }
            List<Step> after = new ArrayList<>();
            for (int i = star + 1; i < atoms.size(); i++) {
                Step st = step(atoms.get(i).text(), atoms.get(i).joined(), synsets, where, body);
                if (st == null) {
                    return null;
                }
                after.add(st);
            }
            return new VerbPattern(body, before, after, code, where);
        }

        private Step step(String atom, boolean adjacent, Map<String, List<List<String>>> synsets, String where, String body) {
            switch (atom) {
                case "$":
                    return new Step(StepKind.SOURCE, List.of(), adjacent);
                case "+":
                    return new Step(StepKind.TARGET, List.of(), adjacent);
                case "%":
                    return new Step(StepKind.COMPOUND, List.of(), adjacent);
                case "^":
                    return new Step(StepKind.SKIP, List.of(), adjacent);
                default:
                    break;
            }
            if (atom.startsWith("&")) {
                List<List<String>> phrases = synsets.get(normaliseLabel(atom));
                if (phrases == null) {
                    problems.add(where + ": synonym set " + atom + " is not defined; pattern '" + body + "' skipped");
                    return null;
                }
                return new Step(StepKind.WORDS, phrases, adjacent);
            }
            return new Step(StepKind.WORDS, List.of(List.of(atom.toLowerCase(Locale.ROOT))), adjacent);
        }

        private Map<String, List<List<String>>> resolveSynsets() {
            Map<String, List<List<String>>> out = new LinkedHashMap<>();
            for (String label : rawSynsets.keySet()) {
                out.put(label, List.copyOf(expand(label, new ArrayList<>())));
            }
            return out;
        }

        private Set<List<String>> expand(String label, List<String> path) {
            Set<List<String>> out = new LinkedHashSet<>();
            if (path.contains(label)) {
                problems.add(source + ": synonym set " + label + " contains itself (" + String.join(" > ", path) + "); cut");
                return out;
            }
            path.add(label);
            for (RawMember m : rawSynsets.get(label)) {
                String t = m.text();
                if (t.startsWith("&")) {
                    String inner = normaliseLabel(t.split("\\s+")[0]);
                    if (!rawSynsets.containsKey(inner)) {
                        problems.add(source + ":" + m.line() + ": synonym set " + inner + " is not defined; member skipped");
                    } else {
                        out.addAll(expand(inner, path));
                    }
                    continue;
                }
                boolean plural = !t.endsWith("_") && !noPlural.contains(label);
                List<String> words = new ArrayList<>();
                for (Atom a : atoms(t)) {
                    words.add(a.text().toLowerCase(Locale.ROOT));
                }
                if (words.isEmpty()) {
                    continue;
                }
                out.add(List.copyOf(words));
                if (plural) {
                    List<String> p = new ArrayList<>(words);
                    p.set(p.size() - 1, plural(p.get(p.size() - 1)));
                    out.add(List.copyOf(p));
                }
            }
            path.remove(path.size() - 1);
            return out;
        }
    }

    /** PETRARCH's regular plural: IES after Y, ES after SS, else S. */
    static String plural(String w) {
        if (w.endsWith("y") && w.length() > 1) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        if (w.endsWith("ss")) {
            return w + "es";
        }
        return w + "s";
    }

    /** A verb's regular forms: itself, third person (S, ES, IES), past (ED, D, IED) and participle (ING). */
    static List<String> regularForms(String v) {
        List<String> out = new ArrayList<>(4);
        out.add(v);
        boolean consonantY = v.length() > 1 && v.endsWith("y") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0;
        if (consonantY) {
            out.add(v.substring(0, v.length() - 1) + "ies");
            out.add(v.substring(0, v.length() - 1) + "ied");
        } else {
            boolean sibilant = v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh");
            out.add(v + (sibilant ? "es" : "s"));
            out.add(v + (v.endsWith("e") ? "d" : "ed"));
        }
        out.add(v.endsWith("e") && !v.endsWith("ee") && v.length() > 2 ? v.substring(0, v.length() - 1) + "ing" : v + "ing");
        return out;
    }
}
