package org.dyad.place;

import org.dyad.model.PlaceMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves the toponyms of one article to gazetteer entries (toponym resolution).
 *
 * <p>All mentions of one name are one place (one sense per discourse), unless a qualifier sets one mention
 * apart ("Paris, Texas" beside "Paris"), or a division word ("Raqqa province" beside "Raqqa", the city). A name's candidates are scored by
 * <ul>
 *   <li>prior: feature class (countries, continents and regions first; divisions and towns by population,
 *       capitals and seats of government above other towns) and whether the name is the entry's own or only
 *       an alternate one;</li>
 *   <li>the words around it: "the city of X", "X province", "X County";</li>
 *   <li>a qualifier right after it ("Antalya, Turkey", "Alexandria, La."): decisive; a name none of whose
 *       readings lies in its qualifier is left unresolved;</li>
 *   <li>the article's other places: the countries and first-level divisions they lie in (Georgia the state in
 *       a story about Atlanta; London, Ontario in a story about Toronto), and the distance to the nearest of
 *       them (Columbus, Ohio near Dublin, Ohio);</li>
 *   <li>the article's other ambiguous names: readings near a reading of another name go together (Columbus and
 *       Harris County in Georgia, not Ohio and Texas; London and St. Thomas in Ontario).</li>
 * </ul>
 * Names an abbreviation stands for, and adjectives of states, are decided before; they and the names with
 * one candidate or a qualifier form the first context. The others are resolved in two passes: the second
 * sees every first-pass choice.
 *
 * <p>Immutable and thread-safe.
 */
public final class ToponymResolver {

    /**
     * A toponym with the entry chosen for it; {@code how} names what decided. {@code confidence} (0..1) is how sure
     * the reading is; {@code stateConfidence} (0..1, never below it) how sure its state is, which readings of the
     * name in the same state do not lessen ("Oaxaca" the state or its capital: either way Mexico).
     */
    public record Resolution(Toponym toponym, GazetteerEntry entry, String how, double confidence,
                             double stateConfidence) {
        public Resolution {
            Objects.requireNonNull(toponym, "toponym");
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** Ends the group key of the mentions a division word marks ("Raqqa province"). */
    private static final String DIVISION_MARK = "~division";

    /** A first-pass choice this sure becomes context for the others. */
    private static final double CONFIDENT = 0.8;

    private final Gazetteer gazetteer;
    private final DivisionWords divisionWords;

    /** With the built-in division words. */
    public ToponymResolver(Gazetteer gazetteer) {
        this(gazetteer, DivisionWords.standard());
    }

    public ToponymResolver(Gazetteer gazetteer, DivisionWords divisionWords) {
        this.gazetteer = gazetteer;
        this.divisionWords = divisionWords;
    }

    /** The mentions of one name that share a reading, with their evidence. */
    private static final class Group {
        final String key;
        final List<Integer> members = new ArrayList<>();
        final List<GazetteerEntry> options = new ArrayList<>();
        GazetteerEntry qualifier;
        /** The country and division readings of the qualifier's name, best first ("Georgia": the country, the state). */
        List<GazetteerEntry> qualifierReadings = List.of();
        boolean definite;
        Toponym.Cue cue = Toponym.Cue.NONE;
        /** The division word of the cue ("province"), or null. */
        String cueWord;
        String state;
        GazetteerEntry fixed;
        boolean adjectival;
        GazetteerEntry chosen;
        /** Whether CoreNLP found one of the mentions as a location (not only the gazetteer and the words around). */
        boolean nerFound;
        /** Per option, how many other ambiguous names have a reading near it. */
        Map<GazetteerEntry, Double> neighbours = Map.of();
        String how;
        double confidence;
        /** How sure the chosen reading's state is: its margin over the best reading in another state. */
        double stateConfidence;

        Group(String key) {
            this.key = key;
        }
    }

    /**
     * Resolves {@code toponyms} (one article's, in text order, with qualifier indexes into this list).
     * Returns one resolution per toponym that has a candidate, in the same order.
     */
    public List<Resolution> resolve(List<Toponym> toponyms) {
        Map<String, Group> groups = new LinkedHashMap<>();
        // first the toponyms whose place is fixed (abbreviations, adjectives), so qualifiers can be read
        GazetteerEntry[] fixedEntry = new GazetteerEntry[toponyms.size()];
        for (int k = 0; k < toponyms.size(); k++) {
            Toponym t = toponyms.get(k);
            if (t.fixed() != null) {
                fixedEntry[k] = t.fixed();
            } else if (t.state() != null && t.kind().equals(PlaceMention.ADJECTIVAL)) {
                fixedEntry[k] = gazetteer.country(t.state());
            }
        }
        for (int k = 0; k < toponyms.size(); k++) {
            Toponym t = toponyms.get(k);
            List<GazetteerEntry> qs = t.qualifier() >= 0
                ? qualifierEntries(toponyms.get(t.qualifier()), fixedEntry[t.qualifier()]) : List.of();
            GazetteerEntry q = qs.isEmpty() ? null : qs.get(0);
            // "Raqqa province" and a bare "Raqqa" are two readings: news names a province with its word
            // and the town of the same name without one
            String key = fixedEntry[k] != null ? "#fixed:" + k
                : (t.definite() ? "the " : "") + Gazetteer.normalise(t.name())
                + (t.cue() == Toponym.Cue.DIVISION ? DIVISION_MARK : "")
                + (q != null ? "|" + q.country() + "." + q.admin1() : "");
            Group g = groups.computeIfAbsent(key, Group::new);
            g.members.add(k);
            if (fixedEntry[k] != null) {
                g.fixed = fixedEntry[k];
                g.adjectival = t.kind().equals(PlaceMention.ADJECTIVAL);
                continue;
            }
            if (q != null) {
                g.qualifier = q;
                g.qualifierReadings = qs;
            }
            if (t.cue() != Toponym.Cue.NONE) {
                g.cue = t.cue();
            }
            if (t.cueWord() != null && g.cueWord == null) {
                g.cueWord = t.cueWord();
            }
            g.nerFound |= t.rule().equals("ner");
            g.definite = t.definite();
            if (t.state() != null) {
                g.state = t.state();
            }
        }
        // the qualifier's reading that holds one of the name's readings: "Atlanta, Georgia" is in the state
        for (Group g : groups.values()) {
            if (g.qualifier != null) {
                g.options.addAll(options(toponyms.get(g.members.get(0)), g));
                for (GazetteerEntry r : g.qualifierReadings) {
                    if (within(g.options, r) > 0) {
                        g.qualifier = r;
                        break;
                    }
                }
            }
        }
        // a qualifier is the country or division it was read as: "Oklahoma" in "Moore, Oklahoma" is the state,
        // though Oklahoma City lies near the article's other towns
        Map<Integer, GazetteerEntry> asQualifier = new HashMap<>();
        for (Group g : groups.values()) {
            if (g.qualifier != null && within(g.options, g.qualifier) > 0) {
                for (int k : g.members) {
                    int q = toponyms.get(k).qualifier();
                    if (q >= 0 && fixedEntry[q] == null && toponyms.get(q).cue() != Toponym.Cue.TOWN) {
                        // (a list read as a qualifier keeps its town: "Montreal, Quebec City and Halifax")
                        asQualifier.putIfAbsent(q, g.qualifier);
                    }
                }
            }
        }
        // an unqualified name takes the reading of its qualified namesake ("Alexandria, La." ... "Alexandria")
        Map<String, Group> qualifiedByName = new HashMap<>();
        for (Group g : groups.values()) {
            if (g.qualifier != null) {
                qualifiedByName.putIfAbsent(g.key.substring(0, g.key.indexOf('|')), g);
            }
        }
        List<Group> open = new ArrayList<>();
        Context context = new Context();
        for (Group g : groups.values()) {
            if (g.fixed != null) {
                g.chosen = g.fixed;
                g.how = g.adjectival ? "state" : "abbreviation";
                g.confidence = 0.95;
                g.stateConfidence = 0.95;
                context.add(g.chosen, g.members.size() * g.confidence);
                continue;
            }
            Group namesake = g.key.indexOf('|') < 0 ? qualifiedByName.get(g.key) : null;
            if (namesake != null) {
                g.qualifier = namesake.qualifier;
            }
            if (g.options.isEmpty()) {
                g.options.addAll(options(toponyms.get(g.members.get(0)), g));
            }
            GazetteerEntry read = null;
            for (int k : g.members) {
                read = read != null ? read : asQualifier.get(k);
            }
            if (read != null && g.options.contains(read)) {
                g.options.retainAll(List.of(read));
            }
            if (g.options.isEmpty() || g.qualifier != null && within(g.options, g.qualifier) == 0 && allLocal(g.options, g.key)) {
                // "Cordova, Tennessee" with no Cordova of Tennessee in the gazetteer: every reading is wrong
                continue;
            }
            if (g.options.size() == 1 || g.qualifier != null && within(g.options, g.qualifier) == 1) {
                choose(g, null);
                context.add(g.chosen, g.members.size() * g.confidence);
            } else {
                open.add(g);
            }
        }
        for (Group g : open) {
            g.neighbours = neighbours(g, open);
        }
        // the ambiguous names: a first pass sees the certain places; its confident choices join them for the
        // second pass, whose choices all join for the third. Each name is chosen without its own contribution.
        Context anchors = context.copy();
        Map<Group, Contribution> added = new HashMap<>();
        for (Group g : open) {
            choose(g, anchors);
            if (g.confidence >= CONFIDENT) {
                Contribution c = new Contribution(g.chosen, g.members.size() * g.confidence);
                context.add(c.entry(), c.weight());
                added.put(g, c);
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            Context seen = context.copy();
            for (Group g : open) {
                Context others = seen.copy();
                Contribution own = added.get(g);
                if (own != null) {
                    others.remove(own.entry(), own.weight());
                }
                choose(g, others);
            }
            context = anchors.copy();
            added.clear();
            for (Group g : open) {
                Contribution c = new Contribution(g.chosen, g.members.size() * g.confidence);
                context.add(c.entry(), c.weight());
                added.put(g, c);
            }
        }
        coordinate(toponyms, groups.values());
        dropMountainTowns(groups.values());
        dropStrays(groups.values());
        Resolution[] byToponym = new Resolution[toponyms.size()];
        for (Group g : groups.values()) {
            if (g.chosen == null) {
                continue;
            }
            for (int k : g.members) {
                byToponym[k] = new Resolution(toponyms.get(k), g.chosen, g.how, g.confidence,
                    Math.max(g.confidence, g.stateConfidence));
            }
        }
        List<Resolution> out = new ArrayList<>();
        for (Resolution r : byToponym) {
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The readings of a name. After "the" ("the Gulf", "the White House") towns are out and names written with
     * the article count; a state's name from the actor knowledge adds the state, unless the name is a division's
     * own name within it and not the state's own ("England" is England, not the United Kingdom; "Mexico" is Mexico).
     */
    private List<GazetteerEntry> options(Toponym t, Group g) {
        List<GazetteerEntry> out = new ArrayList<>();
        String key = Gazetteer.normalise(t.name());
        if (t.definite()) {
            out.addAll(gazetteer.lookup("the " + t.name()));
            for (GazetteerEntry e : gazetteer.lookup(t.name())) {
                if (!e.isPopulatedPlace() && !out.contains(e)) {
                    out.add(e);
                }
            }
        } else {
            out.addAll(gazetteer.lookup(t.name()));
            for (GazetteerEntry e : gazetteer.lookup("the " + t.name())) {
                if (e.isRegion() && !out.contains(e)) {
                    out.add(e); // "the Gulf" written as a modifier: "its Gulf war", "Gulf states"
                }
            }
        }
        if (g.cue == Toponym.Cue.DIVISION && out.stream().anyMatch(GazetteerEntry::isDivision)) {
            out.removeIf(GazetteerEntry::isPopulatedPlace); // "Kano state" is not the town; a bare "Kano" may be
        }
        if (g.state != null) {
            GazetteerEntry country = gazetteer.country(g.state);
            boolean ownDivision = false;
            for (GazetteerEntry e : out) {
                if (e.isAdmin1() && g.state.equals(e.country()) && ownName(e, key)) {
                    ownDivision = true;
                }
            }
            if (ownDivision && !(country != null && ownName(country, key))) {
                // (but "Mexico" is first the state, though the State of Mexico is one of its divisions)
                out.remove(country);
            } else if (country != null && !out.contains(country)) {
                out.add(0, country);
            }
        }
        return out;
    }

    /**
     * For each local reading of an ambiguous name, how many of the article's other ambiguous names could lie near
     * it (within 40 km counts 2, within 120 km 1, at most 4): readings that explain each other go together
     * (Columbus and Harris County in Georgia, not Ohio and Texas).
     */
    private static Map<GazetteerEntry, Double> neighbours(Group g, List<Group> open) {
        Map<GazetteerEntry, Double> out = new HashMap<>();
        for (GazetteerEntry e : g.options) {
            if (!e.isPopulatedPlace() && !e.isAdmin2()) {
                continue;
            }
            double n = 0;
            for (Group h : open) {
                if (h == g || h.key.equals(g.key)) {
                    continue;
                }
                double nearest = Double.MAX_VALUE;
                for (GazetteerEntry o : h.options) {
                    if (o.isPopulatedPlace() || o.isAdmin2()) {
                        nearest = Math.min(nearest, km(e, o));
                    }
                }
                n += nearest < 40 ? 2 : nearest < 120 ? 1 : 0;
            }
            if (n > 0) {
                out.put(e, Math.min(4.0, n));
            }
        }
        return out;
    }

    /**
     * A name in a list with a country or first-level division takes a reading of that level: "Ontario and
     * Quebec" names the province, "Texas and Georgia" the state, "Syria and Georgia" the country. The other
     * name's reading must be sure (fixed, or chosen with confidence of at least 0.8); a first-level division
     * must be in the same country.
     */
    private static void coordinate(List<Toponym> toponyms, java.util.Collection<Group> groups) {
        Group[] byToponym = new Group[toponyms.size()];
        for (Group g : groups) {
            for (int k : g.members) {
                byToponym[k] = g;
            }
        }
        for (Group g : groups) {
            if (g.chosen == null || g.fixed != null || g.qualifier != null || g.cue != Toponym.Cue.NONE
                || g.chosen.isCountry() || g.chosen.isRegion()) {
                continue;
            }
            for (int k : g.members) {
                int c = toponyms.get(k).coordinate();
                Group h = c >= 0 ? byToponym[c] : null;
                if (h == null || h == g || h.chosen == null || h.confidence < CONFIDENT
                    || !(h.chosen.isCountry() || h.chosen.isAdmin1()) || sameLevel(g.chosen, h.chosen)) {
                    continue;
                }
                GazetteerEntry peer = null;
                for (GazetteerEntry e : g.options) {
                    if (sameLevel(e, h.chosen) && ownName(e, g.key)
                        && (e.isCountry() || Objects.equals(e.country(), h.chosen.country()))) {
                        peer = e;
                        break;
                    }
                }
                if (peer != null) {
                    if (!Objects.equals(peer.country(), g.chosen.country())) {
                        g.stateConfidence = 0; // (the confidence below)
                    }
                    g.chosen = peer;
                    g.how = "coordination";
                    g.confidence = Math.max(g.confidence, CONFIDENT);
                    break;
                }
            }
        }
    }

    private static boolean sameLevel(GazetteerEntry a, GazetteerEntry b) {
        return a.isCountry() && b.isCountry() || a.isAdmin1() && b.isAdmin1();
    }

    /** An article this much about one country (share of its weighted place mentions) has a home country. */
    private static final double HOME_SHARE = 0.8;
    /** ... and needs this many weighted mentions of places besides the one judged. */
    private static final double HOME_WEIGHT = 3;

    /**
     * Leaves out the small foreign towns and counties of an article about one country: a name that CoreNLP did
     * not find as a location, read as a town (under 100,000 people) or county in a country that no other place
     * or adjective of the article names, where the others lie mostly (80%) in one other country, is a name the
     * gazetteer happens to share ("Cal Fire" in a California story is no Turkish town; "Peel Regional Police" no
     * town on the Isle of Man). A qualifier keeps it ("Keswick, England"). A name CoreNLP found is a place,
     * but when the reading is a foreign village (under 10,000 people) it is most likely a local place the
     * gazetteer lacks ("Baga" in a story about Borno is no Spanish village): it keeps the reading at a
     * confidence of at most 0.5, too low to place actors or events.
     */
    private static void dropStrays(java.util.Collection<Group> groups) {
        for (Group g : groups) {
            GazetteerEntry e = g.chosen;
            boolean village = e != null && e.isPopulatedPlace() && e.population() < 10_000;
            if (e == null || g.fixed != null || g.qualifier != null || g.nerFound && !village || e.country() == null
                || !(e.isPopulatedPlace() && e.population() < 100_000 || e.isAdmin2())) {
                continue;
            }
            Map<String, Double> countries = new HashMap<>();
            double total = 0;
            for (Group h : groups) {
                if (h != g && h.chosen != null && h.chosen.country() != null) {
                    double w = h.members.size() * Math.max(0.5, h.confidence);
                    countries.merge(h.chosen.country(), w, Double::sum);
                    total += w;
                }
            }
            if (total < HOME_WEIGHT || countries.containsKey(e.country())) {
                continue;
            }
            double best = 0;
            for (double v : countries.values()) {
                best = Math.max(best, v);
            }
            if (best / total >= HOME_SHARE) {
                if (g.nerFound) {
                    g.confidence = Math.min(g.confidence, 0.5);
                    g.stateConfidence = g.confidence;
                    g.how = "stray";
                } else {
                    g.chosen = null;
                }
            }
        }
    }

    /** What one name put into the context: its reading and weight (mentions times confidence). */
    private record Contribution(GazetteerEntry entry, double weight) {
    }

    /** The countries and divisions a qualifier can name: fixed, else its country and division readings, best first. */
    private List<GazetteerEntry> qualifierEntries(Toponym q, GazetteerEntry fixed) {
        if (fixed != null) {
            return List.of(fixed);
        }
        List<GazetteerEntry> out = new ArrayList<>();
        if (q.state() != null) {
            GazetteerEntry c = gazetteer.country(q.state());
            if (c != null) {
                out.add(c); // first the state, then its namesake divisions: "Atlanta, Georgia"
            }
        }
        for (GazetteerEntry e : gazetteer.lookup(q.name())) {
            if ((e.isCountry() || e.isAdmin1()) && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Whether every reading that has the name as its own is a town or county: a name that a qualifier can rule
     * out entirely ("Cordova, Tennessee"; but not "Russia" in "Russia, Iran and Turkey").
     */
    private static boolean allLocal(List<GazetteerEntry> options, String key) {
        for (GazetteerEntry e : options) {
            if (!e.isPopulatedPlace() && !e.isAdmin2() && (ownName(e, key) || e.isCountry())) {
                return false;
            }
        }
        return true;
    }

    private static int within(List<GazetteerEntry> options, GazetteerEntry qualifier) {
        int n = 0;
        for (GazetteerEntry e : options) {
            if (inside(e, qualifier)) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code e} lies in the country or division {@code q}. */
    private static boolean inside(GazetteerEntry e, GazetteerEntry q) {
        if (e == q || !Objects.equals(e.country(), q.country())) {
            return false;
        }
        return q.isCountry() || Objects.equals(e.admin1(), q.admin1()) && !e.isAdmin1();
    }

    private void choose(Group g, Context context) {
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        String why = null;
        double[] scores = new double[g.options.size()];
        for (int i = 0; i < scores.length; i++) {
            Score s = score(g.options.get(i), g, context);
            scores[i] = s.value;
            if (s.value > bestScore) {
                bestScore = s.value;
                best = g.options.get(i);
                why = s.why;
            }
        }
        double abroad = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            GazetteerEntry e = g.options.get(i);
            if (!Objects.equals(e.country(), best.country()) || e.country() == null) {
                abroad = Math.max(abroad, scores[i]);
            }
            // a town inside the chosen division leaves no doubt about where: "Basilan" the province or its
            // city of Isabela, which GeoNames also calls Basilan
            if (e != best && scores[i] > second && !(best.isAdmin2() && e.isPopulatedPlace() && inside(e, best)
                && Objects.equals(e.admin2(), best.admin2()))) {
                second = scores[i];
            }
        }
        g.chosen = best;
        g.how = why;
        double margin = second == Double.NEGATIVE_INFINITY ? 10 : bestScore - second;
        double confidence = Math.min(0.95, 0.5 + margin / 12);
        double stateShare = 0;
        List<GazetteerEntry> rivals = "population".equals(why) ? rivals(g) : List.of();
        if (best.isDivision() && "population".equals(why)) {
            confidence = Math.max(confidence, divisionShare(best, rivals));
        } else if (best.isPopulatedPlace() && rivals.contains(best)) {
            // (a town known here only by a minor alternate name has no share of the name's people)
            confidence = Math.max(confidence, townShare(best, rivals));
            stateShare = divisionShare(best, rivals);
        }
        g.confidence = Math.round(confidence * 100) / 100.0;
        double stateMargin = abroad == Double.NEGATIVE_INFINITY ? 10 : bestScore - abroad;
        g.stateConfidence = Math.round(Math.max(Math.max(confidence, stateShare),
            Math.min(0.95, 0.5 + stateMargin / 12)) * 100) / 100.0;
    }

    /**
     * The readings whose people count against the chosen one's: every reading but the towns that have the name
     * neither as their own nor as an exonym. A town that GeoNames also lists under the name as a minor alternate
     * ("Limerick" for San Ramon, California) is hardly ever what news means by it (its score already loses 2.5, a
     * factor of 300 in people); a division known by an English alternate ("Mount Lebanon" for Mont-Liban) may be.
     */
    private List<GazetteerEntry> rivals(Group g) {
        List<GazetteerEntry> out = new ArrayList<>(g.options.size());
        String name = bareName(g.key);
        for (GazetteerEntry e : g.options) {
            if (!e.isPopulatedPlace() || ownName(e, g.key) || gazetteer.isExonym(e, name)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * How sure a town chosen on priors alone is, read from people: its share of the people of all the name's
     * readings, when every rival is a town. The margin of the priors grows with the logarithm of the people, so a
     * town a hundred times larger than its namesakes reaches only 0.67 by it; the share gives Perth (Western
     * Australia, 2 million) against Perth (Scotland, 47,000) and the smaller Perths 0.97, capped at
     * {@link #SHARE_CAP}, and a town beside a division of its name nothing (the margin decides there).
     * Its state's confidence is {@link #divisionShare}: namesakes in the same state leave the state sure.
     */
    private static double townShare(GazetteerEntry best, List<GazetteerEntry> options) {
        double all = best.population();
        for (GazetteerEntry e : options) {
            if (e == best) {
                continue;
            }
            if (!e.isPopulatedPlace()) {
                return 0;
            }
            all += e.population();
        }
        return all <= 0 ? 0 : Math.min(SHARE_CAP, best.population() / all);
    }

    /** The most a division's share of its readings' people can make its confidence: below {@link #CONFIDENT}. */
    private static final double SHARE_CAP = 0.78;

    /**
     * How sure a division chosen on priors alone is, read from people: its share of the people of all the name's
     * readings abroad and its own, when every rival abroad is a town. The prior discounts a division's people (news
     * names a county less often than a town as large, and a division yields to its namesake town), which suits the
     * choice but understates its certainty against small towns abroad named after it: Sussex (1.8 million) against
     * Sussex, Wisconsin (11,000) is 0.99 of the people, Cornwall against Cornwall, Ontario 0.87, Surrey against
     * Surrey, British Columbia 0.76, Punjab in India against Punjab in Pakistan no town at all (0). Capped below
     * {@link #CONFIDENT}, so that the share alone never makes the division context for other names.
     */
    private static double divisionShare(GazetteerEntry best, List<GazetteerEntry> options) {
        double all = best.population();
        for (GazetteerEntry e : options) {
            if (e == best || Objects.equals(e.country(), best.country())) {
                continue; // a namesake in the same state leaves the state sure; the place confidence is the margin's
            }
            if (!e.isPopulatedPlace()) {
                return 0;
            }
            all += e.population();
        }
        return all <= 0 ? 0 : Math.min(SHARE_CAP, best.population() / all);
    }

    private record Score(double value, String why) {
    }

    private Score score(GazetteerEntry e, Group g, Context context) {
        double s = prior(e);
        String why = "population";
        if (!ownName(e, g.key) && !e.isCountry() && !e.isRegion()) {
            // known here only by an alternate name; less so by a name the world knows it by (Palmyra for Tadmur)
            s -= gazetteer.isExonym(e, bareName(g.key)) ? 1 : 2.5;
        }
        if (g.cue == Toponym.Cue.TOWN && e.isPopulatedPlace() || g.cue == Toponym.Cue.DIVISION && e.isDivision()) {
            s += 4;
            why = "cue";
        }
        if (g.cue == Toponym.Cue.DIVISION && e.isAdmin1() && divisionWords.uses(e.country(), g.cueWord)) {
            s += 3; // the word its country's divisions go by: "Punjab province" is Pakistan's, "Punjab state" India's
        }
        if (g.qualifier != null) {
            if (inside(e, g.qualifier)) {
                s += 20;
                why = "qualifier";
            } else {
                s -= 5;
            }
        }
        if (mountainTown(e, g) && (context == null || !context.inUnitedStates())) {
            s -= 4; // "Mount Lebanon" is the mountain or the governorate, not the town in Pennsylvania
        }
        if (e.isDivision() && g.cue != Toponym.Cue.DIVISION && hasNamesake(e, g)) {
            s -= 3; // a division yields to its namesake town: the city of Antalya before Antalya province
        }
        double near = g.neighbours.getOrDefault(e, 0.0);
        if (near > 0) {
            s += near;
            why = "article-context";
        }
        if (context != null && !e.isRegion()) {
            double c = context.bonus(e);
            s += c;
            if (c > 0 && !why.equals("qualifier")) {
                why = "article-context";
            }
        }
        return new Score(s, why);
    }

    /**
     * Whether {@code e} is an American town named after a mountain ("Mount Lebanon", Pennsylvania; "Mount Sinai",
     * New York; "Mount Carmel", Illinois) read for a name "Mount X" that no qualifier places: GeoNames lists a
     * hundred such towns in the United States and no mountains (its class T is not in the gazetteer), so outside
     * a story about the United States the name means the mountain, or a region named after it (Lebanon's
     * Mount Lebanon governorate), not the town.
     */
    private static boolean mountainTown(GazetteerEntry e, Group g) {
        return g.qualifier == null && g.cue != Toponym.Cue.TOWN && e.isPopulatedPlace() && "USA".equals(e.country())
            && bareName(g.key).startsWith(MOUNT);
    }

    /** The normalised start of a mountain's name ("Mount", "Mt."): see {@link Gazetteer#normalise}. */
    private static final String MOUNT = "mount ";

    /**
     * Leaves out the American towns named after mountains (see {@link #mountainTown}) that an article names
     * without any other place in the United States: the mountain is meant, which the gazetteer lacks.
     */
    private static void dropMountainTowns(java.util.Collection<Group> groups) {
        for (Group g : groups) {
            if (g.chosen == null || g.fixed != null || !mountainTown(g.chosen, g)) {
                continue;
            }
            boolean american = false;
            for (Group h : groups) {
                american |= h != g && h.chosen != null && "USA".equals(h.chosen.country());
            }
            if (!american) {
                g.chosen = null;
            }
        }
    }

    /** What a reading is worth before context: feature class and population. */
    static double prior(GazetteerEntry e) {
        double people = Math.log10(e.population() + 1);
        if (e.isCountry()) {
            return 12;
        }
        String code = e.featureCode();
        if (code.equals("CONT")) {
            return 11.5;
        }
        if (e.isRegion()) {
            return 10;
        }
        if (e.isAdmin1()) {
            return 2.5 + 0.8 * people;
        }
        if (e.isAdmin2()) {
            return 1 + 0.8 * people;
        }
        double seat = switch (code) {
            case "PPLC" -> 3;
            case "PPLA" -> 1.2;
            case "PPLA2" -> 0.6;
            case "PPLX", "PPLH", "PPLQ", "PPLW" -> -1.5;
            default -> 0;
        };
        return people + seat;
    }

    /**
     * Whether a populated place among the options lies in division {@code d} and has the name as its own, or as
     * an alternate one where the division too has it only as an alternate ("Raqqa" for both Ar Raqqah and the
     * Ar-Raqqah governorate) or where the place holds half the division's people ("Chittagong" for Chattogram
     * beside the Chittagong division).
     */
    private static boolean hasNamesake(GazetteerEntry d, Group g) {
        boolean divisionOwn = ownName(d, g.key);
        for (GazetteerEntry p : g.options) {
            if (p.isPopulatedPlace() && Objects.equals(p.country(), d.country()) && Objects.equals(p.admin1(), d.admin1())
                && (!d.isAdmin2() || Objects.equals(p.admin2(), d.admin2()))
                && (ownName(p, g.key) || !divisionOwn || 2 * p.population() >= d.population())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownName(GazetteerEntry e, String key) {
        return Gazetteer.isOwnName(e, bareName(key));
    }

    /** A group key without its qualifier and division mark: the normalised name. */
    private static String bareName(String key) {
        String k = key.indexOf('|') >= 0 ? key.substring(0, key.indexOf('|')) : key;
        return k.endsWith(DIVISION_MARK) ? k.substring(0, k.length() - DIVISION_MARK.length()) : k;
    }

    /**
     * The places already chosen in the article: mentions per country and division, weighted by the confidence
     * of each choice, and the towns and counties among them.
     */
    private static final class Context {
        final Map<String, Double> countries = new HashMap<>();
        final Map<String, Double> divisions = new HashMap<>();
        final List<GazetteerEntry> local = new ArrayList<>();
        double total;

        void add(GazetteerEntry e, double weight) {
            change(e, weight);
            if (e.isPopulatedPlace() || e.isAdmin2()) {
                local.add(e);
            }
        }

        void remove(GazetteerEntry e, double weight) {
            if (e != null) {
                change(e, -weight);
                local.remove(e);
            }
        }

        private void change(GazetteerEntry e, double w) {
            if (e.country() != null) {
                countries.merge(e.country(), w, Double::sum);
                total += w;
            }
            if (e.country() != null && e.admin1() != null) {
                divisions.merge(e.country() + "." + e.admin1(), w, Double::sum);
            }
        }

        Context copy() {
            Context c = new Context();
            c.countries.putAll(countries);
            c.divisions.putAll(divisions);
            c.local.addAll(local);
            c.total = total;
            return c;
        }

        /**
         * How much the article's other places favour {@code e}: its country (more as the article dwells on it),
         * its first-level division, and the nearest town or county already placed (within 300 km). A country
         * the article does not otherwise name, in an article about one other country, is disfavoured (Georgia
         * the state in a story about Atlanta and Savannah).
         */
        double bonus(GazetteerEntry e) {
            double b = 0;
            if (e.country() != null) {
                double n = countries.getOrDefault(e.country(), 0.0);
                if (n > 0.3) {
                    b += 1 + 2 * Math.min(1, 2 * n / Math.max(1, total));
                } else if (e.isCountry() && total >= 3 && dominantShare() >= 0.7) {
                    b -= 1.5;
                }
                if (e.admin1() != null) {
                    double d = divisions.getOrDefault(e.country() + "." + e.admin1(), 0.0);
                    if (d > 0.3) {
                        b += d >= 2.5 ? 2.5 : 1.5;
                    }
                }
            }
            if (e.isPopulatedPlace() || e.isAdmin2()) {
                double nearest = Double.MAX_VALUE;
                for (GazetteerEntry o : local) {
                    if (o != e) {
                        nearest = Math.min(nearest, km(e, o));
                    }
                }
                b += nearest < 40 ? 2 : nearest < 120 ? 1.2 : nearest < 300 ? 0.4 : 0;
            }
            return b;
        }

        /** Whether the article's places so far lie partly in the United States (0.3 of a mention or more). */
        boolean inUnitedStates() {
            return countries.getOrDefault("USA", 0.0) > 0.3;
        }

        private double dominantShare() {
            double best = 0;
            for (double v : countries.values()) {
                best = Math.max(best, v);
            }
            return total <= 0 ? 0 : best / total;
        }
    }

    static double km(GazetteerEntry a, GazetteerEntry b) {
        return org.dyad.model.Place.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    }
}
