package org.dyad.actor;

import org.dyad.model.Actor;
import org.dyad.model.Span;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dyad's own coreference within an article: the same person named again (full name, surname, or a
 * dictionary alias) takes the role the text gave it first; personal pronouns ("he", "she") link to the
 * last person named before them, outside quotations first. It needs no extra annotator; CoreNLP's
 * coreference costs 40 ms a sentence or more on this machine (see the design notes).
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

    /**
     * Links mentions across the article. Returns the mentions per sentence with (a) person mentions
     * re-coded to the role the text gave that person first, (b) new pronoun mentions added.
     *
     * @param inQuote tells whether a character offset lies inside a direct quotation
     */
    public List<List<Mention>> resolve(List<Sentence> sentences, List<List<Mention>> mentions,
                                       java.util.function.IntPredicate inQuote) {
        Map<String, Mention> textRole = new HashMap<>();   // person -> first mention with a role from the text
        Map<String, String> surnames = new HashMap<>();    // last name -> full name, for people not in the dictionary
        Map<String, Mention> fullNames = new HashMap<>();
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        Mention lastPerson = null;
        Mention lastPersonOutsideQuote = null;
        Mention lastBody = null; // the last state, body or group named outside a locative phrase
        Mention lastMany = null; // the last group of people named: rebels, protesters, a movement
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> here = new ArrayList<>();
            List<Mention> ms = mentions.get(si);
            Mention itInSentence = null;
            int mi = 0;
            for (Token t : s.tokens()) {
                while (mi < ms.size() && ms.get(mi).start() <= t.index()) {
                    Mention m = unify(ms.get(mi), textRole, surnames, fullNames);
                    here.add(m);
                    if (m.actor().kind() == Actor.Kind.PERSON) {
                        lastPerson = m;
                        if (!inQuote.test(m.span().begin())) {
                            lastPersonOutsideQuote = m;
                        }
                    } else if (isBody(m) && !afterLocative(s, m)) {
                        lastBody = m;
                    }
                    if ((m.plural() || m.actor().kind() == Actor.Kind.GROUP) && m.actor().kind() != Actor.Kind.PERSON
                        && !afterLocative(s, m) && !m.resolvedBy().equals("coreference")) {
                        lastMany = m;
                    }
                    mi++;
                }
                if (t.tag().startsWith("PRP") && PLURAL.contains(t.lowerWord()) && lastMany != null
                    && si - lastMany.sentence() <= 2 && !inQuote.test(t.begin())) {
                    // "they" outside quotations: the last group named ("rebel leaders said they would meet")
                    here.add(new Mention(si, t.index(), t.index() + 1, t.index(), lastMany.actor(),
                        new Span(t.begin(), t.end()), null, "coreference", null, true));
                }
                if (t.tag().startsWith("PRP") && NEUTER.contains(t.lowerWord())) {
                    // "it" takes the referent of an earlier "it" in its sentence (the subject is most
                    // salient), else the last state, body or group named in the last two sentences
                    Mention antecedent = itInSentence != null ? itInSentence
                        : lastBody != null && si - lastBody.sentence() <= 2 ? lastBody : null;
                    if (antecedent != null) {
                        Mention it = new Mention(si, t.index(), t.index() + 1, t.index(), antecedent.actor(),
                            new Span(t.begin(), t.end()), null, "coreference", null, false);
                        here.add(it);
                        if (itInSentence == null) {
                            itInSentence = antecedent;
                        }
                    }
                }
                if (t.tag().startsWith("PRP") && PERSONAL.contains(t.lowerWord())) {
                    Mention antecedent = inQuote.test(t.begin()) ? lastPerson : lastPersonOutsideQuote;
                    if (antecedent == null) {
                        antecedent = lastPerson;
                    }
                    if (antecedent != null && si - antecedent.sentence() <= 4) {
                        here.add(new Mention(si, t.index(), t.index() + 1, t.index(), antecedent.actor(),
                            new Span(t.begin(), t.end()), antecedent.role(), "coreference", antecedent.person(), false));
                    }
                }
            }
            while (mi < ms.size()) {
                here.add(unify(ms.get(mi++), textRole, surnames, fullNames));
            }
            out.add(here);
        }
        return out;
    }

    private static boolean isBody(Mention m) {
        Actor.Kind k = m.actor().kind();
        return !m.plural() && (k == Actor.Kind.STATE || k == Actor.Kind.IGO || k == Actor.Kind.GROUP)
            || k == Actor.Kind.STATE;
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
            if (m.resolvedBy().equals("title")) {
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
