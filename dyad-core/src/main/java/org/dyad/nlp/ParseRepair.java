package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;

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
 * {@code ccomp}: "A court issued arrest warrants for two men sought in the killing" with
 * {@code ccomp(issued, sought)} and {@code nsubj(sought, warrants)}; a participle without auxiliary, "that",
 * object or complement of its own is no clause either.
 */
public final class ParseRepair {

    private ParseRepair() {
    }

    public static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
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

    private static boolean hasChild(List<Dependency> edges, int governor, String relation) {
        for (Dependency d : edges) {
            if (d.governor() == governor && DependencyGraph.matches(d.relation(), relation)) {
                return true;
            }
        }
        return false;
    }
}
