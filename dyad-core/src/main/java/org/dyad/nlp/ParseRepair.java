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
 * object or complement of its own is no clause either.
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
 * <p>Reported clause's subject read as the reporter's object: see {@link #reportedSubjects}.
 */
public final class ParseRepair {

    /** Words that make a number approximate: "around 300", "up to 50". */
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "approximately", "roughly", "some",
        "nearly", "almost", "over", "up");

    /** Verbs whose "to" takes a gerund, not a noun phrase with a participial adjective. */
    private static final Set<String> GERUND_TO = Set.of("resort", "confess", "admit", "revert", "commit", "committed", "dedicate",
        "dedicated");

    private ParseRepair() {
    }

    /**
     * The parse with the known errors repaired; the same list when none was found.
     *
     * @param tokens the sentence's tokens
     * @param edges  its dependencies, indexes into {@code tokens}
     */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        return reportedSubjects(tokens,
            gerundsAfterTo(tokens, approximateSubjects(tokens, reducedRelatives(tokens, subjectRelatives(tokens, edges)))));
    }

    /**
     * Reduced relative on the subject read as the main clause: "A bomb planted by militants killed two soldiers"
     * is often parsed with {@code nsubj(planted, bomb)}, {@code obl:by(planted, militants)} and
     * {@code dep(planted, killed)}, so that nothing kills anyone. When a past participle without auxiliary
     * has a subject before it, a by-agent after it, and a finite verb after the agent hanging from it by
     * {@code dep} or {@code parataxis} with no subject of its own, the finite verb is the clause: it takes the
     * subject and the participle modifies the subject ({@code nsubj(killed, bomb)}, {@code acl(bomb, planted)}).
     */
    private static List<Dependency> subjectRelatives(List<Token> tokens, List<Dependency> edges) {
        for (Dependency dep : edges) {
            if (!dep.relation().equals("dep") && !dep.relation().equals("parataxis") || dep.governor() < 0) {
                continue;
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
            if (subject == null || agent == null) {
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
            boolean clause = dep.relation().equals("ccomp");
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
            List<Dependency> out = new ArrayList<>(edges.size());
            for (Dependency d : edges) {
                if (d.equals(csubj)) {
                    out.add(new Dependency(saying, verb, "ccomp"));
                } else if (d.equals(object)) {
                    out.add(new Dependency(verb, object.dependent(), "nsubj"));
                } else if (d.governor() < 0 && d.dependent() == verb) {
                    out.add(new Dependency(d.governor(), saying, d.relation()));
                } else {
                    out.add(d);
                }
            }
            return out;
        }
        return edges;
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
