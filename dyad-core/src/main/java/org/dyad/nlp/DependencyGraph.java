package org.dyad.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The dependency graph of one sentence: a read-only view with fast child and parent lookup.
 * Token indexes are 0-based positions in the sentence. Thread-safe (immutable).
 */
public final class DependencyGraph {

    private final List<Dependency> edges;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;

    public DependencyGraph(int tokenCount, List<Dependency> edges) {
        this.edges = List.copyOf(edges);
        List<List<Dependency>> kids = new ArrayList<>(tokenCount);
        List<List<Dependency>> heads = new ArrayList<>(tokenCount);
        for (int i = 0; i < tokenCount; i++) {
            kids.add(new ArrayList<>(2));
            heads.add(new ArrayList<>(1));
        }
        for (Dependency d : this.edges) {
            if (d.dependent() < 0 || d.dependent() >= tokenCount || d.governor() >= tokenCount) {
                throw new IllegalArgumentException("dependency out of range: " + d);
            }
            heads.get(d.dependent()).add(d);
            if (d.governor() >= 0) {
                kids.get(d.governor()).add(d);
            }
        }
        kids.replaceAll(Collections::unmodifiableList);
        heads.replaceAll(Collections::unmodifiableList);
        this.children = Collections.unmodifiableList(kids);
        this.parents = Collections.unmodifiableList(heads);
    }

    public List<Dependency> edges() {
        return edges;
    }

    /** Edges from {@code token} to its dependents. */
    public List<Dependency> children(int token) {
        return children.get(token);
    }

    /** Edges from the heads of {@code token} to it (enhanced graphs can give several). */
    public List<Dependency> parents(int token) {
        return parents.get(token);
    }

    /** Dependents of {@code token} whose relation equals {@code relation} or starts with {@code relation + ":"}. */
    public List<Integer> children(int token, String relation) {
        List<Integer> out = new ArrayList<>(1);
        for (Dependency d : children.get(token)) {
            if (matches(d.relation(), relation)) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Heads of {@code token} reached by {@code relation} (or a subtype of it). */
    public List<Integer> parents(int token, String relation) {
        List<Integer> out = new ArrayList<>(1);
        for (Dependency d : parents.get(token)) {
            if (d.governor() >= 0 && matches(d.relation(), relation)) {
                out.add(d.governor());
            }
        }
        return out;
    }

    public boolean hasChild(int token, String relation) {
        for (Dependency d : children.get(token)) {
            if (matches(d.relation(), relation)) {
                return true;
            }
        }
        return false;
    }

    /** The first head of {@code token} (basic tree parent), or -1 for the root. */
    public int head(int token) {
        List<Dependency> ps = parents.get(token);
        return ps.isEmpty() ? -1 : ps.get(0).governor();
    }

    /** The relation to the first head, or "root". */
    public String relationToHead(int token) {
        List<Dependency> ps = parents.get(token);
        return ps.isEmpty() ? "root" : ps.get(0).relation();
    }

    /** Whether a relation is {@code nsubj} or one of its subtypes ({@code nsubj:xsubj}, not {@code nsubj:pass}). */
    public static boolean isSubject(String relation) {
        return matches(relation, "nsubj") && !matches(relation, "nsubj:pass");
    }

    static boolean matches(String relation, String wanted) {
        return relation.equals(wanted)
            || (relation.length() > wanted.length() && relation.startsWith(wanted) && relation.charAt(wanted.length()) == ':');
    }

    public int size() {
        return children.size();
    }
}
