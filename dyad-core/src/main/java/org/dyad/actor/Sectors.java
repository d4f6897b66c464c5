package org.dyad.actor;

import org.dyad.internal.Tsv;
import org.dyad.nlp.Token;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sector nouns and titles ({@code sectors.tsv}): which lemma sequences signal which CAMEO sector.
 * A title whose sector is {@code *} ("spokesman") takes the sector of the body it speaks for.
 * Immutable and thread-safe.
 */
public final class Sectors {

    /** What a term says: a group noun ("rebels") or a person's title ("foreign minister"). */
    public enum Kind { NOUN, TITLE }

    /**
     * @param sector CAMEO sector code, or {@code *} for titles that inherit one; agent codes from
     *               TABARI/PETRARCH dictionaries may be longer ({@code GOVFRM})
     * @param prefix whether the code goes before the actor's code rather than after it (PETRARCH's
     *               {@code [NGO~]}: "MSF Arnor" is NGOARN)
     */
    public record Term(String lemmas, String sector, Kind kind, boolean prefix) {
        public Term(String lemmas, String sector, Kind kind) {
            this(lemmas, sector, kind, false);
        }

        public boolean inherits() {
            return sector.equals("*");
        }
    }

    private final Map<String, Term> terms;
    private final int longest;

    Sectors(Map<String, Term> terms) {
        this.terms = Collections.unmodifiableMap(terms);
        int max = 1;
        for (String k : terms.keySet()) {
            max = Math.max(max, k.split(" ").length);
        }
        this.longest = max;
    }

    static Sectors parse(List<Tsv.Row> rows) {
        Map<String, Term> terms = new HashMap<>();
        for (Tsv.Row r : rows) {
            String sector = r.get(0);
            if (!sector.equals("*") && !sector.matches("[A-Z]{3}")) {
                throw r.error("sector must be three capital letters or *, not '" + sector + "'");
            }
            Kind kind = switch (r.get(1)) {
                case "noun" -> Kind.NOUN;
                case "title" -> Kind.TITLE;
                default -> throw r.error("kind must be noun or title, not '" + r.get(1) + "'");
            };
            for (String t : r.list(2)) {
                String key = normalise(t);
                if (!key.equals(t.strip().replaceAll("\\s+", " "))) {
                    throw r.error("terms are lower-case lemmas: '" + t + "'");
                }
                Term prev = terms.put(key, new Term(key, sector, kind));
                if (prev != null) {
                    throw r.error("term '" + t + "' is listed twice");
                }
            }
        }
        return new Sectors(terms);
    }

    /** Sectors made of these terms (for user dictionaries such as PETRARCH agents); a later term for the same words wins. */
    public static Sectors of(java.util.Collection<Term> terms) {
        Map<String, Term> m = new HashMap<>();
        for (Term t : terms) {
            m.put(normalise(t.lemmas()), t);
        }
        return new Sectors(m);
    }

    /** These sectors and {@code more}; where both have the same words, {@code more} wins. */
    public Sectors plus(java.util.Collection<Term> more) {
        Map<String, Term> m = new HashMap<>(terms);
        for (Term t : more) {
            m.put(normalise(t.lemmas()), t);
        }
        return new Sectors(m);
    }

    static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * The term for a lemma sequence joined by single spaces, or null. A hyphenated word is also read as
     * its parts: "vice-president" is the title "vice president".
     */
    public Term get(String lemmas) {
        Term t = terms.get(lemmas);
        if (t == null && lemmas.indexOf('-') > 0) {
            t = terms.get(lemmas.replace('-', ' '));
        }
        return t;
    }

    /** Most words in one term. */
    public int longest() {
        return longest;
    }

    public Map<String, Term> all() {
        return terms;
    }

    /** Forces that serve abroad by their name: peacekeepers are sent by other states. */
    private static final Set<String> ABROAD_NOUNS = Set.of("peacekeeper", "peacekeeping force",
        "peacekeeping troop");
    /** Adjectives that say a force is not the state's own: "foreign troops", "international forces". */
    private static final Set<String> ABROAD_ADJECTIVES = Set.of("foreign", "international",
        "multinational", "coalition", "allied", "western", "peacekeeping");

    /**
     * Whether the sector noun at tokens [{@code start}, {@code end}) names people sent into a state from outside
     * ("peacekeepers in the Central African Republic", "foreign troops in Afghanistan"): the state they are in
     * is not theirs.
     */
    public static boolean sentAbroad(List<Token> t, int start, int end) {
        String term = String.join(" ", t.subList(start, end).stream().map(Token::key).toList());
        if (ABROAD_NOUNS.contains(term)) {
            return true;
        }
        for (int i = start - 1; i >= 0 && i >= start - 3; i--) {
            if (ABROAD_ADJECTIVES.contains(t.get(i).lowerWord())) {
                return true;
            }
            if (!t.get(i).isAdjective() && !t.get(i).tag().equals("NN") && !t.get(i).tag().equals("VBN")) {
                break;
            }
        }
        return false;
    }
}
