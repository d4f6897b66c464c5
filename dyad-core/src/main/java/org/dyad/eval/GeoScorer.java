package org.dyad.eval;

import org.dyad.model.CodedArticle;
import org.dyad.model.Place;
import org.dyad.model.PlaceEntity;
import org.dyad.model.PlaceMention;
import org.dyad.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Scores Dyad's place mentions against geoparsing gold articles.
 *
 * <ul>
 *   <li>Recognition: a gold toponym and a Dyad place mention match when their spans overlap; each is matched
 *       at most once (gold toponyms in text order, each taking the unmatched mention it overlaps most).
 *       Precision, recall and F1 are micro-averaged over all articles, once over literal and adjectival
 *       names together and once over literal names only (gold toponyms the {@code adjectival} test accepts
 *       and Dyad's {@code adjectival} mentions left out).</li>
 *   <li>Resolution, over the matches of the first scoring: the share of matched toponyms the gold locates
 *       that Dyad placed within {@value #NEAR_KM} km (100 miles, the field's usual threshold) of the gold
 *       point, and the share of matched toponyms the gold resolves to a GeoNames id that Dyad resolved to the
 *       same id. A toponym Dyad resolved to the gold's very GeoNames entry is 0 km off whatever the two
 *       points: the gold carries GeoNames' own coordinates, Dyad's come from other sources for some entries
 *       (countries at the CIA World Factbook's point, divisions at Natural Earth's label point), and the
 *       choice of an entry's representative point is not a resolution error. {@link GeoScores#within161Raw()}
 *       keeps the share by coordinates alone.</li>
 *   <li>The table: per kind (literal, adjectival) and per feature class (country, division, town, region,
 *       other), the gold toponyms and Dyad mentions of that kind or class and the matches where both sides
 *       agree on it.</li>
 * </ul>
 *
 * <p>The gold does not say which toponyms are adjectival; the scorer asks {@code adjectival} about each
 * gold phrase. Articles are paired with coded articles by position. A pure function; thread-safe.
 */
public final class GeoScorer {

    /** The distance (km) within which a resolution counts as right: 100 miles. */
    public static final double NEAR_KM = 161;

    private static final List<String> KINDS = List.of(PlaceMention.LITERAL, PlaceMention.ADJECTIVAL);
    private static final List<String> CLASSES = List.of("country", "division", "town", "region", "other");

    private final Predicate<String> adjectival;

    /** @param adjectival whether a gold phrase is an adjectival or demonym reference ("Turkish", "Sudanese") */
    public GeoScorer(Predicate<String> adjectival) {
        this.adjectival = Objects.requireNonNull(adjectival, "adjectival");
    }

    /** A Dyad mention with the place it was resolved to. */
    private record Found(PlaceMention mention, Place place) {
    }

    /**
     * Scores {@code coded} against {@code gold}, article by article.
     *
     * @throws IllegalArgumentException if the two lists differ in length
     */
    public GeoScores score(List<GeoArticle> gold, List<CodedArticle> coded) {
        if (gold.size() != coded.size()) {
            throw new IllegalArgumentException(gold.size() + " gold articles but " + coded.size() + " coded ones");
        }
        int[] all = new int[3];
        int[] lit = new int[3];
        int within = 0;
        int withinRaw = 0;
        int located = 0;
        int exact = 0;
        int withId = 0;
        Map<String, int[]> rows = new TreeMap<>();
        List<GeoOutcome> outcomes = new ArrayList<>();
        for (int a = 0; a < gold.size(); a++) {
            GeoArticle g = gold.get(a);
            List<Found> found = found(coded.get(a));
            String text = g.text();

            int[] match = match(g.toponyms(), found, t -> true, f -> true);
            boolean[] used = new boolean[found.size()];
            int tp = 0;
            for (int j : match) {
                if (j >= 0) {
                    used[j] = true;
                    tp++;
                }
            }
            all[0] += tp;
            all[1] += found.size() - tp;
            all[2] += match.length - tp;
            int[] literalMatch = match(g.toponyms(), found, t -> !adjectival.test(t.phrase()),
                f -> PlaceMention.LITERAL.equals(f.mention().kind()));
            int literalGold = 0;
            for (GeoToponym t : g.toponyms()) {
                if (!adjectival.test(t.phrase())) {
                    literalGold++;
                }
            }
            int literalTp = 0;
            for (int j : literalMatch) {
                if (j >= 0) {
                    literalTp++;
                }
            }
            int literalFound = (int) found.stream().filter(f -> PlaceMention.LITERAL.equals(f.mention().kind())).count();
            lit[0] += literalTp;
            lit[1] += literalFound - literalTp;
            lit[2] += literalGold - literalTp;

            List<GeoOutcome> lines = new ArrayList<>();
            for (int i = 0; i < match.length; i++) {
                GeoToponym t = g.toponyms().get(i);
                Found f = match[i] < 0 ? null : found.get(match[i]);
                String kind = adjectival.test(t.phrase()) ? PlaceMention.ADJECTIVAL : PlaceMention.LITERAL;
                String goldClass = goldClass(t.featureCode());
                row(rows, "kind " + kind)[0]++;
                row(rows, "class " + goldClass)[0]++;
                Double km = null;
                if (f != null) {
                    if (kind.equals(f.mention().kind())) {
                        row(rows, "kind " + kind)[2]++;
                    }
                    if (goldClass.equals(dyadClass(f.place().featureCode()))) {
                        row(rows, "class " + goldClass)[2]++;
                    }
                    if (t.located()) {
                        located++;
                        double raw = Place.distanceKm(t.lat(), t.lon(), f.place().lat(), f.place().lon());
                        boolean sameEntry = t.geonameId() != null && t.geonameId().equals(f.place().geonameId());
                        km = sameEntry ? 0.0 : raw;
                        if (km <= NEAR_KM) {
                            within++;
                        }
                        if (raw <= NEAR_KM) {
                            withinRaw++;
                        }
                    }
                    if (t.geonameId() != null) {
                        withId++;
                        if (t.geonameId().equals(f.place().geonameId())) {
                            exact++;
                        }
                    }
                }
                lines.add(new GeoOutcome(g.id(), t.span(), t.phrase(), kind, true, t.geonameId(), t.name(),
                    f == null ? null : f.place().geonameId(), f == null ? null : f.place().name(), km));
            }
            for (int j = 0; j < found.size(); j++) {
                Found f = found.get(j);
                row(rows, "kind " + f.mention().kind())[1]++;
                row(rows, "class " + dyadClass(f.place().featureCode()))[1]++;
                if (!used[j]) {
                    Span s = f.mention().span();
                    String phrase = s.end() <= text.length() ? s.of(text) : "";
                    lines.add(new GeoOutcome(g.id(), s, phrase, f.mention().kind(), false, null, null,
                        f.place().geonameId(), f.place().name(), null));
                }
            }
            lines.sort((x, y) -> x.span().compareTo(y.span()));
            outcomes.addAll(lines);
        }
        List<CategoryRow> table = new ArrayList<>();
        for (String k : KINDS) {
            int[] r = row(rows, "kind " + k);
            table.add(new CategoryRow(k, null, r[0], r[1], r[2]));
        }
        for (String c : CLASSES) {
            int[] r = row(rows, "class " + c);
            table.add(new CategoryRow(c, null, r[0], r[1], r[2]));
        }
        return new GeoScores(gold.size(), new Prf(all[0], all[1], all[2]), new Prf(lit[0], lit[1], lit[2]),
            new Ratio(within, located), new Ratio(withinRaw, located), new Ratio(exact, withId), table, outcomes);
    }

    /** Every place mention of a coded article with its resolved place, in text order. */
    private static List<Found> found(CodedArticle c) {
        List<Found> out = new ArrayList<>();
        for (PlaceEntity e : c.places()) {
            for (PlaceMention m : e.mentions()) {
                out.add(new Found(m, e.place()));
            }
        }
        out.sort((x, y) -> x.mention().span().compareTo(y.mention().span()));
        return out;
    }

    /**
     * One-to-one matching by span overlap: each gold toponym that {@code goldFilter} keeps, in text order,
     * takes the unmatched mention that {@code foundFilter} keeps and that it overlaps most (the first on a tie).
     * Returns, per gold toponym, the index of its mention or -1.
     */
    private static int[] match(List<GeoToponym> gold, List<Found> found, Predicate<GeoToponym> goldFilter,
                                 Predicate<Found> foundFilter) {
        int[] out = new int[gold.size()];
        Arrays.fill(out, -1);
        boolean[] used = new boolean[found.size()];
        for (int i = 0; i < gold.size(); i++) {
            GeoToponym t = gold.get(i);
            if (!goldFilter.test(t)) {
                continue;
            }
            int best = -1;
            int bestOverlap = 0;
            for (int j = 0; j < found.size(); j++) {
                Found f = found.get(j);
                Span s = f.mention().span();
                if (used[j] || !foundFilter.test(f) || !s.overlaps(t.span())) {
                    continue;
                }
                int overlap = Math.min(s.end(), t.span().end()) - Math.max(s.begin(), t.span().begin());
                if (overlap > bestOverlap) {
                    best = j;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
                out[i] = best;
            }
        }
        return out;
    }

    private static int[] row(Map<String, int[]> rows, String key) {
        return rows.computeIfAbsent(key, k -> new int[3]);
    }

    /** The table's class of a gold feature code; a toponym the gold leaves unresolved is "other". */
    static String goldClass(String featureCode) {
        return dyadClass(featureCode);
    }

    static String dyadClass(String featureCode) {
        if (featureCode == null) {
            return "other";
        }
        if (featureCode.startsWith("PCL")) {
            return "country";
        }
        if (featureCode.startsWith("ADM")) {
            return "division";
        }
        if (featureCode.startsWith("PPL")) {
            return "town";
        }
        if (featureCode.equals("CONT") || featureCode.equals("RGN")) {
            return "region";
        }
        return "other";
    }
}
