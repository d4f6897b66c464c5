package org.dyad.petrarch;

import org.dyad.actor.Sectors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TABARI/PETRARCH agent dictionary ({@code .agents}), read as it is.
 *
 * <p>An entry is {@code PHRASE {PLURALS} [CODE]}: a phrase (words separated by blanks or underscores),
 * an optional irregular plural in braces ({@code {}} for none), and an agent code that is either added
 * after the actor's code ({@code [~GOV]}: "Arnor cleric" → ARNREL) or before it ({@code [NGO~]}:
 * "MSF Arnor" → NGOARN). Substitution sets ({@code !PERSON! = MAN, MEN, WOMAN}) are defined on lines of
 * their own and expand a marker inside later phrases ({@code CONGRESS!PERSON!} → congressman,
 * congressmen, ...), with no plural formed.
 *
 * <p>Entries become Dyad {@link Sectors.Term}s of kind noun, matched on lemmas (so regular plurals
 * need no entry) and on words (so irregular plurals and the substituted forms are found). Not
 * supported: PETRARCH's gaps between the blank-separated words of an agent phrase (Dyad matches the
 * words consecutively), and {@code {}}'s "no plural" (Dyad matches the lemma, so "polices" is police).
 * A broken line is a {@link DictionaryException} naming the file and line. Immutable.
 */
public final class PetrarchAgents {

    /**
     * One agent phrase.
     *
     * @param words  the phrase in lower case, words separated by single blanks
     * @param code   the agent code without its tilde ({@code GOV}, {@code GOVFRM}, {@code NGO})
     * @param prefix whether the code goes before the actor's code ({@code NGO~})
     * @param source file and line
     */
    public record Agent(String words, String code, boolean prefix, String source) {
    }

    private static final Pattern SUBSTITUTION = Pattern.compile("(![A-Za-z0-9]+!)\\s*=\\s*(.*)");
    private static final Pattern ENTRY = Pattern.compile("([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]\\s*");
    private static final Pattern MARKER = Pattern.compile("![A-Za-z0-9]+!");

    private final String source;
    private final List<Agent> agents;

    private PetrarchAgents(String source, List<Agent> agents) {
        this.source = source;
        this.agents = List.copyOf(agents);
    }

    public static PetrarchAgents read(Path path) {
        return parse(DictionaryLines.readFile(path), path.getFileName().toString());
    }

    /** @param source what to call the input in messages and evidence (a file name) */
    public static PetrarchAgents parse(String content, String source) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        List<Agent> out = new ArrayList<>();
        for (DictionaryLines.Line l : DictionaryLines.of(content)) {
            if (l.blank()) {
                continue;
            }
            String s = l.stripped();
            String where = source + ":" + l.number();
            Matcher sub = SUBSTITUTION.matcher(s);
            if (sub.matches()) {
                List<String> items = new ArrayList<>();
                for (String item : sub.group(2).split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
                if (items.isEmpty()) {
                    throw new DictionaryException(source, l.number(), "substitution set " + sub.group(1) + " is empty");
                }
                sets.put(sub.group(1).toUpperCase(Locale.ROOT), items);
                continue;
            }
            Matcher m = ENTRY.matcher(s);
            if (!m.matches()) {
                throw new DictionaryException(source, l.number(), "expected PHRASE {PLURAL} [~CODE], not '" + s + "'");
            }
            String code = m.group(3).replace(" ", "");
            boolean prefix;
            if (code.startsWith("~") && code.length() > 1 && code.indexOf('~', 1) < 0) {
                prefix = false;
                code = code.substring(1);
            } else if (code.endsWith("~") && code.length() > 1 && code.indexOf('~') == code.length() - 1) {
                prefix = true;
                code = code.substring(0, code.length() - 1);
            } else {
                throw new DictionaryException(source, l.number(), "an agent code is ~CODE or CODE~, not [" + m.group(3) + "]");
            }
            String phrase = m.group(1);
            Matcher marker = MARKER.matcher(phrase);
            if (marker.find()) {
                List<String> items = sets.get(marker.group().toUpperCase(Locale.ROOT));
                if (items == null) {
                    throw new DictionaryException(source, l.number(), "substitution set " + marker.group() + " is not defined above");
                }
                for (String item : items) {
                    out.add(new Agent(words(phrase.replace(marker.group(), item)), code, prefix, where));
                }
                continue;
            }
            String words = words(phrase);
            if (words.isEmpty()) {
                throw new DictionaryException(source, l.number(), "an agent without a phrase");
            }
            out.add(new Agent(words, code, prefix, where));
            if (m.group(2) != null) {
                for (String plural : m.group(2).strip().split("\\s+")) {
                    if (!plural.isEmpty()) {
                        out.add(new Agent(words(plural), code, prefix, where));
                    }
                }
            }
        }
        return new PetrarchAgents(source, out);
    }

    /** A phrase in lower case with single blanks between its words. */
    static String words(String phrase) {
        return phrase.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public String source() {
        return source;
    }

    /** Every phrase (substitutions expanded, irregular plurals as phrases of their own), in file order. */
    public List<Agent> agents() {
        return agents;
    }

    /** The agents as Dyad sector terms (kind noun). */
    public List<Sectors.Term> terms() {
        List<Sectors.Term> out = new ArrayList<>(agents.size());
        for (Agent a : agents) {
            out.add(new Sectors.Term(a.words(), a.code(), Sectors.Kind.NOUN, a.prefix()));
        }
        return out;
    }

    @Override
    public String toString() {
        return source + " (" + agents.size() + " PETRARCH agent phrases)";
    }
}
