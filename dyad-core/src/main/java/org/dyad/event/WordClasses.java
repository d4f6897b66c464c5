package org.dyad.event;

import org.dyad.internal.Tsv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Word classes of the event lexicon ({@code lexicon/classes.tsv}): a name in capitals that a pattern may use
 * in place of a word ("supply WEAPON to {T}"), standing for each of the class's members ("tank", "air defence
 * system"). A member is one or more lemmas, as a pattern writes them. Immutable and thread-safe.
 */
public final class WordClasses {

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(?<![{\\w])[A-Z][A-Z_]+(?![}\\w])");

    /** The built-in classes. */
    static final WordClasses BUILT_IN = read(Tsv.resource(WordClasses.class, "lexicon/classes.tsv", 2));

    private final Map<String, List<String>> members;

    private WordClasses(Map<String, List<String>> members) {
        this.members = members;
    }

    static WordClasses read(List<Tsv.Row> rows) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            String name = r.get(0);
            if (!NAME.matcher(name).matches()) {
                throw r.error("a class name is written in capitals, not '" + name + "'");
            }
            String member = r.get(1).strip();
            if (member.isEmpty() || !member.equals(member.toLowerCase(java.util.Locale.ROOT))) {
                throw r.error("a member is written in lower-case lemmas, not '" + member + "'");
            }
            List<String> list = m.computeIfAbsent(name, k -> new ArrayList<>());
            if (list.contains(member)) {
                throw r.error("duplicate member '" + member + "' of " + name);
            }
            list.add(member);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return new WordClasses(Map.copyOf(m));
    }

    /** Whether the pattern text names a class. */
    boolean names(String text) {
        return NAME.matcher(text).find();
    }

    /** The class's members, or an {@link IllegalArgumentException} naming an unknown class. */
    List<String> members(String name) {
        List<String> m = members.get(name);
        if (m == null) {
            throw new IllegalArgumentException("unknown word class " + name + " (known: " + String.join(", ",
                new java.util.TreeSet<>(members.keySet())) + ")");
        }
        return m;
    }

    /** The pattern text with each class name replaced by each of its members; the text alone if it names none. */
    List<String> expand(String text) {
        Matcher m = NAME.matcher(text);
        if (!m.find()) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        String before = text.substring(0, m.start());
        String after = text.substring(m.end());
        for (String member : members(m.group())) {
            out.addAll(expand(before + member + after));
        }
        return out;
    }
}
