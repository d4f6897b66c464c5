package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs of dependency-parser errors that recur in news text and cost events, applied to every parse
 * whatever parser produced it. Each repair is narrow: it fires only on the shape of one known error.
 *
 * <p>Reduced relative clause read as a clause: "Police prevented the rally organised by students"
 * is often parsed as {@code dep(prevented, organised)} with {@code nsubj(organised, rally)}, leaving
 * "prevented" without its object. When a past participle hangs from a verb by the catch-all
 * {@code dep}, has no auxiliary, and its subject sits between the two verbs while the first verb has
 * no object, the subject is the first verb's object and the participle modifies it
 * ({@code obj(prevented, rally)}, {@code acl(rally, organised)}). The same error comes as
 * {@code ccomp}: "A judge signed warrants for three officers wanted in the shooting" with
 * {@code ccomp(signed, wanted)} and {@code nsubj(wanted, warrants)}; a participle without auxiliary, "that",
 * object or complement of its own is no clause either; nor is the small clause the parser makes of "Ecuador
 * and Colombia restored diplomatic ties severed after a raid" ({@code xcomp(restored, severed)} with
 * {@code nsubj(severed, ties)}).
 *
 * <p>Approximate number read as a preposition: "Around 300 supporters of the leader blocked roads" is
 * often parsed with {@code case(supporters, Around)} and {@code obl:around(blocked, supporters)}, leaving
 * the verb without a subject. When a verb has no subject and an oblique before it is marked by an
 * approximator (about, around, some, nearly, almost, over, roughly, approximately, up to) directly before
 * a number of that noun, the noun is the verb's subject ({@code nsubj}, {@code nsubj:pass} when the verb
 * is passive) and the approximator modifies the number.
 *
 * <p>Gerund after "to" read as an adjective: "Youths resorted to hurling rocks at soldiers" is often parsed
 * with {@code amod(rocks, hurling)} and {@code obl:to(resorted, rocks)}, so nobody hurls anything. After
 * the few verbs whose "to" takes a gerund (resort, confess, admit, revert; commit and dedicate, as in "is
 * committed to providing aid"), a present participle
 * right after "to" that modifies the noun is the head of a clause ({@code advcl:to(resorted, hurling)},
 * {@code obj(hurling, rocks)}, as the parser gives "resorted to hurling the rocks"), and the verb's
 * obliques after the noun belong to that clause ("at soldiers"). Other verbs are left alone:
 * "responded to rising violence" and "returned to neighbouring countries" hold real adjectives.
 *
 * <p>Preposition before an infinitive's subject read as its marker: "The African Union called on Sudan's
 * military to hand over power" and "Taiwan appealed to the WHO to let it attend" are often parsed as a
 * for-to clause, {@code advcl:to(called, hand)} with {@code mark(hand, on)}, {@code mark(hand, to)} and
 * {@code nsubj(hand, military)}, so the appeal has no addressee. When a verb's adverbial clause carries two
 * markers, "on"/"upon"/"to" right after the verb (or after the verb's time modifier: "called Monday on Muslims to
 * unite") and "to" right before the infinitive, with the clause's
 * subject between them, the subject is the verb's addressee and the infinitive its complement, as the
 * parser gives "called on Russia to withdraw": {@code obj(called, military)} with {@code compound:prt(called,
 * on)} for "call on", {@code obl:to(appealed, WHO)} with {@code case(WHO, to)} for "appeal to", then
 * {@code xcomp(called, hand)} and {@code nsubj:xsubj(hand, military)}. After other verbs and adjectives the same
 * misreading of "with", "at", "by", "over" … is a noun with its own infinitive: "disappointed with Pakistan's
 * decision to free him" is {@code obl:with(disappointed, decision)} and {@code acl:to(decision, free)}. A "to"
 * misread so after other verbs, or after a verb's object, names where someone goes or is sent: "went to Geneva to
 * talk", "sent officials to Ecuador to help fight the gangs" are {@code obl:to(sent, Ecuador)} with the infinitive
 * left the verb's purpose, done by the verb's subject (Ecuador helps no one).
 *
 * <p>Coordinated noun phrases read as compounds of the last noun: "The Colombian government and FARC rebels
 * held talks" is often parsed with {@code compound(rebels, government)}, {@code compound(rebels, FARC)} and
 * {@code conj(government, FARC)}, so "the government" is only a modifier of "rebels". A compound that has
 * its own determiner ("The … government") and a conjunct that is another compound of the same noun is the
 * first conjunct of the phrase: it takes the noun's place, and the noun becomes its conjunct with the second
 * compound as modifier ({@code nsubj(held, government)}, {@code conj:and(government, rebels)},
 * {@code compound(rebels, FARC)}).
 *
 * <p>Trailing attribution read as the object's clause: "A drone strike killed a Taliban commander in Helmand,
 * the Pentagon said" is often parsed with {@code ccomp(killed, said)}, {@code nsubj(said, commander)} and
 * {@code appos(commander, Pentagon)}, so that the strike kills no one and the commander speaks. When a verb of
 * saying after the clause's verb is its {@code ccomp}, its subject stands between the two with an apposition
 * after a comma, and the first verb has no object, the subject is the first verb's object, the apposition
 * the speaker, and the verb of saying heads the sentence ({@code obj(killed, commander)},
 * {@code nsubj(said, Pentagon)}, {@code ccomp(said, killed)}).
 *
 * <p>Reported clause's subject read as the reporter's object: see {@link #reportedSubjects}.
 *
 * <p>Sentence-initial adjective read as the root: see {@link #leadingAdjectives}.
 *
 * <p>"Has yet to" read as a verb with a clause: "Pakistan has yet to hand over the suspects" is often parsed as
 * {@code ccomp(has, hand)}, so the handing over has no doer. When "have" takes as {@code ccomp} an infinitive
 * marked by "to" with "yet" before it and no subject of its own, the infinitive is its complement and shares
 * its subject ({@code xcomp(has, hand)}, {@code nsubj:xsubj(hand, Pakistan)}), as with "is yet to".
 *
 * <p>Subject with a non-restrictive relative clause read as something else: see {@link #subjectsWithRelatives}.
 */
public final class ParseRepair {

    /** Words that make a number approximate: "around 300", "up to 50". */
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "approximately", "roughly", "some",
        "nearly", "almost", "over", "up");

    /** Verbs whose "to" takes a gerund, not a noun phrase with a participial adjective. */
    private static final Set<String> GERUND_TO = Set.of("resort", "confess", "admit", "revert", "commit", "committed", "dedicate",
        "dedicated");

    /** Prepositions the parser misreads as the marker of a for-to clause ("for" itself makes real ones). */
    private static final Set<String> MISREAD_MARKERS = Set.of("on", "upon", "to", "with", "at", "by", "about", "over",
        "against", "from", "of");

    /** Verbs whose "on" phrase names the one asked to act: "called on Russia to withdraw". */
    private static final Set<String> ADDRESSING_ON = Set.of("call", "prevail", "rely", "count", "depend", "lean");

    /** Verbs whose "to" phrase names the one asked to act: "appealed to the WHO to let it attend". */
    private static final Set<String> ADDRESSING_TO = Set.of("appeal", "plead", "petition", "write", "signal");

    private ParseRepair() {
    }

    /**
     * The parse with the known errors repaired; the same list when none was found.
     *
     * @param tokens the sentence's tokens
     * @param edges  its dependencies, indexes into {@code tokens}
     */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        return agentSubjects(tokens, subjectsWithRelatives(tokens, raisedRelatives(tokens, resultatives(tokens, reportedConjuncts(tokens, chargedGerunds(tokens, reportedSubjects(tokens, trailingAttributions(tokens, coordinatedCompounds(tokens, objectControl(tokens, addresseesBeforeInfinitives(tokens,
            gerundsAfterTo(tokens, approximateSubjects(tokens, reducedRelatives(tokens, subjectRelatives(tokens, yetTo(tokens,
                objectsAfterDays(tokens, leadingAdjectives(tokens, edges))))))))))))))))));
    }

    /** Relative pronouns that open a non-restrictive relative clause on a subject: "Poland, which borders Ukraine,". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who");

    /**
     * Subject with a non-restrictive relative clause read as something else: "Poland, which borders Ukraine, condemned
     * the attack" is often parsed with the name as the root, {@code nsubj(condemned, borders)} and
     * {@code obj(condemned, Poland)}; "Egypt, which has mediated between the parties, called for a ceasefire" with
     * {@code dep(Egypt, mediated)} and {@code dep(mediated, called)}; "Turkey, which is a NATO member, bought missiles"
     * with {@code acl(member, bought)}: the state does nothing, or suffers its own act. When a sentence (after its
     * dateline) opens with a noun phrase, a comma, "which" or "who", a clause and a comma, and a verb follows that
     * comma that is not the root with the noun phrase as its subject, the three parts are put back together: the verb
     * heads the sentence with the noun as its subject, the clause between the commas modifies the noun
     * ({@code acl:relcl}, with the noun as its subject, as enhanced dependencies give it), and the edges that crossed
     * between the parts are dropped; what each part says inside itself is kept.
     */
    private static List<Dependency> subjectsWithRelatives(List<Token> tokens, List<Dependency> edges) {
        int start = Dateline.dash(tokens.stream().map(Token::word).toList()) + 1;
        int open = -1;
        for (int i = start + 1; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (w.equals(",")) {
                open = RELATIVE_PRONOUNS.contains(tokens.get(i + 1).lowerWord()) ? i : -1;
                break;
            }
            if (tokens.get(i).isVerb() || tokens.get(i).tag().equals("MD")) {
                return edges;
            }
        }
        if (open < 0 || !tokens.get(open - 1).isNoun()) {
            return edges;
        }
        int noun = phraseHead(edges, start, open);
        int which = open + 1;
        int close = -1;
        for (int i = which + 2; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).word().equals(",")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return edges;
        }
        int verb = close + 1;
        String tag = tokens.get(verb).tag();
        if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBN"))) {
            return edges;
        }
        boolean rooted = false;
        boolean subject = false;
        for (Dependency d : edges) {
            rooted |= d.governor() < 0 && d.dependent() == verb;
            subject |= d.governor() == verb && d.dependent() == noun && d.relation().startsWith("nsubj");
        }
        if (rooted && subject) {
            return edges;
        }
        int clause = relativeHead(tokens, edges, which + 1, close);
        if (clause < 0) {
            return edges;
        }
        List<Dependency> out = new ArrayList<>(edges.size() + 6);
        for (Dependency d : edges) {
            if (d.governor() < 0 || part(d.governor(), start, open, close) != part(d.dependent(), start, open, close)
                || d.dependent() == which || d.dependent() == open || d.dependent() == close) {
                continue;
            }
            out.add(d);
        }
        boolean passive = hasChild(out, clause, "aux:pass");
        out.add(new Dependency(-1, verb, "root"));
        out.add(new Dependency(verb, noun, tokens.get(verb).tag().equals("VBN") && hasChild(out, verb, "aux:pass")
            ? "nsubj:pass" : "nsubj"));
        out.add(new Dependency(noun, clause, "acl:relcl"));
        out.add(new Dependency(clause, noun, passive ? "nsubj:pass" : "nsubj"));
        out.add(new Dependency(noun, which, "ref"));
        out.add(new Dependency(noun, open, "punct"));
        out.add(new Dependency(noun, close, "punct"));
        boolean[] headed = new boolean[tokens.size()];
        for (Dependency d : out) {
            headed[d.dependent()] = true;
        }
        for (int i = start; i < tokens.size(); i++) {
            if (!headed[i]) {
                int part = part(i, start, open, close);
                int head = part == 0 ? noun : part == 1 ? clause : verb;
                out.add(new Dependency(head, i, Character.isLetterOrDigit(tokens.get(i).word().charAt(0)) ? "dep" : "punct"));
            }
        }
        return out;
    }

    /**
     * The head of the noun phrase from {@code from} to {@code to} (exclusive): its one word that hangs from no word of
     * the phrase ("Egypt" in "Egypt and Saudi Arabia"), else its last word.
     */
    private static int phraseHead(List<Dependency> edges, int from, int to) {
        int head = -1;
        for (int i = from; i < to; i++) {
            boolean inner = false;
            for (Dependency d : edges) {
                inner |= d.dependent() == i && d.governor() >= from && d.governor() < to;
            }
            if (!inner) {
                if (head >= 0) {
                    return to - 1;
                }
                head = i;
            }
        }
        return head < 0 ? to - 1 : head;
    }

    /** Which part of a subject with a relative clause a token is in: 0 the noun phrase, 1 the clause, 2 the rest. */
    private static int part(int token, int start, int open, int close) {
        return token < open ? 0 : token <= close ? 1 : 2;
    }

    /**
     * The head of a relative clause between two tokens (exclusive): the word with a copula, else the first verb that
     * is no auxiliary; -1 if none.
     */
    private static int relativeHead(List<Token> tokens, List<Dependency> edges, int from, int to) {
        for (Dependency d : edges) {
            if (d.relation().equals("cop") && d.governor() > from && d.governor() < to) {
                return d.governor();
            }
        }
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isVerb()) {
                boolean auxiliary = false;
                for (Dependency d : edges) {
                    auxiliary |= d.dependent() == i && (d.relation().startsWith("aux") || d.relation().equals("cop"));
                }
                if (!auxiliary) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Reduced relative with an infinitive read as the main clause: "Soldiers said to be loyal to the former president
     * seized the radio station", "Fighters reported to be from Chechnya attacked a checkpoint" are often parsed with
     * the participle as the root ({@code nsubj(said, Soldiers)}, {@code xcomp(said, loyal)}) and the real verb hung
     * inside its complement ({@code acl(president, seized)}), or left an orphan of its own object ("Armed men believed
     * to be members of the group beheaded a police officer": {@code orphan(officer, beheaded)}), so that the soldiers
     * say something and nobody seizes anything. When the root is a participle of {@link TagRepair#RAISING} with no
     * auxiliary, a subject before it and "to" after it, and a finite verb with no subject of its own follows in the
     * same clause, hanging only from words between the two, the finite verb heads the sentence with the participle's
     * subject ({@code nsubj(seized, Soldiers)}), the participle modifies that subject ({@code acl(Soldiers, said)}),
     * and an orphaning object is the verb's ({@code obj(beheaded, officer)}). A participle with its agent right after
     * it is read the same way: "A militia backed by Iran attacked US forces" is often parsed with "backed" as the root,
     * "attacked" as an adjective of its object ({@code obj(backed, forces)}, {@code amod(forces, attacked)}), and the
     * object becomes the verb's ({@code obj(attacked, forces)}).
     */
    private static List<Dependency> raisedRelatives(List<Token> tokens, List<Dependency> edges) {
        for (Dependency root : edges) {
            int participle = root.dependent();
            if (root.governor() >= 0 || !tokens.get(participle).tag().equals("VBN") || participle + 1 >= tokens.size()
                || hasChild(edges, participle, "aux") || hasChild(edges, participle, "aux:pass")) {
                continue;
            }
            String next = tokens.get(participle + 1).lowerWord();
            boolean raised = TagRepair.RAISING.contains(tokens.get(participle).lowerWord()) && next.equals("to");
            boolean agent = next.equals("by") && hasChild(edges, participle, "obl:by"); // "a militia backed by Iran"
            if (!raised && !agent) {
                continue;
            }
            Dependency subject = null;
            for (Dependency d : edges) {
                if (d.governor() == participle && d.relation().equals("nsubj") && d.dependent() < participle) {
                    subject = d;
                }
            }
            if (subject == null) {
                continue;
            }
            int verb = -1;
            for (int k = participle + 2; k < tokens.size() && verb < 0; k++) {
                String tag = tokens.get(k).tag();
                if (tokens.get(k).word().equals(",") || tokens.get(k).word().equals(";")) {
                    break;
                }
                if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
                    verb = k;
                }
            }
            if (verb < 0 || hasChild(edges, verb, "nsubj") || hasChild(edges, verb, "nsubj:pass")) {
                continue;
            }
            int v = verb;
            Dependency orphaned = null;
            Dependency taken = null; // "backed by Iran attacked US forces": the participle took the verb's object
            boolean inside = true;
            for (Dependency d : edges) {
                if (d.dependent() != v) {
                    continue;
                }
                if (d.relation().equals("orphan") && d.governor() > v) {
                    orphaned = d;
                } else if (agent && d.governor() > v && edges.contains(new Dependency(participle, d.governor(), "obj"))) {
                    taken = new Dependency(participle, d.governor(), "obj");
                } else {
                    inside &= d.governor() > participle && d.governor() < v;
                }
            }
            if (!inside) {
                continue;
            }
            Dependency object = taken;
            if (orphaned != null) {
                for (Dependency d : edges) {
                    if (d.dependent() == orphaned.governor() && d.governor() > participle && d.governor() < v) {
                        object = d;
                    }
                }
                if (object == null) {
                    continue;
                }
            }
            List<Dependency> out = new ArrayList<>(edges.size() + 1);
            for (Dependency d : edges) {
                if (d.equals(root)) {
                    out.add(new Dependency(root.governor(), v, root.relation()));
                } else if (d.equals(subject)) {
                    out.add(new Dependency(v, subject.dependent(), "nsubj"));
                    out.add(new Dependency(subject.dependent(), participle, "acl"));
                } else if (d.dependent() == v) {
                    continue; // its place inside the participle's phrase
                } else if (d.equals(object)) {
                    out.add(new Dependency(v, object.dependent(), "obj"));
                } else if (d.governor() == participle && d.relation().equals("punct") && d.dependent() > v) {
                    out.add(new Dependency(v, d.dependent(), "punct"));
                } else {
                    out.add(d);
                }
            }
            return out;
        }
        return edges;
    }

    /**
     * Participle with its agent read as a clausal subject: "Fighters backed by Turkey seized two villages" is often
     * parsed {@code csubj(seized, backed)}, {@code nsubj(backed, Fighters)}, so that the backing seizes and the
     * fighters back. A participle that is a verb's clausal subject, with a noun subject before it and its agent
     * right after it, modifies that noun ({@code acl(Fighters, backed)}), and the noun is the verb's subject.
     */
    private static List<Dependency> agentSubjects(List<Token> tokens, List<Dependency> edges) {
        for (Dependency clause : edges) {
            int participle = clause.dependent();
            if (!clause.relation().equals("csubj") || participle + 1 >= tokens.size()
                || !tokens.get(participle).tag().equals("VBN") || !tokens.get(participle + 1).lowerWord().equals("by")
                || !hasChild(edges, participle, "obl:by")) {
                continue;
            }
            for (Dependency subject : edges) {
                if (subject.governor() == participle && subject.relation().equals("nsubj") && subject.dependent() < participle) {
                    List<Dependency> out = new ArrayList<>(edges.size());
                    for (Dependency d : edges) {
                        if (d.equals(clause)) {
                            out.add(new Dependency(clause.governor(), subject.dependent(), "nsubj"));
                        } else if (d.equals(subject)) {
                            out.add(new Dependency(subject.dependent(), participle, "acl"));
                        } else {
                            out.add(d);
                        }
                    }
                    return out;
                }
            }
        }
        return edges;
    }

    /** Adjectives that, after a verb's object, name the state the act leaves it in: "set the church ablaze". */
    private static final Set<String> RESULTATIVES = Set.of("ablaze", "alight", "afire", "free", "loose", "dead",
        "unconscious");

    /**
     * Resultative adjective read as an adverb or as the head of the object: "Rioters set three police stations
     * ablaze" is often parsed with {@code advmod(set, ablaze)}, and "The rebels set two hostages free" with
     * {@code advmod(set, free)} and {@code obl:npmod(free, hostages)}, so that nothing is set ablaze and no one
     * is freed. A resultative ({@link #RESULTATIVES}) after a verb's object (or after the verb of a passive) is the
     * verb's predicative complement ({@code xcomp(set, ablaze)}, as the parser gives "set the pilot free" when
     * right); a noun it governs between the verb and itself, when the verb has no object, is the verb's object
     * ({@code obj(set, hostages)}, {@code xcomp(set, free)}), as is the subject of the small clause the parser
     * sometimes makes of it ({@code xcomp(set, free)} with {@code nsubj(free, pilot)}: "set the captured pilot free").
     * After a passive the parser may make the adjective the verb's object: "a journalist was shot dead by gunmen"
     * ({@code obj(shot, dead)}), which then stands where the victim should.
     */
    private static List<Dependency> resultatives(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = null;
        for (Dependency link : edges) {
            int verb = link.governor();
            int result = link.dependent();
            String rel = link.relation();
            if (verb < 0 || result < verb || !tokens.get(verb).isVerb()
                || !RESULTATIVES.contains(tokens.get(result).lowerWord())
                || !(rel.equals("advmod") || rel.equals("dep") || rel.equals("xcomp")
                    || rel.equals("obj") && tokens.get(result).tag().startsWith("JJ"))) {
                continue;
            }
            List<Dependency> current = out == null ? edges : out;
            boolean object = false;
            for (Dependency d : current) {
                object |= d.governor() == verb && (d.relation().equals("obj") && d.dependent() < result
                    || d.relation().equals("nsubj:pass") && d.dependent() < verb);
            }
            Dependency noun = null;
            if (object && rel.equals("xcomp")) {
                continue; // already as it should be
            }
            if (!object) {
                for (Dependency d : current) {
                    if (d.governor() == result && d.dependent() > verb && d.dependent() < result
                        && (d.relation().equals("obl:npmod") || d.relation().equals("nmod:npmod") || d.relation().equals("obj")
                        || d.relation().equals("dep") || d.relation().equals("nsubj")) && tokens.get(d.dependent()).tag().startsWith("NN")) {
                        noun = d;
                    }
                }
                if (noun == null) {
                    continue;
                }
            }
            out = new ArrayList<>(current.size());
            for (Dependency d : current) {
                if (d.equals(link)) {
                    out.add(new Dependency(verb, result, "xcomp"));
                } else if (d.equals(noun)) {
                    out.add(new Dependency(verb, noun.dependent(), "obj"));
                } else {
                    out.add(d);
                }
            }
        }
        return out == null ? edges : out;
    }

    /**
     * Second verb of a reported clause read as the reporter's: "Police said a gunman shot and wounded two officers" is
     * often parsed with {@code ccomp(said, shot)}, {@code nsubj(shot, gunman)}, {@code conj:and(said, wounded)} and
     * {@code nsubj(wounded, Police)}, so that the police wound the officers. When a verb's clausal complement has a
     * subject of its own between the two, and a verb of the same form coordinated with the first by "and" follows
     * the complement with no comma between and no subject but the first verb's, the coordinated verb belongs to the
     * complement, as the parser gives "the army said rebels ambushed and killed three soldiers":
     * {@code conj:and(shot, wounded)}, {@code nsubj(wounded, gunman)}, {@code ccomp(said, wounded)}. When the
     * complement's verb stands right before "and" with no object, the second verb's object is both verbs' and hangs
     * on the first ({@code obj(shot, officers)}), as in "a gunman shot and wounded two officers".
     */
    private static List<Dependency> reportedConjuncts(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = null;
        for (Dependency conj : edges) {
            int reporter = conj.governor();
            int second = conj.dependent();
            if (!conj.base().equals("conj") || reporter < 0 || second < reporter || !tokens.get(second).isVerb()) {
                continue;
            }
            List<Dependency> current = out == null ? edges : out;
            Dependency clause = null;
            Dependency subject = null;
            for (Dependency d : current) {
                int first = d.dependent();
                if (d.governor() == reporter && d.relation().equals("ccomp") && first > reporter && first < second
                    && tokens.get(first).tag().equals(tokens.get(second).tag()) && !hasChild(current, second, "nsubj:pass")) {
                    for (Dependency n : current) {
                        if (n.governor() == first && n.relation().equals("nsubj") && n.dependent() > reporter
                            && n.dependent() < first) {
                            clause = d;
                            subject = n;
                        }
                    }
                }
            }
            if (clause == null) {
                continue;
            }
            int first = clause.dependent();
            boolean and = false;
            boolean comma = false;
            for (int k = first + 1; k < second; k++) {
                String w = tokens.get(k).word();
                and |= w.equalsIgnoreCase("and") && current.contains(new Dependency(second, k, "cc"));
                comma |= w.equals(",") || w.equals(";");
            }
            boolean ownSubject = false;
            for (Dependency d : current) {
                ownSubject |= d.governor() == second && d.base().equals("nsubj") && d.dependent() > reporter;
            }
            if (!and || comma || ownSubject) {
                continue;
            }
            boolean shared = second == first + 2 && !hasChild(current, first, "obj");
            out = new ArrayList<>(current.size() + 1);
            for (Dependency d : current) {
                if (d.equals(conj)) {
                    out.add(new Dependency(first, second, conj.relation()));
                    out.add(new Dependency(reporter, second, "ccomp"));
                    out.add(new Dependency(second, subject.dependent(), "nsubj"));
                } else if (d.governor() == second && d.relation().equals("nsubj")) {
                    continue; // the reporter's subject, copied to the verb it was thought to share
                } else if (shared && d.governor() == second && d.relation().equals("obj")) {
                    out.add(new Dependency(first, d.dependent(), "obj"));
                } else {
                    out.add(d);
                }
            }
        }
        return out == null ? edges : out;
    }

    /**
     * A sentence's first adjective, coordinated with the adjectives of its subject, read as the root: "Sudanese
     * and South Sudanese troops clashed" is often parsed with {@code root(Sudanese)}, {@code conj(Sudanese,
     * clashed)} and {@code amod(troops, South)}, {@code amod(troops, Sudanese)}, so the first state has no part in
     * the clash. When the root is an adjective at the sentence's start, "and" follows it, then only modifiers of
     * a noun that is the subject of the root's conjunct verb, the adjective is a modifier of that noun
     * coordinated with the last modifier, and the verb heads the sentence, as the parser gives "Chinese and
     * Russian troops held drills": {@code amod(troops, Sudanese)}, {@code conj:and(Sudanese, Sudanese)}.
     */
    private static List<Dependency> leadingAdjectives(List<Token> tokens, List<Dependency> edges) {
        Dependency root = null;
        for (Dependency d : edges) {
            if (d.governor() < 0) {
                root = d;
            }
        }
        if (root == null || root.dependent() != 0 || !tokens.get(0).tag().startsWith("JJ") || tokens.size() < 5
            || !tokens.get(1).lowerWord().equals("and")) {
            return edges;
        }
        for (Dependency conj : edges) {
            int verb = conj.dependent();
            if (conj.governor() != 0 || !conj.base().equals("conj") || !tokens.get(verb).tag().startsWith("VB")) {
                continue;
            }
            for (Dependency subj : edges) {
                int noun = subj.dependent();
                if (subj.governor() != verb || !subj.relation().startsWith("nsubj") || noun <= 2 || noun >= verb
                    || !tokens.get(noun).tag().startsWith("NN")) {
                    continue;
                }
                boolean modifiers = true;
                for (int k = 2; k < noun; k++) {
                    modifiers &= edges.contains(new Dependency(noun, k, "amod")) || edges.contains(new Dependency(noun, k, "compound"));
                }
                if (!modifiers) {
                    continue;
                }
                List<Dependency> out = new ArrayList<>(edges.size() + 1);
                for (Dependency d : edges) {
                    if (d.equals(root)) {
                        out.add(new Dependency(d.governor(), verb, d.relation()));
                    } else if (d.equals(conj)) {
                        out.add(new Dependency(noun, 0, "amod"));
                        out.add(new Dependency(0, noun - 1, conj.relation()));
                    } else if (d.governor() == verb && d.dependent() == 1) {
                        out.add(new Dependency(noun - 1, 1, d.relation())); // "and" belongs to the second adjective
                    } else if (d.governor() == 0) {
                        out.add(new Dependency(verb, d.dependent(), d.relation())); // the full stop
                    } else {
                        out.add(d);
                    }
                }
                return out;
            }
        }
        return edges;
    }

    /**
     * An object after a day read as the day's dependent: "Beirut rejected Thursday a United Nations appeal for
     * calm" is often parsed with {@code obl:tmod(rejected, Thursday)} and {@code dep(Thursday, appeal)}, so the
     * appeal is rejected by no one. When a verb with no object has a date word as its time and that word's only
     * link to a later noun is {@code dep}, the noun is the verb's object. Likewise a noun after "on Tuesday"
     * read as the subject of an infinitive the verb governs ("condemned on Tuesday the US decision to sell
     * arms": the decision is condemned, the sale its clause).
     */
    /** Words naming a day an event happened on, as wire stories put them after the verb. */
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "today", "yesterday", "tonight", "overnight");

    private static List<Dependency> objectsAfterDays(List<Token> tokens, List<Dependency> edges) {
        for (Dependency time : edges) {
            int verb = time.governor();
            int day = time.dependent();
            if (!(time.relation().equals("obl:tmod") || time.relation().equals("obl:on")) || verb < 0 || verb > day || !tokens.get(verb).isVerb()
                || !DAYS.contains(lemma(tokens, day)) || hasChild(edges, verb, "obj")) {
                continue;
            }
            for (Dependency clause : edges) {
                // "China condemned on Tuesday the US decision to sell arms": ccomp(condemned, sell) with the
                // decision as the infinitive's subject; the decision is the object, the infinitive its clause
                int inf = clause.dependent();
                if (clause.governor() == verb && clause.relation().equals("ccomp") && inf > day
                    && tokens.get(inf).tag().equals("VB") && edges.stream().anyMatch(k -> k.governor() == inf
                        && k.relation().equals("mark") && tokens.get(k.dependent()).lowerWord().equals("to"))) {
                    for (Dependency subject : edges) {
                        if (subject.governor() == inf && subject.relation().equals("nsubj")
                            && subject.dependent() > day && subject.dependent() < inf
                            && tokens.get(subject.dependent()).isNoun() && !tokens.get(subject.dependent()).isProperNoun()) {
                            List<Dependency> out = new ArrayList<>(edges);
                            out.set(out.indexOf(clause), new Dependency(verb, subject.dependent(), "obj"));
                            out.set(out.indexOf(subject), new Dependency(subject.dependent(), inf, "acl"));
                            return out;
                        }
                    }
                }
            }
            for (Dependency dep : edges) {
                if (dep.governor() == day && dep.relation().equals("dep") && dep.dependent() > day
                    && tokens.get(dep.dependent()).isNoun() && !DAYS.contains(lemma(tokens, dep.dependent()))) {
                    List<Dependency> out = new ArrayList<>(edges);
                    out.set(out.indexOf(dep), new Dependency(verb, dep.dependent(), "obj"));
                    return out;
                }
            }
        }
        return edges;
    }

    private static List<Dependency> yetTo(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = null;
        for (Dependency clause : edges) {
            int have = clause.governor();
            int verb = clause.dependent();
            if (!clause.relation().equals("ccomp") || have < 0 || !tokens.get(have).lemma().equalsIgnoreCase("have")
                || verb < 2 || !tokens.get(verb - 1).word().equalsIgnoreCase("to")
                || !tokens.get(verb - 2).word().equalsIgnoreCase("yet")) {
                continue;
            }
            Dependency subject = null;
            boolean own = false;
            for (Dependency d : edges) {
                if (d.governor() == have && d.relation().startsWith("nsubj")) {
                    subject = d;
                }
                own |= d.governor() == verb && d.relation().startsWith("nsubj");
            }
            if (subject == null || own) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(edges);
            }
            out.set(out.indexOf(clause), new Dependency(have, verb, "xcomp"));
            out.add(new Dependency(verb, subject.dependent(), "nsubj:xsubj"));
        }
        return out == null ? edges : out;
    }

    private static List<Dependency> addresseesBeforeInfinitives(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = null;
        for (Dependency clause : edges) {
            int verb = clause.governor();
            int infinitive = clause.dependent();
            if (!clause.base().equals("advcl") || verb < 0 || infinitive < verb
                || !(tokens.get(verb).isVerb() || tokens.get(verb).isAdjective()) || !tokens.get(infinitive).tag().equals("VB")) {
                continue;
            }
            List<Dependency> current = out == null ? edges : out;
            Dependency preposition = null;
            Dependency to = null;
            Dependency subject = null;
            boolean afterObject = false;
            for (Dependency d : current) {
                if (d.governor() != infinitive) {
                    continue;
                }
                String word = tokens.get(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (d.relation().equals("mark") && d.dependent() > verb && onlyTimeBetween(current, verb, d.dependent())
                    && MISREAD_MARKERS.contains(word)) {
                    preposition = d;
                } else if (d.relation().equals("mark") && word.equals("to") && d.dependent() < infinitive - 1
                    && current.contains(new Dependency(verb, d.dependent() - 1, "obj"))) {
                    preposition = d; // "sent officials to Ecuador to help": after the verb's object
                    afterObject = true;
                } else if (d.relation().equals("mark") && d.dependent() == infinitive - 1 && word.equals("to")) {
                    to = d;
                } else if (d.relation().equals("nsubj")) {
                    subject = d;
                }
            }
            if (preposition == null || to == null || subject == null || subject.dependent() < preposition.dependent()
                || subject.dependent() > to.dependent()) {
                continue;
            }
            int noun = subject.dependent();
            String prep = tokens.get(preposition.dependent()).word().toLowerCase(Locale.ROOT);
            String verbLemma = lemma(tokens, verb);
            boolean addressed = afterObject ? false : prep.equals("to") ? ADDRESSING_TO.contains(verbLemma)
                : (prep.equals("on") || prep.equals("upon")) && ADDRESSING_ON.contains(verbLemma);
            // "sent officials to Ecuador to help fight the gangs", "went to Geneva to talk": the place gone to is no
            // one who acts; the infinitive is the purpose of the verb, whose subject does it
            boolean destination = prep.equals("to") && !addressed;
            boolean particle = addressed && verbLemma.equals("call"); // "called on Russia", as parsed when right
            out = new ArrayList<>(current.size() + 1);
            for (Dependency d : current) {
                if (d.equals(clause)) {
                    out.add(addressed ? new Dependency(verb, infinitive, "xcomp")
                        : destination ? d : new Dependency(noun, infinitive, "acl:to"));
                } else if (d.equals(preposition)) {
                    out.add(particle ? new Dependency(verb, d.dependent(), "compound:prt") : new Dependency(noun, d.dependent(), "case"));
                } else if (d.equals(subject)) {
                    out.add(particle ? new Dependency(verb, noun, "obj") : new Dependency(verb, noun, "obl:" + prep));
                    if (addressed) {
                        out.add(new Dependency(infinitive, noun, "nsubj:xsubj"));
                    }
                } else {
                    out.add(d);
                }
            }
        }
        return out == null ? edges : out;
    }

    /**
     * Reduced relative on the subject read as the main clause: "A bomb planted by militants killed two soldiers"
     * is often parsed with {@code nsubj(planted, bomb)}, {@code obl:by(planted, militants)} and
     * {@code dep(planted, killed)}, so that nothing kills anyone ("the number of people killed in the attack
     * rose to 45" likewise, without an agent). When a past participle without auxiliary
     * has a subject before it, maybe a by-agent after it, and a finite verb after the agent hanging from it by
     * {@code dep}, {@code parataxis} or {@code advmod} with no subject of its own, the finite verb is the clause: it takes the
     * subject and the participle modifies the subject ({@code nsubj(killed, bomb)}, {@code acl(bomb, planted)}).
     */
    private static List<Dependency> subjectRelatives(List<Token> tokens, List<Dependency> edges) {
        for (Dependency dep : edges) {
            if (!dep.relation().equals("dep") && !dep.relation().equals("parataxis") && !dep.relation().equals("advmod")
                || dep.governor() < 0) {
                continue; // (a finite verb is no adverb: "advmod" is the same error)
            }
            int participle = dep.governor();
            int verb = dep.dependent();
            String tag = tokens.get(verb).tag();
            if (!tokens.get(participle).tag().equals("VBN") || verb < participle
                || !(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
                || hasChild(edges, participle, "aux") || hasChild(edges, participle, "aux:pass")
                || hasChild(edges, verb, "nsubj") || hasChild(edges, verb, "nsubj:pass")) {
                continue;
            }
            Dependency subject = null;
            Dependency agent = null;
            for (Dependency d : edges) {
                if (d.governor() == participle && d.relation().equals("nsubj") && d.dependent() < participle) {
                    subject = d;
                }
                if (d.governor() == participle && (d.relation().equals("obl:by") || d.relation().equals("obl:agent"))
                    && d.dependent() > participle && d.dependent() < verb) {
                    agent = d;
                }
            }
            if (subject == null) {
                continue;
            }
            List<Dependency> out = new ArrayList<>(edges.size());
            for (Dependency d : edges) {
                if (d.equals(dep)) {
                    continue;
                } else if (d.equals(subject)) {
                    out.add(new Dependency(verb, subject.dependent(), "nsubj"));
                    out.add(new Dependency(subject.dependent(), participle, "acl"));
                } else if (d.governor() < 0 && d.dependent() == participle) {
                    out.add(new Dependency(d.governor(), verb, d.relation()));
                } else if (d.equals(agent)) {
                    out.add(new Dependency(participle, agent.dependent(), "obl:agent"));
                } else if (d.governor() == participle && d.dependent() > verb && !d.relation().equals("punct")) {
                    out.add(new Dependency(verb, d.dependent(), d.relation())); // what follows belongs to the clause
                } else if (d.governor() == participle && d.relation().equals("punct")) {
                    out.add(new Dependency(verb, d.dependent(), d.relation()));
                } else {
                    out.add(d);
                }
            }
            return out;
        }
        return edges;
    }

    private static List<Dependency> reducedRelatives(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = null;
        for (Dependency dep : edges) {
            boolean clause = dep.relation().equals("ccomp") || dep.relation().equals("xcomp");
            if (!dep.relation().equals("dep") && !clause || dep.governor() < 0) {
                continue;
            }
            int verb = dep.governor();
            int participle = dep.dependent();
            if (!tokens.get(verb).isVerb() || !tokens.get(participle).tag().equals("VBN") || participle < verb) {
                continue;
            }
            List<Dependency> current = out == null ? edges : out;
            if (hasChild(current, verb, "obj") || hasChild(current, participle, "aux")
                || hasChild(current, participle, "cop")
                || clause && (hasChild(current, participle, "mark") || hasChild(current, participle, "obj")
                || hasChild(current, participle, "xcomp") || hasChild(current, participle, "ccomp"))) {
                continue;
            }
            Dependency subject = null;
            for (Dependency d : current) {
                if (d.governor() == participle && d.base().equals("nsubj") && !d.relation().equals("nsubj:xsubj")
                    && d.dependent() > verb && d.dependent() < participle) {
                    subject = d;
                    break;
                }
            }
            if (subject == null) {
                continue;
            }
            int noun = subject.dependent();
            out = new ArrayList<>(current.size());
            for (Dependency d : current) {
                if (d.equals(dep)) {
                    out.add(new Dependency(noun, participle, "acl"));
                } else if (d.equals(subject)) {
                    out.add(new Dependency(verb, noun, "obj"));
                } else {
                    out.add(d);
                }
            }
        }
        return out == null ? edges : out;
    }

    private static List<Dependency> approximateSubjects(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = null;
        for (Dependency dep : edges) {
            if (!dep.base().equals("obl") || dep.governor() < 0 || dep.dependent() > dep.governor()) {
                continue;
            }
            int verb = dep.governor();
            int noun = dep.dependent();
            List<Dependency> current = out == null ? edges : out;
            if (!tokens.get(verb).isVerb() || hasChild(current, verb, "nsubj") || hasChild(current, verb, "csubj")
                || hasChild(current, verb, "expl")) {
                continue;
            }
            Dependency marker = null;
            for (Dependency d : current) {
                if (d.governor() == noun && d.relation().equals("case") && d.dependent() < noun
                    && APPROXIMATORS.contains(tokens.get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                    marker = d;
                }
            }
            if (marker == null) {
                continue;
            }
            int number = marker.dependent() + 1;
            if (tokens.get(marker.dependent()).word().equalsIgnoreCase("up")) {
                // "up to 300": "to" is part of the approximator
                number = tokens.get(number).word().equalsIgnoreCase("to") ? number + 1 : -1;
            }
            if (number < 0 || number >= noun || !tokens.get(number).tag().equals("CD")
                || !current.contains(new Dependency(noun, number, "nummod"))) {
                continue;
            }
            String subject = hasChild(current, verb, "aux:pass") ? "nsubj:pass" : "nsubj";
            out = new ArrayList<>(current.size());
            for (Dependency d : current) {
                if (d.equals(dep)) {
                    out.add(new Dependency(verb, noun, subject));
                } else if (d.equals(marker)) {
                    out.add(new Dependency(number, marker.dependent(), "advmod"));
                } else {
                    out.add(d);
                }
            }
        }
        return out == null ? edges : out;
    }

    private static List<Dependency> gerundsAfterTo(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = null;
        for (Dependency amod : edges) {
            int gerund = amod.dependent();
            int noun = amod.governor();
            if (!amod.relation().equals("amod") || noun < 0 || gerund < 1 || gerund > noun
                || !tokens.get(gerund).tag().equals("VBG")) {
                continue;
            }
            List<Dependency> current = out == null ? edges : out;
            Dependency marker = new Dependency(noun, gerund - 1, "case");
            if (!tokens.get(gerund - 1).word().equalsIgnoreCase("to") || !current.contains(marker)) {
                continue;
            }
            Dependency oblique = null;
            for (Dependency d : current) {
                if (d.dependent() == noun && d.relation().equals("obl:to") && d.governor() >= 0 && d.governor() < gerund
                    && (tokens.get(d.governor()).isVerb() || tokens.get(d.governor()).isAdjective()) // "remains committed to"
                    && GERUND_TO.contains(tokens.get(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                    oblique = d;
                }
            }
            if (oblique == null) {
                continue;
            }
            int verb = oblique.governor();
            out = new ArrayList<>(current.size());
            for (Dependency d : current) {
                if (d.equals(oblique)) {
                    out.add(new Dependency(verb, gerund, "advcl:to"));
                } else if (d.equals(marker)) {
                    out.add(new Dependency(gerund, marker.dependent(), "mark"));
                } else if (d.equals(amod)) {
                    out.add(new Dependency(gerund, noun, "obj"));
                } else if (d.governor() == verb && d.base().equals("obl") && d.dependent() > noun) {
                    out.add(new Dependency(gerund, d.dependent(), d.relation())); // "at soldiers"
                } else {
                    out.add(d);
                }
            }
        }
        return out == null ? edges : out;
    }

    /**
     * Object control through "on"/"upon" and an appeal's "to": "called upon Turkey to respect the ceasefire" is
     * often parsed with {@code obl:upon(called, Turkey)} and the infinitive's subject the caller's
     * ({@code nsubj:xsubj(respect, EU)}). Whoever is called on, relied on or counted on to act is the one to act,
     * as is whoever is appealed or pleaded to, so the oblique before the infinitive becomes its subject.
     * Other "to" phrases leave the subject's control alone: "went to Beijing to meet Xi".
     */
    private static List<Dependency> objectControl(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = null;
        for (Dependency xsubj : edges) {
            if (!xsubj.relation().equals("nsubj:xsubj")) {
                continue;
            }
            int infinitive = xsubj.governor();
            List<Dependency> current = out == null ? edges : out;
            Dependency oblique = null;
            for (Dependency d : current) {
                if (d.dependent() == infinitive && d.relation().equals("xcomp") && d.governor() >= 0) {
                    int verb = d.governor();
                    for (Dependency o : current) {
                        String rel = o.relation();
                        if (o.governor() == verb && o.dependent() > verb && o.dependent() < infinitive
                            && (rel.equals("obl:on") || rel.equals("obl:upon")
                            || rel.equals("obl:to") && ADDRESSING_TO.contains(lemma(tokens, verb)))
                            && hasChild(current, verb, "nsubj") && xsubj.dependent() < verb) {
                            oblique = o;
                        }
                    }
                }
            }
            if (oblique == null) {
                continue;
            }
            out = new ArrayList<>(current.size());
            for (Dependency d : current) {
                out.add(d.equals(xsubj) ? new Dependency(infinitive, oblique.dependent(), "nsubj:xsubj") : d);
            }
        }
        return out == null ? edges : out;
    }

    private static List<Dependency> coordinatedCompounds(List<Token> tokens, List<Dependency> edges) {
        for (Dependency first : edges) {
            int noun = first.governor();
            int head = first.dependent();
            if (!first.relation().equals("compound") || noun < 0 || head > noun || !hasChild(edges, head, "det")) {
                continue;
            }
            Dependency conj = null;
            for (Dependency d : edges) {
                if (d.governor() == head && d.base().equals("conj") && d.dependent() > head && d.dependent() < noun
                    && edges.contains(new Dependency(noun, d.dependent(), "compound"))) {
                    conj = d;
                }
            }
            if (conj == null) {
                continue;
            }
            int second = conj.dependent();
            List<Dependency> out = new ArrayList<>(edges.size());
            for (Dependency d : edges) {
                if (d.equals(first) || d.equals(conj)) {
                    continue;
                } else if (d.dependent() == noun) {
                    out.add(new Dependency(d.governor(), head, d.relation())); // the phrase's place in the clause
                    out.add(new Dependency(head, noun, conj.relation()));
                } else if (d.governor() == second && d.relation().equals("cc")) {
                    out.add(new Dependency(noun, d.dependent(), "cc"));
                } else {
                    out.add(d);
                }
            }
            return out;
        }
        return edges;
    }

    /** Verbs of saying whose content clause may lose its subject to them. */
    private static final Set<String> SAYING = Set.of("say", "announce", "warn", "insist", "claim", "confirm", "add",
        "state", "declare", "predict", "promise", "pledge", "vow", "believe", "think", "hope", "expect");

    /**
     * Reported clause's subject read as the reporter's object: "Merkel said Germany would send aid to Iraq" is
     * often parsed with {@code obj(said, Germany)} and {@code csubj(send, said)}, the modal clause as the root,
     * so that Germany sends nothing and Merkel says nothing. When a verb of saying is the clausal subject of a
     * verb with a modal auxiliary, and its object stands between it and that modal, the object is the
     * reported verb's subject and the reported clause is the saying verb's complement ({@code nsubj(send,
     * Germany)}, {@code ccomp(said, send)}, the saying verb the root).
     */
    private static List<Dependency> reportedSubjects(List<Token> tokens, List<Dependency> edges) {
        for (Dependency csubj : edges) {
            if (!csubj.relation().equals("csubj") || csubj.governor() < 0) {
                continue;
            }
            int verb = csubj.governor();
            int saying = csubj.dependent();
            if (!SAYING.contains(tokens.get(saying).lemma().toLowerCase(Locale.ROOT)) || saying > verb) {
                continue;
            }
            int modal = -1;
            for (Dependency d : edges) {
                if (d.governor() == verb && d.relation().equals("aux") && tokens.get(d.dependent()).tag().equals("MD")) {
                    modal = d.dependent();
                }
            }
            Dependency object = null;
            for (Dependency d : edges) {
                if (d.governor() == saying && d.relation().equals("obj") && d.dependent() > saying && d.dependent() < modal) {
                    object = d;
                }
            }
            if (modal < 0 || object == null || hasChild(edges, verb, "nsubj")) {
                continue;
            }
            // "Rouhani praised India's support and said the country would remain …": the saying verb is the second
            // of two coordinated verbs, both read as clausal subjects; the first heads the sentence
            int first = -1;
            for (Dependency d : edges) {
                if (d.dependent() == saying && d.relation().startsWith("conj") && d.governor() >= 0
                    && d.governor() < saying && edges.contains(new Dependency(verb, d.governor(), "csubj"))) {
                    first = d.governor();
                }
            }
            List<Dependency> out = new ArrayList<>(edges.size());
            for (Dependency d : edges) {
                if (d.equals(csubj)) {
                    out.add(new Dependency(saying, verb, "ccomp"));
                } else if (d.equals(object)) {
                    out.add(new Dependency(verb, object.dependent(), "nsubj"));
                } else if (d.governor() < 0 && d.dependent() == verb) {
                    out.add(new Dependency(d.governor(), first >= 0 ? first : saying, d.relation()));
                } else if (first >= 0 && d.governor() == verb && d.dependent() == first) {
                    continue; // the first verb is no subject of the reported clause
                } else {
                    out.add(d);
                }
            }
            return out;
        }
        return edges;
    }

    /** Verbs of saying that end a sentence as its attribution: ", the ministry said". */
    private static final Set<String> ATTRIBUTING = Set.of("say", "add", "report", "confirm", "announce", "claim", "state");

    private static List<Dependency> trailingAttributions(List<Token> tokens, List<Dependency> edges) {
        for (Dependency clause : edges) {
            int verb = clause.governor();
            int said = clause.dependent();
            if (!clause.relation().equals("ccomp") || verb < 0 || said < verb || !tokens.get(verb).isVerb()
                || !ATTRIBUTING.contains(tokens.get(said).lemma().toLowerCase(Locale.ROOT))
                || hasChild(edges, verb, "obj") || hasChild(edges, verb, "nsubj:pass")) {
                continue;
            }
            Dependency subject = null;
            Dependency apposition = null;
            for (Dependency d : edges) {
                if (d.governor() == said && d.relation().equals("nsubj") && d.dependent() > verb && d.dependent() < said) {
                    subject = d;
                }
            }
            for (Dependency d : edges) {
                if (subject != null && d.governor() == subject.dependent() && d.relation().equals("appos")
                    && d.dependent() < said && commaBefore(tokens, edges, d.dependent(), subject.dependent())) {
                    apposition = d;
                }
            }
            if (subject == null || apposition == null) {
                continue;
            }
            List<Dependency> out = new ArrayList<>(edges.size());
            for (Dependency d : edges) {
                if (d.equals(clause)) {
                    out.add(new Dependency(said, verb, "ccomp"));
                } else if (d.equals(subject)) {
                    out.add(new Dependency(verb, subject.dependent(), "obj"));
                } else if (d.equals(apposition)) {
                    out.add(new Dependency(said, apposition.dependent(), "nsubj"));
                } else if (d.dependent() == verb) {
                    out.add(new Dependency(d.governor(), said, d.relation())); // the sentence's root
                } else {
                    out.add(d);
                }
            }
            return out;
        }
        return edges;
    }

    /** Verbs whose "of" phrase names what their object is charged with or cleared of. */
    private static final Set<String> CHARGING_OF = Set.of("accuse", "suspect", "convict", "acquit", "absolve", "clear");

    /**
     * Gerund of a charge read as the accused noun's modifier: "Morales accused the US ambassador of supporting the
     * opposition" is often parsed with {@code nmod:of(ambassador, supporting)}, as if the ambassador were one of
     * supporting, so the support looks like a fact with no doer. After the verbs whose "of" names the charge
     * (accuse, suspect, convict, acquit, absolve, clear), a gerund in an "of" phrase of the verb's object is the
     * verb's own clause ({@code advcl:of(accused, supporting)}), as the parser gives "accused Bolivia of supporting".
     */
    private static List<Dependency> chargedGerunds(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = null;
        for (Dependency of : edges) {
            int noun = of.governor();
            int gerund = of.dependent();
            if (!of.relation().equals("nmod:of") || noun < 0 || !tokens.get(gerund).tag().equals("VBG")) {
                continue;
            }
            for (Dependency obj : edges) {
                if (obj.dependent() == noun && obj.relation().equals("obj") && obj.governor() >= 0
                    && CHARGING_OF.contains(lemma(tokens, obj.governor()))) {
                    if (out == null) {
                        out = new ArrayList<>(edges);
                    }
                    out.set(out.indexOf(of), new Dependency(obj.governor(), gerund, "advcl:of"));
                }
            }
        }
        return out == null ? edges : out;
    }

    /**
     * Whether the words strictly between a verb and a later word are only the verb's time or manner modifiers
     * ("called Monday on Muslims to unite", "called again on Russia to withdraw"), with their own modifiers.
     */
    private static boolean onlyTimeBetween(List<Dependency> edges, int verb, int later) {
        for (int i = verb + 1; i < later; i++) {
            boolean modifier = false;
            for (Dependency d : edges) {
                if (d.dependent() != i) {
                    continue;
                }
                int gov = d.governor();
                boolean ofVerb = gov == verb && (d.relation().equals("obl:tmod") || d.relation().equals("advmod"));
                boolean withinOne = gov > verb && gov < later && edges.stream().anyMatch(e -> e.dependent() == gov
                    && e.governor() == verb && (e.relation().equals("obl:tmod") || e.relation().equals("advmod")));
                modifier |= ofVerb || withinOne;
            }
            if (!modifier) {
                return false;
            }
        }
        return true;
    }

    private static String lemma(List<Token> tokens, int i) {
        return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** Whether a comma stands right before the phrase that {@code head} heads, after {@code after}. */
    private static boolean commaBefore(List<Token> tokens, List<Dependency> edges, int head, int after) {
        int first = head;
        for (Dependency d : edges) {
            if (d.governor() == head && d.dependent() < first && d.dependent() > after) {
                first = d.dependent();
            }
        }
        return first > 0 && tokens.get(first - 1).word().equals(",");
    }

    private static boolean hasChild(List<Dependency> edges, int governor, String relation) {
        for (Dependency d : edges) {
            if (d.governor() == governor && DependencyGraph.matches(d.relation(), relation)) {
                return true;
            }
        }
        return false;
    }
}
