package org.dyad.actor;

import org.dyad.model.Actor;
import org.dyad.nlp.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a state to actors the text names only by sector ("the police", "insurgents", "Judge X"), the
 * way a careful coder reads them. Domestic actors (courts, police, legislators, opposition, civilians,
 * business, ...) belong to the one state named in their sentence, else to the state the article is
 * clearly about (named in at least two sentences, more than any other). Governments, armed forces and armed
 * groups often act across borders ("the government thanked China"), so they take only the article's
 * state. Refugees, migrants and international staff are left alone: they are usually not of the state
 * around them.
 *
 * <p>An office-holder named by a bare title ("the president", "the prime minister") is a government actor and
 * so, like a government, takes only the article's state: in a one-sentence item "Mauritania's army seized power,
 * detaining the president" leaves the president {@code ---GOV}, because a bare title beside one named state is
 * as often another state's ("Russian troops detained the mayor", "Israeli forces arrested the governor"); an
 * article that names Mauritania twice places him.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContextCountry {

    /** Per ethnic group code with a nation-state of its own: that state, and the group's bare names ("Serb", "Serbs"). */
    private final Map<String, Map.Entry<String, Set<String>>> kin;

    /** Context without kin states. */
    public ContextCountry() {
        this(List.of());
    }

    /** Context that knows these groups' nation-states ({@link Community#kinState()}). */
    public ContextCountry(List<Community> communities) {
        Map<String, Map.Entry<String, Set<String>>> k = new java.util.HashMap<>();
        for (Community c : communities) {
            if (c.kinState() != null) {
                Set<String> bare = new java.util.HashSet<>();
                c.terms().stream().filter(t -> !t.contains(" ")).forEach(bare::add);
                k.put(c.code(), Map.entry(c.kinState(), Set.copyOf(bare)));
            }
        }
        this.kin = Map.copyOf(k);
    }

    /**
     * The nation-state of a group's forces or leaders named by the group's bare name ("Serb forces" are
     * Serbia's wherever they fight; "Bosnian Serb forces" are placed by their qualifier, and a group's
     * civilians or militias by where they live), or null.
     */
    private String kinState(Mention m) {
        Actor a = m.actor();
        if (a.sector() == null || !(a.sector().equals("MIL") || a.sector().equals("GOV")) || a.code().length() < 9) {
            return null;
        }
        Map.Entry<String, Set<String>> k = kin.get(a.code().substring(6, 9));
        if (k == null) {
            return null;
        }
        int space = a.name().indexOf(' ');
        String first = space < 0 ? a.name() : a.name().substring(0, space);
        return k.getValue().contains(first) ? k.getKey() : null;
    }

    /** Sectors of bodies that act at home: legislature, courts, police, parties, opposition, media, civil society. */
    private static final java.util.Set<String> DOMESTIC_SECTORS = java.util.Set.of("LEG", "JUD", "COP", "PTY", "OPP",
        "MED", "CVL", "EDU", "BUS", "LAB", "AGR", "HLH", "ELI");

    private static final Set<String> NOT_LOCAL = Set.of("REF", "IGO", "NGO", "MED");
    /** Sectors whose actors often act on other states: they take only the article's state, not the sentence's. */
    private static final Set<String> CROSS_BORDER = Set.of("GOV", "MIL", "REB", "UAF", "SPY");

    /** Accords and meetings named after the town where they were made or held ("the Minsk agreement", "the Geneva talks"). */
    private static final Set<String> NAMED_BY_VENUE = Set.of("agreement", "accord", "accords", "deal", "treaty", "pact",
        "protocol", "convention", "declaration", "talk", "talks", "process", "conference", "summit");

    /** Adjectives of allegiance: "troops loyal to Gaddafi" are Libya's. */
    private static final Set<String> ALLEGIANCE = Set.of("loyal", "allied");

    /**
     * Words that make fighters members of a named armed group: "militants loyal to the Islamic State", "gunmen
     * linked to Boko Haram", "fighters affiliated with al-Qaeda" are that group's. Ties this loose place no one
     * in a state ("militants linked to Iran" are not Iranian), so they only ever adopt a group.
     */
    private static final Set<String> MEMBERSHIP = Set.of("loyal", "allied", "affiliated", "linked", "aligned", "tied",
        "connected", "belonging");

    /** Sectors of armed men who may belong to a group: rebels, militias, gunmen. */
    private static final Set<String> ARMED = Set.of("REB", "UAF");

    /** The mentions per sentence, with unknown states filled in from the states the sentences name. */
    public List<List<Mention>> apply(List<Sentence> sentences, List<List<Mention>> mentions) {
        return apply(sentences, mentions, List.of());
    }

    /**
     * The mentions per sentence, with unknown states filled in: first from the place a body is based in,
     * comes from or governs ("a newspaper based in Mombasa", "the governor of Helmand"), then from the actor a
     * group is loyal to ("fighters loyal to Baghdadi", "troops loyal to Gaddafi"), then from the context.
     *
     * @param places per sentence, the place names the gazetteer puts in one state (towns and provinces; states
     *               and capitals are actors already); may be shorter than {@code sentences} or empty
     */
    public List<List<Mention>> apply(List<Sentence> sentences, List<List<Mention>> mentions,
                                     List<List<PlacedName>> places) {
        int dash = sentences.isEmpty() ? -1
            : org.dyad.nlp.Dateline.dash(sentences.get(0).tokens().stream().map(org.dyad.nlp.Token::word).toList());
        Focus article = focus(mentions, datelineState(mentions, places, dash), dash);
        String focus = article.state();
        java.util.Set<Mention> silent = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Sentence s = i < sentences.size() ? sentences.get(i) : null;
            List<Mention> ms = mentions.get(i);
            if (s == null || !s.parsed()) {
                out.add(ms);
                continue;
            }
            List<PlacedName> here = i < places.size() ? places.get(i) : List.of();
            List<Mention> fixed = new ArrayList<>(ms.size());
            for (Mention m : ms) {
                if (attacker(s, ms, m) || subset(s, m) || tiedTo(s, m)) {
                    silent.add(m);
                }
                Actor group = unknownState(m) ? membership(s, ms, m) : null;
                if (group != null) {
                    fixed.add(m.withActor(new Actor(m.actor().name(), group.code(), group.country(), group.sector(),
                        group.kind()), m.resolvedBy() + "+member"));
                    continue;
                }
                String state = placeable(m) ? seat(s, ms, here, m) : null;
                if (state != null) {
                    fixed.add(withState(m, state, "+seat"));
                    continue;
                }
                state = unknownState(m) ? allegiance(s, ms, m) : null;
                if (state != null) {
                    fixed.add(withState(m, state, "+allegiance"));
                    continue;
                }
                state = unknownState(m) && (local(m) || people(m) || armedPeople(m) && kinState(m) == null)
                    ? location(s, ms, here, m) : null;
                if (state != null) {
                    fixed.add(withState(m, state, "+location"));
                    continue;
                }
                state = unknownState(m) && focus == null && titledPerson(m) ? bystanderState(s, ms, m) : null;
                fixed.add(state == null ? m : withState(m, state, "+context"));
            }
            out.add(fixed);
        }
        return toCoreferents(mentions, apply(out, silent, article));
    }

    /**
     * The one state the dateline opening the first sentence names ({@link org.dyad.nlp.Dateline}: "CANBERRA
     * (Reuters) -", "MOMBASA, Kenya (AP) --"), by a state, a capital or a town the gazetteer places; or null.
     */
    private static String datelineState(List<List<Mention>> mentions, List<List<PlacedName>> places, int dash) {
        if (dash < 0 || mentions.isEmpty()) {
            return null;
        }
        java.util.Set<String> states = new java.util.HashSet<>();
        for (Mention m : mentions.get(0)) {
            boolean place = m.actor().kind() == Actor.Kind.STATE || m.resolvedBy().equals("capital");
            if (m.start() < dash && place && m.actor().country() != null) {
                states.add(m.actor().country());
            }
        }
        for (PlacedName p : places.isEmpty() ? List.<PlacedName>of() : places.get(0)) {
            if (p.start() < dash) {
                states.add(p.country());
            }
        }
        return states.size() == 1 ? states.iterator().next() : null;
    }

    /**
     * Nouns whose state adjective places no one: an armed attack's (the state is the attacker, not where the victims
     * live) and a border's (it lies between two states: "near the Iraqi border").
     */
    private static final Set<String> ATTACK_NOUNS = Set.of("border", "frontier", "raid", "strike", "airstrike", "attack", "bombing",
        "bombardment", "shelling", "offensive", "assault", "incursion", "invasion", "ambush", "barrage", "crackdown",
        "operation", "missile", "rocket", "drone", "shell", "fire", "gunfire", "sortie", "blast", "explosion");

    /**
     * Whether a state is named only by the adjective of an attack ("wounded in an Israeli raid on the Jenin camp",
     * "killed in a Saudi-led air strike"): it says who attacked, and lends its state to none of the victims; so
     * does a border's adjective ("killed near the Iraqi border").
     */
    private static boolean attacker(Sentence s, List<Mention> ms, Mention m) {
        if (m.actor().kind() != Actor.Kind.STATE || m.end() - m.start() != 1) {
            return false;
        }
        org.dyad.nlp.DependencyGraph g = s.graph();
        String rel = g.relationToHead(m.head());
        int noun = g.head(m.head());
        if (noun < 0 || rel == null || !(rel.equals("amod") || rel.equals("compound"))
            || !ATTACK_NOUNS.contains(s.token(noun).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (Mention o : ms) {
            if (o != m && o.covers(noun)) {
                return false; // "Israeli missile units" name an actor
            }
        }
        return true;
    }

    /** Relations that name a part of a group: "20 people, including three American soldiers". */
    private static final Set<String> SUBSET = Set.of("nmod:including", "obl:including", "nmod:excluding",
        "obl:excluding");

    /** Relations inside a noun phrase, from a modifier up to its noun: "American" in "three American soldiers". */
    private static final Set<String> INSIDE_PHRASE = Set.of("amod", "compound", "nmod:poss");

    /** The noun whose phrase holds the token: the token itself, or the noun it modifies (one or two steps up). */
    private static int phraseHead(org.dyad.nlp.DependencyGraph g, int token) {
        int h = token;
        for (int depth = 0; depth < 2 && h >= 0 && INSIDE_PHRASE.contains(g.relationToHead(h)); depth++) {
            h = g.head(h);
        }
        return h;
    }

    /**
     * Whether the mention names a part of a larger group ("killed 20 people, including three American soldiers",
     * "arrested 40 protesters, including two Britons", "among them two Pakistani policemen"): a part's state is its own, not the whole group's, and
     * is usually named because it differs from the rest; so it places no one.
     */
    private static boolean subset(Sentence s, Mention m) {
        org.dyad.nlp.DependencyGraph g = s.graph();
        int h = phraseHead(g, m.head());
        if (h < 0) {
            return false;
        }
        String rel = g.relationToHead(h);
        if (SUBSET.contains(rel)) {
            return true;
        }
        // "killed eight people, among them two Pakistani policemen": the part hangs on "them"
        int up = g.head(h);
        String upRel = up < 0 ? null : g.relationToHead(up);
        return ("dep".equals(rel) || "appos".equals(rel)) && upRel != null && upRel.endsWith(":among")
            && s.token(up).tag().startsWith("PRP");
    }

    /**
     * Whether the mention is what someone is said to be tied to ("two men linked to al-Shabaab", "a company
     * connected to Iranian intelligence"): a loose tie says nothing of where the sentence happens, so it places no
     * one (allegiance does: "troops loyal to Gaddafi" are Libya's, see {@link #allegiance}).
     */
    private static boolean tiedTo(Sentence s, Mention m) {
        org.dyad.nlp.DependencyGraph g = s.graph();
        int h = phraseHead(g, m.head());
        int tie = h < 0 ? -1 : g.head(h);
        String rel = h < 0 ? null : g.relationToHead(h);
        if (tie < 0 || rel == null || !(rel.startsWith("obl:") || rel.startsWith("nmod:"))) {
            return false;
        }
        String tieRel = g.relationToHead(tie);
        String word = s.token(tie).lowerWord();
        return MEMBERSHIP.contains(word) && !ALLEGIANCE.contains(word) && tieRel != null
            && (tieRel.equals("amod") || tieRel.startsWith("acl"));
    }

    /**
     * Pronouns and other coreferent mentions were resolved before the context gave their antecedent a state
     * ("militants loyal to X ... they attacked"): they take the state their antecedent took, when every
     * mention of that actor took the same.
     */
    private static List<List<Mention>> toCoreferents(List<List<Mention>> before, List<List<Mention>> after) {
        Map<Actor, Actor> changed = new java.util.HashMap<>();
        java.util.Set<Actor> ambiguous = new java.util.HashSet<>();
        java.util.Set<Actor> unchanged = new java.util.HashSet<>();
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < before.get(i).size(); j++) {
                Mention b = before.get(i).get(j);
                Mention a = after.get(i).get(j);
                if (b.resolvedBy().equals("coreference")) {
                    continue;
                }
                if (b.actor().equals(a.actor())) {
                    unchanged.add(b.actor()); // another mention of the same kind kept its state: no telling which
                    continue;
                }
                Actor had = changed.putIfAbsent(b.actor(), a.actor());
                if (had != null && !had.equals(a.actor())) {
                    ambiguous.add(b.actor());
                }
            }
        }
        changed.keySet().removeAll(ambiguous);
        changed.keySet().removeAll(unchanged);
        if (changed.isEmpty()) {
            return after;
        }
        List<List<Mention>> out = new ArrayList<>(after.size());
        for (int i = 0; i < after.size(); i++) {
            List<Mention> fixed = new ArrayList<>(after.get(i).size());
            for (int j = 0; j < after.get(i).size(); j++) {
                Mention b = before.get(i).get(j);
                Mention a = after.get(i).get(j);
                Actor to = b.resolvedBy().equals("coreference") ? changed.get(b.actor()) : null;
                fixed.add(to == null ? a : a.withActor(to, "coreference+context"));
            }
            out.add(fixed);
        }
        return out;
    }

    /** Whether the actor is domestic by its sector: police, protesters, civilians, courts (not armies or governments). */
    private static boolean local(Mention m) {
        String sector = m.actor().sector();
        return sector != null && !CROSS_BORDER.contains(sector) && !NOT_LOCAL.contains(sector);
    }

    /**
     * The state of the place a domestic actor is in or acts in: "people in Hong Kong", "protesters blocked
     * streets in Hong Kong" (a state, or a capital standing for one, named after "in").
     */
    private static String location(Sentence s, List<Mention> ms, List<PlacedName> places, Mention m) {
        List<Integer> hosts = new ArrayList<>(List.of(m.head()));
        String rel = s.graph().relationToHead(m.head());
        int verb = s.graph().head(m.head());
        if (rel != null && (rel.startsWith("nsubj") || rel.equals("obj")) && verb >= 0) {
            // "protesters blocked streets in Hong Kong"; "gunmen killed four people in Peshawar", "jets bombed a
            // hospital in Idlib": those acted on where the act happens are of that place too
            hosts.add(verb);
            for (int o : s.graph().children(verb, "obj")) {
                // "arrested two men linked to al-Shabaab in Mombasa": a tie has no place of its own, so the place
                // the parser hangs on it is the act's
                for (org.dyad.nlp.Dependency d : s.graph().children(o)) {
                    if ((d.relation().equals("amod") || d.relation().startsWith("acl"))
                        && MEMBERSHIP.contains(s.token(d.dependent()).lowerWord())
                        && !ALLEGIANCE.contains(s.token(d.dependent()).lowerWord())) {
                        hosts.add(d.dependent());
                    }
                }
            }
        } else if (people(m)) {
            // a people acted on where the act happens: "cleansing in Kosovo against the Albanian population"
            for (int up = verb, depth = 0; up >= 0 && depth < 3; up = s.graph().head(up), depth++) {
                hosts.add(up);
                if (s.token(up).isVerb()) {
                    break;
                }
            }
        }
        for (org.dyad.nlp.Dependency d : s.graph().children(m.head())) {
            // "rebels operating in eastern Congo": where a body operates is where it acts
            if (d.relation().startsWith("acl") && OPERATING.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                hosts.add(d.dependent());
            }
        }
        for (int h : hosts) {
            for (org.dyad.nlp.Dependency d : s.graph().children(h)) {
                // "in Hong Kong", "near Aleppo": the town one is near is in the same state
                if (!d.relation().matches("(obl|nmod):(in|near)")) {
                    continue;
                }
                for (Mention o : ms) {
                    if (o != m && o.start() <= d.dependent() && d.dependent() < o.end() && o.actor().country() != null
                        && (o.actor().kind() == Actor.Kind.STATE)) {
                        return o.actor().country();
                    }
                }
                // a town or province the gazetteer places: "police in Karachi"; in the place's phrase too,
                // "villagers in Zamfara state", "civilians in the northern city of Aleppo" (but no state's
                // adjective there: "killed in a French air strike" are not French)
                String state = placeState(ms, places, m, java.util.Set.of(d.dependent()));
                if (state == null) {
                    java.util.Set<Integer> phrase = new java.util.HashSet<>();
                    placePhrase(s.graph(), d.dependent(), phrase);
                    state = placeState(List.of(), places, m, phrase);
                }
                if (state != null) {
                    return state;
                }
            }
        }
        return null;
    }

    /** Verbs of acting in a place, as participles after a body: "guerrillas operating in the north". */
    private static final Set<String> OPERATING = Set.of("operate");

    /** Participles that tie a body to the place it works from: "a newspaper based in Mombasa". */
    private static final Set<String> SEATED = Set.of("based", "headquartered");

    /** Verbs of fleeing: who flees a place comes from it. */
    private static final Set<String> FLEEING = Set.of("flee", "escape");

    /**
     * The state of the place a body is tied to by its own noun phrase: where it is based or headquartered ("a
     * newspaper based in Mombasa", "a militant group based in Pakistan's tribal areas"), where it comes from
     * ("a journalist from Mosul"), or the town or province it serves ("the governor of Helmand", "the
     * government of Sindh province"). The phrase says so outright, so this holds for every sector, governments
     * and armed groups included; a place the gazetteer cannot put in one state places nobody.
     */
    private static String seat(Sentence s, List<Mention> ms, List<PlacedName> places, Mention m) {
        org.dyad.nlp.DependencyGraph g = s.graph();
        int up = g.head(m.head());
        String upRel = g.relationToHead(m.head());
        List<org.dyad.nlp.Dependency> ties = new ArrayList<>(g.children(m.head()));
        if (up >= 0 && "compound".equals(upRel)) {
            ties.addAll(g.children(up)); // "a television station based in Erbil": the mention is the modifier
        }
        if (up >= 0 && upRel != null && upRel.startsWith("nsubj") && SEATED.contains(s.token(up).lowerWord())) {
            // "an aid agency headquartered in Oslo criticised ..." parsed with the participle as the verb
            ties.add(new org.dyad.nlp.Dependency(m.head(), up, "acl"));
        }
        for (org.dyad.nlp.Dependency d : ties) {
            String r = d.relation();
            List<Integer> where = new ArrayList<>();
            if (r.equals("acl") && SEATED.contains(s.token(d.dependent()).lowerWord())) {
                where.addAll(placesIn(g, d.dependent()));
            } else if (r.startsWith("acl") && FLEEING.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                // "refugees fleeing Syria", "refugees who fled the fighting in South Sudan", "civilians escaping
                // from Mosul": those who flee a place, or a war in it, come from it
                for (org.dyad.nlp.Dependency f : g.children(d.dependent())) {
                    if (f.relation().equals("obj") || f.relation().equals("obl:from")) {
                        where.add(f.dependent());
                        where.addAll(placesIn(g, f.dependent()));
                    }
                }
                // "fleeing the civil war in Sierra Leone" with the in-phrase hung on the verb
                where.addAll(placesIn(g, d.dependent()));
            } else if (r.equals("nmod:in") && seatedCase(s, d.dependent())) {
                where.add(d.dependent()); // "based in" parsed as one preposition
            } else if (r.equals("nmod:from") || r.equals("nmod:of")) {
                where.add(d.dependent());
            }
            for (int w : where) {
                if (w == m.head() || NAMED_BY_VENUE.contains(s.token(w).key())) {
                    continue; // "accused the rebels of breaching the Minsk agreement": a town an accord is named after
                }
                java.util.Set<Integer> phrase = new java.util.HashSet<>();
                placePhrase(g, w, phrase);
                String state = placeState(ms, places, m, phrase);
                if (state != null) {
                    return state;
                }
            }
        }
        return null;
    }

    private static List<Integer> placesIn(org.dyad.nlp.DependencyGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (org.dyad.nlp.Dependency in : g.children(verb)) {
            if (in.relation().equals("obl:in") || in.relation().equals("nmod:in")) {
                out.add(in.dependent());
            }
        }
        return out;
    }

    /** Whether the place is introduced by "based in" or "headquartered in" taken together as its preposition. */
    private static boolean seatedCase(Sentence s, int place) {
        for (int c : s.graph().children(place, "case")) {
            if (SEATED.contains(s.token(c).lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /** Relations inside a place's noun phrase: "Pakistan's tribal areas", "the northern city of Aleppo", "Sindh province". */
    private static final Set<String> PLACE_PHRASE = Set.of("nmod:poss", "compound", "amod", "nmod:of", "flat");

    private static void placePhrase(org.dyad.nlp.DependencyGraph g, int token, java.util.Set<Integer> into) {
        if (!into.add(token)) {
            return;
        }
        for (org.dyad.nlp.Dependency d : g.children(token)) {
            if (PLACE_PHRASE.contains(d.relation())) {
                placePhrase(g, d.dependent(), into);
            }
        }
    }

    /**
     * The one state that the tokens name: a state or its capital as an actor, or a place the gazetteer puts in
     * one state; null if none or several.
     */
    private static String placeState(List<Mention> ms, List<PlacedName> places, Mention m, java.util.Set<Integer> tokens) {
        String state = null;
        for (Mention o : ms) {
            boolean place = o.actor().kind() == Actor.Kind.STATE || o.resolvedBy().equals("capital");
            if (o != m && place && o.actor().country() != null && tokens.contains(o.head())) {
                if (state != null && !state.equals(o.actor().country())) {
                    return null;
                }
                state = o.actor().country();
            }
        }
        for (PlacedName p : places) {
            for (int t : tokens) {
                if (p.covers(t) && t != m.head()) {
                    if (state != null && !state.equals(p.country())) {
                        return null;
                    }
                    state = p.country();
                }
            }
        }
        return state;
    }

    /** Whether the actor is a sector or people of no named state, media and aid bodies included ("a newspaper"). */
    private static boolean placeable(Mention m) {
        Actor a = m.actor();
        return stateless(m) || a.code().startsWith("---") && a.kind() != Actor.Kind.IGO
            && (a.sector() != null || a.kind() == Actor.Kind.ETHNIC || a.kind() == Actor.Kind.RELIGIOUS);
    }

    /** Whether the actor is a non-governmental body of no named state: CAMEO's bare {@code NGO} ("a charity"). */
    private static boolean stateless(Mention m) {
        return m.actor().kind() == Actor.Kind.NGO && m.actor().code().equals("NGO");
    }

    /** Whether the actor is an ethnic or religious people as such, not one of its sectors ("ethnic Albanians"). */
    private static boolean people(Mention m) {
        Actor a = m.actor();
        return a.sector() == null && (a.kind() == Actor.Kind.ETHNIC || a.kind() == Actor.Kind.RELIGIOUS);
    }

    /**
     * Whether the actor is a people's forces, fighters or leaders of no named state ("Kurdish fighters"): like the
     * people itself, they belong to the place they act in ("clashed in Kirkuk"), though not to a state the sentence
     * names as another party.
     */
    private static boolean armedPeople(Mention m) { // a people with a nation-state of its own is placed by kinState
        Actor a = m.actor();
        return a.sector() != null && CROSS_BORDER.contains(a.sector()) && a.code().length() > 6
            && !a.code().equals(a.code().toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether {@code m} is a person the text names with an office but no state ("Planning Minister Nguyen Van Tho"). */
    private static boolean titledPerson(Mention m) {
        return m.person() != null && m.actor().kind() == Actor.Kind.PERSON && m.resolvedBy().startsWith("title");
    }

    /**
     * The state of an office-holder the text does not place, when the sentence names one state outside the
     * person's own dealings: "Planning Minister X said Vietnam is committed to reform", "President X imposed
     * a curfew in Algiers". States that are arguments of the person's own predicate ("X criticised China",
     * "X met the Chinese envoy", "demands from a group of Angola") are the other side, not the person's; so are
     * states in other speakers' clauses. Used only when the article has no state of its own (see {@link
     * #apply(List)}).
     */
    private static String bystanderState(Sentence s, List<Mention> ms, Mention m) {
        org.dyad.nlp.DependencyGraph g = s.graph();
        String rel = g.relationToHead(m.head());
        int predicate = g.head(m.head());
        if (predicate < 0 || rel == null || !rel.startsWith("nsubj")) {
            return null; // only the one who acts: "talks with Minister X" say nothing of X's state
        }
        java.util.Set<Integer> other = new java.util.HashSet<>();
        for (org.dyad.nlp.Dependency d : g.children(predicate)) {
            String r = d.relation();
            // circumstances ("in Algiers", "despite pressure", "after talks") say where the person acts, not with whom
            boolean circumstance = r.equals("obl:in") || r.equals("obl:despite") || r.equals("obl:after") || r.equals("obl:during")
                || r.equals("obl:amid") || r.equals("obl:before");
            boolean argument = !circumstance && (r.startsWith("obj") || r.startsWith("iobj") || r.startsWith("obl")
                || r.startsWith("nmod") || r.startsWith("nsubj") || r.startsWith("advcl") || r.startsWith("conj")
                || r.startsWith("parataxis"));
            if (argument && !m.covers(d.dependent())) {
                subtree(g, d.dependent(), other);
            }
        }
        String state = null;
        for (Mention o : ms) {
            if (o == m || o.actor().country() == null || o.resolvedBy().contains("coreference")
                || o.resolvedBy().contains("context") || other.contains(o.head())
                || o.actor().kind() != Actor.Kind.STATE && !domesticBody(o)) {
                continue;
            }
            if (state != null && !state.equals(o.actor().country())) {
                return null;
            }
            state = o.actor().country();
        }
        return state;
    }

    /**
     * A state's own domestic body named with its state ("Sudan's parliament", "the Kenyan police"): it
     * places an office-holder dealing with it as the state itself would. Governments, armed forces and
     * spies deal across borders, so they do not.
     */
    private static boolean domesticBody(Mention o) {
        String sector = o.actor().sector();
        return o.actor().kind() == Actor.Kind.SECTOR && o.resolvedBy().equals("composition") && sector != null
            && DOMESTIC_SECTORS.contains(sector);
    }

    private static void subtree(org.dyad.nlp.DependencyGraph g, int token, java.util.Set<Integer> into) {
        if (!into.add(token)) {
            return;
        }
        for (org.dyad.nlp.Dependency d : g.children(token)) {
            subtree(g, d.dependent(), into);
        }
    }

    /**
     * The non-state armed group that fighters of no named state belong to, by a word of membership on their noun
     * ("militants loyal to the Islamic State", "gunmen linked to Boko Haram"), or null.
     */
    private static Actor membership(Sentence s, List<Mention> ms, Mention m) {
        if (m.actor().sector() == null || !ARMED.contains(m.actor().sector())) {
            return null;
        }
        org.dyad.nlp.DependencyGraph g = s.graph();
        for (org.dyad.nlp.Dependency tie : g.children(m.head())) {
            if (!(tie.relation().equals("amod") || tie.relation().startsWith("acl"))
                || !MEMBERSHIP.contains(s.token(tie.dependent()).lowerWord())) {
                continue;
            }
            for (org.dyad.nlp.Dependency d : g.children(tie.dependent())) {
                if (!d.relation().startsWith("obl") && !d.relation().startsWith("nmod")) {
                    continue;
                }
                for (Mention o : ms) {
                    // the group by its name: "loyal to Mali's al-Qaeda chief" ties them to a man, placed by allegiance
                    if (o != m && o.start() <= d.dependent() && d.dependent() < o.end() && o.resolvedBy().equals("dictionary")
                        && o.actor().kind() == Actor.Kind.GROUP && o.actor().sector() != null
                        && ARMED.contains(o.actor().sector())) {
                        return o.actor();
                    }
                }
            }
        }
        return null;
    }

    /** The state of the actor that {@code m} is loyal or allied to, or null. */
    private static String allegiance(Sentence s, List<Mention> ms, Mention m) {
        for (int a : s.graph().children(m.head(), "amod")) {
            if (!ALLEGIANCE.contains(s.token(a).key())) {
                continue;
            }
            for (org.dyad.nlp.Dependency d : s.graph().children(a)) {
                if (!d.relation().startsWith("obl") && !d.relation().startsWith("nmod")) {
                    continue;
                }
                for (Mention o : ms) {
                    if (o != m && o.start() <= d.dependent() && d.dependent() < o.end() && o.actor().country() != null) {
                        return o.actor().country();
                    }
                }
                // the leader has no state of his own, his description has: "loyal to Iraq's al-Qaeda frontman X"
                java.util.Set<Integer> phrase = new java.util.HashSet<>();
                subtree(s.graph(), d.dependent(), phrase);
                for (Mention o : ms) {
                    if (o != m && phrase.contains(o.head()) && o.actor().kind() == Actor.Kind.STATE && o.actor().country() != null) {
                        return o.actor().country();
                    }
                }
                for (Mention o : ms) {
                    if (o != m && phrase.contains(o.head()) && o.actor().country() != null && !o.resolvedBy().contains("context")) {
                        return o.actor().country();
                    }
                }
            }
        }
        return null;
    }

    /** The mentions per sentence, with unknown states filled in where the context says which. */
    public List<List<Mention>> apply(List<List<Mention>> mentions) {
        return apply(mentions, java.util.Set.of(), focus(mentions, null, -1));
    }

    /** As {@link #apply(List)}, where the {@code silent} mentions (attackers named by an adjective) place no one. */
    private List<List<Mention>> apply(List<List<Mention>> mentions, java.util.Set<Mention> silent, Focus article) {
        String focus = article.state();
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        // per cross-border sector, the states earlier sentences named it with ("Israeli troops shot a man ... a crowd
        // threw rocks at soldiers": the soldiers are the Israeli troops the story is about, whatever its focus)
        Map<String, java.util.Set<String>> sectorStates = new java.util.HashMap<>();
        for (List<Mention> ms : mentions) {
            Map<String, Integer> here = new LinkedHashMap<>();
            for (Mention m : ms) {
                if (m.actor().country() != null && !company(m) && !silent.contains(m)) {
                    here.merge(m.actor().country(), 1, Integer::sum);
                }
            }
            String local = here.size() == 1 ? here.keySet().iterator().next() : null;
            if (local != null && article.foreign(local) && !namesHomeBody(ms, local)) {
                // "Chinese hackers targeted Conservative lawmakers" in a story set in Britain: the lawmakers are
                // the story's, not the hackers' state's
                local = null;
            }
            List<Mention> fixed = new ArrayList<>(ms.size());
            for (Mention m : ms) {
                // an ethnic or religious community ("Serb forces", "ethnic Albanians") belongs where it lives
                boolean community = !m.actor().code().equals(m.actor().code().toUpperCase(java.util.Locale.ROOT))
                    || m.actor().kind() == Actor.Kind.ETHNIC || m.actor().kind() == Actor.Kind.RELIGIOUS;
                // a people's forces, fighters or leaders act across borders too: "Kurdish fighters clashed with
                // Turkish troops" are not Turkey's (the place they act in may place them, see #location)
                boolean crossBorder = m.actor().sector() != null && CROSS_BORDER.contains(m.actor().sector())
                    && !(community && ARMED.contains(m.actor().sector()) && governmentOf(ms, local, silent));
                java.util.Set<String> named = crossBorder && !community ? sectorStates.get(m.actor().sector()) : null;
                String state = local != null && !crossBorder ? local : named != null && named.size() == 1
                    ? named.iterator().next() : focus;
                if (community && unknownState(m)) {
                    // a people's forces or leaders by its bare name are its nation-state's wherever they act
                    String own = kinState(m);
                    if (own != null) {
                        fixed.add(withState(m, own, "+kin"));
                        continue;
                    }
                }
                fixed.add(unknownState(m) && state != null ? withState(m, state) : m);
            }
            for (Mention m : ms) {
                Actor a = m.actor();
                if (a.country() != null && a.sector() != null && CROSS_BORDER.contains(a.sector()) && !company(m)
                    && !m.resolvedBy().equals("coreference") && !silent.contains(m)) {
                    sectorStates.computeIfAbsent(a.sector(), k -> new java.util.HashSet<>()).add(a.country());
                }
            }
            out.add(fixed);
        }
        return out;
    }

    /**
     * Whether the sentence names the government of {@code state} ("the Malian government", "Sri Lanka's president"):
     * a people's rebels a government deals with (talks, pardons, agreements) are its own insurgents, while a state's
     * troops or strikes ("Turkish troops clashed with Kurdish fighters") may be across a border and place no one.
     */
    private static boolean governmentOf(List<Mention> ms, String state, java.util.Set<Mention> silent) {
        if (state == null) {
            return false;
        }
        for (Mention o : ms) {
            if (state.equals(o.actor().country()) && "GOV".equals(o.actor().sector()) && !silent.contains(o)
                && !o.resolvedBy().contains("context")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention names a company or news organisation: its headquarters' state says nothing of where the
     * sentence's events happen ("Shell" in Nigeria, "a Reuters cameraman" in Lebanon), so it places no one.
     */
    private static boolean company(Mention m) {
        return m.resolvedBy().startsWith("company");
    }

    /**
     * Sectors whose bodies, named with their state ("Sudan's parliament", "the Kenyan police", "a Polish court"), show
     * the article is set in that state: they act at home. Media, business, workers, students and civilians are left
     * out: state media speak for their state abroad, and companies and nationals are often named abroad ("three
     * Turkish engineers were kidnapped in Libya").
     */
    private static final Set<String> HOME_SECTORS = Set.of("LEG", "JUD", "COP", "PTY", "OPP");

    /**
     * The article's state and the states it shows to be its home.
     *
     * @param state the article's state, or null
     * @param home  the states shown to be the article's home by its dateline or by a domestic body named with the
     *              state; empty when none is
     */
    private record Focus(String state, Set<String> home) {
        /** Whether {@code country} is named in the article only as a doer or target from abroad. */
        boolean foreign(String country) {
            return state != null && home.contains(state) && !home.contains(country);
        }
    }

    /**
     * The article's state: named in the most sentences, at least two, the dateline counting as a sentence of its
     * own; or null. When some states show themselves to be the article's home, by the dateline or by a domestic body
     * named with the state ("Iran's parliament", "Kenyan police"), only they can be its state: a state named only as
     * the doer or target of what happens ("Chinese hackers targeted lawmakers", "Beijing denied the charge"), however
     * often, is not the home of the courts, police and lawmakers the story names without a state. A story of several
     * sentences that names no domestic body of any state is set in its dateline's state.
     *
     * @param dateline the state of the article's dateline, or null
     * @param dash     the token that closes the first sentence's dateline, or -1
     */
    private static Focus focus(List<List<Mention>> mentions, String dateline, int dash) {
        Map<String, Integer> articleCounts = new LinkedHashMap<>();
        java.util.Set<String> home = new java.util.HashSet<>();
        if (dateline != null) {
            articleCounts.put(dateline, 1);
            home.add(dateline);
        }
        for (int i = 0; i < mentions.size(); i++) {
            java.util.Set<String> inSentence = new java.util.LinkedHashSet<>();
            for (Mention m : mentions.get(i)) {
                String c = m.actor().country();
                if (c != null && !m.resolvedBy().equals("coreference") && !company(m) && !(i == 0 && m.start() < dash)) {
                    inSentence.add(c);
                    if (homeBody(m)) {
                        home.add(c);
                    }
                }
            }
            inSentence.forEach(c -> articleCounts.merge(c, 1, Integer::sum));
        }
        if (home.isEmpty()) {
            return new Focus(dominant(articleCounts), Set.of());
        }
        Map<String, Integer> homeCounts = new LinkedHashMap<>(articleCounts);
        homeCounts.keySet().retainAll(home);
        String state = dominant(homeCounts);
        if (state == null && home.size() == 1 && home.contains(dateline) && mentions.size() > 1) {
            // a story of several sentences filed from a town, naming no body of any state: it is set there ("BERLIN -
            // Russian agents plotted sabotage, prosecutors said. Moscow denied it."); a one-sentence item's dateline
            // alone is too little to place its gunmen
            state = dateline;
        }
        return new Focus(state, Set.copyOf(home));
    }

    /** Whether the sentence names a domestic body of {@code state} ("Chinese police"). */
    private static boolean namesHomeBody(List<Mention> ms, String state) {
        for (Mention m : ms) {
            if (state.equals(m.actor().country()) && homeBody(m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention is a domestic body the text itself names with its state ("Iran's parliament", "Kenyan police"). */
    private static boolean homeBody(Mention m) {
        Actor a = m.actor();
        return a.kind() == Actor.Kind.SECTOR && a.sector() != null && HOME_SECTORS.contains(a.sector())
            && (m.resolvedBy().equals("composition") || m.resolvedBy().equals("dictionary"));
    }

    private static boolean unknownState(Mention m) {
        Actor a = m.actor();
        boolean community = a.kind() == Actor.Kind.ETHNIC || a.kind() == Actor.Kind.RELIGIOUS;
        return a.code().startsWith("---") && (a.sector() != null || community)
            && (a.sector() == null || !NOT_LOCAL.contains(a.sector())) && a.kind() != Actor.Kind.IGO;
    }

    private static Mention withState(Mention m, String iso3) {
        return withState(m, iso3, "+context");
    }

    private static Mention withState(Mention m, String iso3, String how) {
        Actor a = m.actor();
        if (stateless(m)) {
            // "a charity based in Geneva" is a state's NGO, as "a Norwegian aid agency" is
            return m.withActor(new Actor(a.name(), iso3 + "NGO", iso3, "NGO", Actor.Kind.SECTOR), m.resolvedBy() + how);
        }
        Actor b = new Actor(a.name(), iso3 + a.code().substring(3), iso3, a.sector(), a.kind());
        return m.withActor(b, m.resolvedBy() + how);
    }

    /** The state named in at least two sentences and in more sentences than any other, or null. */
    static String dominant(Map<String, Integer> counts) {
        String best = null;
        int bestN = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestN) {
                second = bestN;
                bestN = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestN >= 2 && bestN > second ? best : null;
    }
}
