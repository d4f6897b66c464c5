package org.dyad.actor;

import org.dyad.model.Actor;
import org.dyad.model.Span;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Dyad's own coreference within an article, read left to right:
 * <ul>
 *   <li>the same person named again (full name, surname, dictionary alias) takes the role the text gave
 *       them first ("European Council President Donald Tusk" … "Tusk said");</li>
 *   <li>"he", "she" link to the last person named before them, outside quotations first;</li>
 *   <li>"it", "its" link to an earlier "it" of the same sentence, else to the last state, body or group
 *       named in the last two sentences outside a place phrase ("on the ground in Syria");</li>
 *   <li>"they", "them", "their" outside quotations link to the last group named (rebels, a movement,
 *       "Palestinian leaders");</li>
 *   <li>definite descriptions: "the president", "the minister" link to the last person (holding that
 *       title, if one does); "the group", "the movement" to the last armed group or body; "the country" to
 *       the last state;</li>
 *   <li>"both sides", "the two countries", "the two leaders" stand for the last two distinct actors.</li>
 * </ul>
 * It needs no extra annotator; CoreNLP's coreference costs 40 ms a sentence or more on this machine.
 *
 * <p>Stateless and thread-safe.
 */
public final class Coreference {

    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "hers");
    private static final Set<String> NEUTER = Set.of("it", "its");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs");
    /** Prepositions whose object is a place, not an antecedent for "it": "on the ground in Syria". */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "inside", "throughout", "to",
        "into", "within", "around", "outside");
    /** Nouns that, after "the", refer back to a group or body: "the group claimed". */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "organisation", "organization",
        "faction", "alliance", "bloc", "body");
    /** Nouns that, after "the", refer back to a state: "the country's president". */
    private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "state", "kingdom", "republic");
    /** Nouns that, after "both" or "the two", refer back to the two parties just named. */
    private static final Set<String> PAIR_NOUNS = Set.of("side", "country", "nation", "leader", "government",
        "party", "state", "neighbour", "neighbor", "rival", "president", "minister", "army", "force");
    private static final int WINDOW = 4;

    /** What the reader has seen so far: the most salient antecedent of each kind. */
    private static final class Salience {
        Mention person;
        Mention personOutsideQuote;
        Mention body;
        Mention many;
        Mention group;
        Mention state;
        final List<Mention> recentActors = new ArrayList<>();

        void see(Mention m, Sentence s, boolean quoted) {
            Actor.Kind k = m.actor().kind();
            if (k == Actor.Kind.PERSON && m.person() != null) {
                person = m;
                if (!quoted) {
                    personOutsideQuote = m;
                }
            } else if (isBody(m) && !afterLocative(s, m)) {
                body = m;
            }
            if ((m.plural() || k == Actor.Kind.GROUP) && k != Actor.Kind.PERSON && !afterLocative(s, m)
                && !m.resolvedBy().equals("coreference")) {
                many = m;
            }
            if (k == Actor.Kind.GROUP || k == Actor.Kind.IGO) {
                group = m;
            }
            if (k == Actor.Kind.STATE && !afterLocative(s, m) && s.token(m.head()).isNoun()) {
                state = m; // "the country" refers back to a state named as such, not to an adjective ("French")
            }
            if (!m.resolvedBy().equals("coreference") && m.resolved()) {
                recentActors.removeIf(x -> x.actor().code().equals(m.actor().code()));
                recentActors.add(m);
                if (recentActors.size() > 6) {
                    recentActors.remove(0);
                }
            }
        }
    }

    /**
     * Links mentions across the article. Returns the mentions per sentence with (a) person mentions
     * re-coded to the role the text gave that person first, (b) definite descriptions re-coded to their
     * antecedent, (c) new mentions for pronouns and "both sides".
     *
     * @param inQuote tells whether a character offset lies inside a direct quotation
     */
    public List<List<Mention>> resolve(List<Sentence> sentences, List<List<Mention>> mentions, IntPredicate inQuote) {
        Map<String, Mention> textRole = new HashMap<>();   // person -> first mention with a role from the text
        Map<String, String> surnames = new HashMap<>();    // last name -> full name, for people not in the dictionary
        Map<String, Mention> fullNames = new HashMap<>();
        Salience seen = new Salience();
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> here = new ArrayList<>();
            List<Mention> ms = mentions.get(si);
            Mention itInSentence = null;
            int mi = 0;
            for (Token t : s.tokens()) {
                while (mi < ms.size() && ms.get(mi).start() <= t.index()) {
                    Mention m = definite(s, unify(ms.get(mi), textRole, surnames, fullNames), seen, si);
                    here.add(m);
                    seen.see(m, s, inQuote.test(m.span().begin()));
                    mi++;
                }
                if (!t.tag().startsWith("PRP")) {
                    Mention d = descriptionAt(s, t, here, seen, si);
                    if (d != null) {
                        here.add(d);
                    }
                    here.addAll(pairAt(s, t, seen, si));
                    continue;
                }
                String w = t.lowerWord();
                boolean quoted = inQuote.test(t.begin());
                Mention antecedent = null;
                boolean plural = false;
                if (PERSONAL.contains(w)) {
                    antecedent = quoted ? seen.person : seen.personOutsideQuote != null ? seen.personOutsideQuote : seen.person;
                } else if (NEUTER.contains(w)) {
                    // the subject "it" is most salient: a second "it" in the sentence takes the same referent
                    antecedent = itInSentence != null ? itInSentence : seen.body != null && si - seen.body.sentence() <= 2
                        ? seen.body : null;
                    if (antecedent != null && itInSentence == null) {
                        itInSentence = antecedent;
                    }
                } else if (PLURAL.contains(w) && !quoted) {
                    antecedent = seen.many != null && si - seen.many.sentence() <= 2 ? seen.many : null;
                    plural = true;
                }
                if (antecedent != null && si - antecedent.sentence() <= WINDOW) {
                    here.add(link(si, t, antecedent, plural));
                }
            }
            while (mi < ms.size()) {
                Mention m = definite(s, unify(ms.get(mi++), textRole, surnames, fullNames), seen, si);
                here.add(m);
                seen.see(m, s, inQuote.test(m.span().begin()));
            }
            here.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.add(here);
        }
        return out;
    }

    private static Mention link(int si, Token t, Mention antecedent, boolean plural) {
        return new Mention(si, t.index(), t.index() + 1, t.index(), antecedent.actor(), new Span(t.begin(), t.end()),
            antecedent.role(), "coreference", antecedent.person(), plural);
    }

    /**
     * "the president", "the minister": a title without a state or name refers to the last person named
     * (the last one holding that title, if any), within a few sentences.
     */
    private static Mention definite(Sentence s, Mention m, Salience seen, int si) {
        if (!m.actor().code().startsWith("---") || m.person() != null || m.plural() || m.start() == 0
            || !s.token(m.start() - 1).lowerWord().equals("the") || m.end() - m.start() > 2) {
            return m;
        }
        String title = s.token(m.head()).key();
        Mention antecedent = null;
        for (Mention candidate : new Mention[] {seen.personOutsideQuote, seen.person}) {
            if (candidate != null && si - candidate.sentence() <= WINDOW && candidate.actor().kind() == Actor.Kind.PERSON
                && (antecedent == null || holds(candidate, title))) {
                antecedent = candidate;
            }
        }
        if (antecedent == null || !holds(antecedent, title) && !sameSector(antecedent, m)) {
            return m;
        }
        return new Mention(m.sentence(), m.start(), m.end(), m.head(), antecedent.actor(), m.span(), antecedent.role(),
            "coreference", antecedent.person(), false);
    }

    private static boolean holds(Mention person, String title) {
        return person.role() != null && person.role().toLowerCase(Locale.ROOT).contains(title);
    }

    private static boolean sameSector(Mention a, Mention b) {
        return a.actor().sector() != null && a.actor().sector().equals(b.actor().sector());
    }

    /** "the group", "the movement", "the country": a noun that refers back to the last group, body or state. */
    private static Mention descriptionAt(Sentence s, Token t, List<Mention> here, Salience seen, int si) {
        if (!t.isNoun() || t.tag().startsWith("NNS") || t.index() == 0
            || !s.token(t.index() - 1).lowerWord().equals("the") || covered(here, t.index())) {
            return null;
        }
        String k = t.key();
        Mention antecedent = GROUP_NOUNS.contains(k) ? seen.group : STATE_NOUNS.contains(k) ? seen.state : null;
        if (antecedent == null || si - antecedent.sentence() > 2) {
            return null;
        }
        int begin = s.token(t.index() - 1).begin();
        return new Mention(si, t.index() - 1, t.index() + 1, t.index(), antecedent.actor(), new Span(begin, t.end()),
            antecedent.role(), "coreference", null, false);
    }

    /** "both sides", "the two countries": the last two distinct actors named, one mention each. */
    private static List<Mention> pairAt(Sentence s, Token t, Salience seen, int si) {
        if (!t.isNoun() || t.index() == 0 || !PAIR_NOUNS.contains(t.key()) || seen.recentActors.size() < 2) {
            return List.of();
        }
        int i = t.index();
        boolean both = s.token(i - 1).lowerWord().equals("both");
        boolean two = i >= 2 && s.token(i - 1).lowerWord().equals("two") && s.token(i - 2).lowerWord().equals("the");
        if (!both && !two) {
            return List.of();
        }
        int start = both ? i - 1 : i - 2;
        Span span = new Span(s.token(start).begin(), t.end());
        List<Mention> recent = seen.recentActors;
        List<Mention> out = new ArrayList<>(2);
        for (Mention a : List.of(recent.get(recent.size() - 2), recent.get(recent.size() - 1))) {
            if (si - a.sentence() <= 2) {
                out.add(new Mention(si, start, i + 1, i, a.actor(), span, a.role(), "coreference", a.person(), true));
            }
        }
        return out.size() == 2 ? out : List.of();
    }

    private static boolean covered(List<Mention> ms, int token) {
        for (Mention m : ms) {
            if (m.covers(token)) {
                return true;
            }
        }
        return false;
    }

    /** A state, an international body, or a named group ("Hamas said it …"): what "it" can refer to. */
    private static boolean isBody(Mention m) {
        Actor.Kind k = m.actor().kind();
        return !m.plural() && k == Actor.Kind.IGO || k == Actor.Kind.GROUP || k == Actor.Kind.STATE;
    }

    private static boolean afterLocative(Sentence s, Mention m) {
        int before = m.start() - 1;
        while (before >= 0 && (s.token(before).tag().equals("DT") || s.token(before).isAdjective())) {
            before--;
        }
        return before >= 0 && LOCATIVE.contains(s.token(before).lowerWord());
    }

    /** A person named again takes the code the text gave them first; a bare surname finds its full name. */
    private static Mention unify(Mention m, Map<String, Mention> textRole, Map<String, String> surnames,
                                 Map<String, Mention> fullNames) {
        if (m.actor().kind() != Actor.Kind.PERSON || m.person() == null) {
            return m;
        }
        String person = m.person();
        if (m.resolvedBy().equals("name") && !person.contains(" ") && surnames.containsKey(person)) {
            Mention full = fullNames.get(surnames.get(person));
            return new Mention(m.sentence(), m.start(), m.end(), m.head(), full.actor(), m.span(), full.role(),
                "coreference", full.person(), false);
        }
        if (person.contains(" ")) {
            String last = person.substring(person.lastIndexOf(' ') + 1);
            surnames.putIfAbsent(last, person);
            fullNames.putIfAbsent(person, m);
        }
        Mention first = textRole.get(person);
        if (first == null) {
            if (m.resolvedBy().equals("title") || m.resolvedBy().equals("apposition")) {
                textRole.put(person, m);
            }
            return m;
        }
        if (!m.resolvedBy().equals("title") && !first.actor().code().equals(m.actor().code())) {
            return new Mention(m.sentence(), m.start(), m.end(), m.head(), first.actor(), m.span(), first.role(),
                "title", person, false);
        }
        return m;
    }
}
