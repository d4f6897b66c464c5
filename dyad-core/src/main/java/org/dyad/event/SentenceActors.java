package org.dyad.event;

import org.dyad.actor.Mention;
import org.dyad.actor.Sectors;
import org.dyad.model.Actor;
import org.dyad.nlp.DependencyGraph;
import org.dyad.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * The actor mentions of one parsed sentence, looked up from dependency heads: the mention that
 * covers a token, its coordinated partners ("the US and Russia"), and actors composed on the fly
 * where the head is a sector noun with an actor attached ("the opponents of Assad" → SYR + OPP).
 * Not thread-safe; one per sentence.
 */
final class SentenceActors {

    private final Sentence sentence;
    private final DependencyGraph graph;
    private final Mention[] byToken;
    private final Sectors sectors;
    private final List<Mention> all;

    SentenceActors(Sentence sentence, List<Mention> mentions, Sectors sectors) {
        this.sentence = sentence;
        this.all = mentions;
        this.graph = sentence.graph();
        this.sectors = sectors;
        this.byToken = new Mention[sentence.size()];
        for (Mention m : mentions) {
            for (int t = m.start(); t < m.end() && t < byToken.length; t++) {
                if (byToken[t] == null || m.end() - m.start() < byToken[t].end() - byToken[t].start()) {
                    byToken[t] = m;
                }
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    /** The mention covering {@code token}, or null. */
    Mention at(int token) {
        return token >= 0 && token < byToken.length ? byToken[token] : null;
    }

    /**
     * The actors an argument headed by {@code token} names: its own mention (or one composed from its
     * modifiers), plus those of tokens coordinated with it.
     */
    List<Mention> actors(int token) {
        List<Mention> out = new ArrayList<>(2);
        addFor(token, out);
        for (int c : graph.children(token, "conj")) {
            addFor(c, out);
        }
        if (at(token) == null) {
            coordinatedModifiers(token, out);
        }
        return shared(out);
    }

    /**
     * "Chinese and Russian warships", "Russian and Syrian jets": a noun that names no actor itself stands for
     * each of its coordinated state adjectives (or possessors) as it does for the first, and a sector noun
     * ("Sudanese and Ugandan soldiers") for each one's sector.
     */
    private void coordinatedModifiers(int token, List<Mention> out) {
        Sectors.Term term = sectors.get(sentence.token(token).key());
        for (var d : graph.children(token)) {
            String rel = d.relation();
            if (!(rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss"))) {
                continue;
            }
            Mention first = at(d.dependent());
            if (first == null || !isBase(first)) {
                continue;
            }
            for (int c : graph.children(d.dependent(), "conj")) {
                Mention other = at(c);
                if (other == null || !isBase(other)) {
                    continue;
                }
                Mention m = term == null || term.inherits() ? other : composed(token, term.sector(), other);
                if (out.stream().noneMatch(o -> o.actor().code().equals(m.actor().code()))) {
                    out.add(m);
                }
            }
        }
    }

    /**
     * A sector noun shared by coordinated actors is each one's: "the ambassadors of Arnor, Osgiliath and
     * Gondor" (the parse attaches every state to the noun) is three governments, "lawmakers in France and
     * Spain" two legislatures. Only actors coordinated with the noun's own are shared ("the US commander in
     * Iraq" is not Iraq's), and an adjective before coordinated nouns is not ("US troops and insurgents"
     * are not US insurgents).
     */
    private List<Mention> shared(List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size() + 2);
        for (Mention m : ms) {
            Actor a = m.actor();
            List<Mention> spread = new ArrayList<>();
            // "peacekeepers in Mali" are not Mali's: they are sent by other states
            boolean abroad = Sectors.sentAbroad(sentence.tokens(), m.start(), m.end());
            if (a.kind() == Actor.Kind.SECTOR && a.sector() != null && !abroad) {
                for (var d : graph.children(m.head())) {
                    String rel = d.relation();
                    Mention inner = at(d.dependent());
                    boolean of = rel.equals("nmod:of") || rel.equals("nmod:in") || rel.equals("nmod:from");
                    // "British and American troops": a state adjective coordinated with the one inside the mention
                    boolean adjective = rel.equals("amod") || rel.equals("compound");
                    if ((of || adjective) && inner != null
                        && (inner.start() >= m.end() || inner.end() <= m.start()) && isBase(inner)
                        && (of && a.code().startsWith("---") || coordinatedInto(inner, m)
                            || adjective && coordinatedWith(inner, m))) {
                        spread.add(composed(m.head(), a.sector(), inner));
                    }
                }
            }
            if (!a.code().equals("---" + a.sector()) || spread.isEmpty()) { // "Arab and Kurdish fighters" keeps the Kurds'
                out.add(m);
            }
            for (Mention x : spread) {
                if (out.stream().noneMatch(o -> o.actor().code().equals(x.actor().code()))) {
                    out.add(x);
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code inner} is coordinated with an actor inside {@code m} ("Osgiliath" with "Arnor" in "the
     * ambassadors of Arnor, Osgiliath and Gondor"), not a place or body of its own ("the US commander in Iraq").
     */
    private boolean coordinatedInto(Mention inner, Mention m) {
        for (var p : graph.parents(inner.head())) {
            if (p.relation().startsWith("conj") && p.governor() >= m.start() && p.governor() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an actor inside {@code m} is coordinated after {@code inner}: "American" after "British and". */
    private boolean coordinatedWith(Mention inner, Mention m) {
        for (var d : graph.children(inner.head())) {
            if (d.relation().startsWith("conj") && d.dependent() >= m.start() && d.dependent() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** An actor that is a state, body, group or people in its own right, not a sector of one. */
    private static boolean isBase(Mention m) {
        Actor.Kind k = m.actor().kind();
        return k != Actor.Kind.SECTOR && k != Actor.Kind.PERSON
            && (!m.actor().code().startsWith("---") || k == Actor.Kind.ETHNIC || k == Actor.Kind.RELIGIOUS);
    }

    private void addFor(int token, List<Mention> out) {
        Mention m = resolve(token, 0);
        if (m != null && !out.contains(m)) {
            out.add(m);
        }
        // "both sides" stands for two actors: mentions sharing the chosen one's span
        if (m != null) {
            for (Mention other : all) {
                if (other != m && other.span().equals(m.span()) && !out.contains(other)) {
                    out.add(other);
                }
            }
        }
    }

    /** The mention for a head token: its own, else composed from an attached actor. */
    Mention resolve(int token, int depth) {
        Mention own = at(token);
        if (own != null) {
            return own;
        }
        if (depth > 2) {
            return null;
        }
        // "the opponents of Assad", "forces loyal to Assad", "Syria's army": a sector noun + an actor
        Sectors.Term term = sectors.get(sentence.token(token).key());
        for (var d : graph.children(token)) {
            String rel = d.relation();
            boolean attached = rel.equals("nmod:poss") || rel.equals("nmod:of") || rel.equals("compound")
                || rel.equals("amod") || rel.startsWith("nmod:") && term != null;
            if (!attached) {
                continue;
            }
            Mention inner = resolve(d.dependent(), depth + 1);
            if (inner == null) {
                continue;
            }
            String key = sentence.token(token).key();
            if (OTHERS.contains(key)) {
                // "its NATO allies", "its EU partners", "members of the Muslim Brotherhood" are the body's
                // members, who act as it; "US allies", "Iran's rivals" are other states, not the one named
                boolean body = key.equals("member") ? inner.actor().kind() != Actor.Kind.STATE
                    : inner.actor().kind() == Actor.Kind.IGO && MEMBERS.contains(key);
                if (body) {
                    return inner;
                }
                continue;
            }
            if (term == null && TIES.contains(key) && (rel.equals("nmod:poss") || rel.equals("nmod:of"))) {
                // "her employer", "his family", "the kidnappers of the engineers": another person, tied to the
                // one named, who is no part of them ("a maid was beaten by her employer": the employer is not the maid)
                continue;
            }
            if (term == null || term.inherits()) {
                if (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss") || rel.equals("nmod:of")) {
                    return inner; // "Syrian people", "Iraq's neighbours", "a part of Syria": the state itself
                }
                continue;
            }
            return composed(token, term.sector(), inner);
        }
        // "forces loyal to Assad", "forces opposed to Assad"
        if (term != null && !term.inherits()) {
            for (int a : graph.children(token, "amod")) {
                for (int obj : graph.children(a, "obl")) {
                    Mention inner = resolve(obj, depth + 1);
                    if (inner != null) {
                        String lemma = sentence.token(a).key();
                        String sector = lemma.equals("opposed") || lemma.equals("hostile") ? "REB" : term.sector();
                        return composed(token, sector, inner);
                    }
                }
            }
            for (int a : graph.children(token, "acl")) {
                String lemma = sentence.token(a).key();
                for (int obj : graph.children(a, "obl")) {
                    Mention inner = resolve(obj, depth + 1);
                    if (inner != null) {
                        String sector = lemma.equals("oppose") ? "REB" : term.sector();
                        return composed(token, sector, inner);
                    }
                }
            }
        }
        return null;
    }

    /** Nouns for others related to the actor that modifies them: "US allies", "Iran's rivals". */
    private static final java.util.Set<String> OTHERS = java.util.Set.of("ally", "partner", "neighbour", "neighbor",
        "rival", "enemy", "foe", "adversary", "member", "creditor", "donor", "backer", "patron", "sponsor");

    /** People named by their tie to another: whose possessor or of-object is someone else, not them. */
    static final java.util.Set<String> TIES = java.util.Set.of("employer", "boss", "master", "landlord", "owner",
        "husband", "wife", "family", "relative", "father", "mother", "parent", "brother", "sister", "son", "daughter",
        "captor", "kidnapper", "abductor", "killer", "attacker", "assailant", "murderer", "torturer", "jailer");

    /** Of these, the ones that are an organisation's own members: "its NATO allies", "EU partners". */
    private static final java.util.Set<String> MEMBERS = java.util.Set.of("ally", "partner", "member");

    private Mention composed(int token, String sector, Mention inner) {
        Actor a = inner.actor();
        String base;
        if (a.code().startsWith("IGO") || a.code().startsWith("NGO") || a.kind() == Actor.Kind.GROUP) {
            base = a.code();
            sector = a.sector();
        } else {
            base = a.code().substring(0, Math.min(3, a.code().length()));
        }
        String code = base.length() > 3 && !base.startsWith("---") ? base : base + sector;
        String country = a.country();
        if ((a.kind() == Actor.Kind.ETHNIC || a.kind() == Actor.Kind.RELIGIOUS) && a.code().length() > 3) {
            // "Kurdish and Turkish forces": the people's armed men keep the people's code, as "Kurdish forces" alone
            // (---MILkur), and no state that other actors of the sentence lent the people
            boolean lent = inner.resolvedBy() != null && inner.resolvedBy().contains("context");
            code = (lent ? "---" : base) + sector + a.code().substring(3);
            country = lent ? null : country;
        }
        String name = sentence.token(token).word() + " of " + a.name();
        Actor actor = new Actor(name, code, country, sector, Actor.Kind.SECTOR);
        var t = sentence.token(token);
        int start = Math.min(token, inner.start());
        int end = Math.max(token + 1, inner.end());
        var span = new org.dyad.model.Span(Math.min(t.begin(), inner.span().begin()), Math.max(t.end(), inner.span().end()));
        return new Mention(sentence.index(), start, end, token, actor, span, null, "composition", null, true);
    }
}
