package org.dyad.eval;

import org.dyad.event.Codebook;
import org.dyad.event.EventType;
import org.dyad.event.PloverVersion;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores coded articles against PLOVER gold records. Only asserted events count.
 *
 * <p>Categories are compared in one PLOVER version. In the 2021 version (the default) the gold's
 * 2016 categories are mapped ({@link #to2021}: DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE,
 * FIGHT→ASSAULT) and Dyad's come from each event's {@code plover} field (CAMEO 01 and 02 have
 * none); in the 2016 version the gold is taken as it is and Dyad's category is the codebook's
 * 2016 category of the event's CAMEO code.
 *
 * <p>Actors are compared by country: the first three letters of a code, so Dyad's {@code IGOUNO}
 * matches the gold's {@code IGO} and {@code RUSGOV} matches {@code RUS}. The gold's non-ISO codes
 * are fixed first ({@link #goldCountry}: ITL→ITA, JAP→JPN, VTN→VNM). Where the gold has no target
 * but its markup marks actors {@code SRC/TAR} ("A and B agreed"), the sources count as targets.
 *
 * <ul>
 *   <li>category accuracy: sentences whose gold category is among Dyad's categories, over all sentences;
 *   <li>micro P/R/F1 over (sentence, category) pairs: one gold pair per sentence, one Dyad pair per
 *       distinct category of the sentence;
 *   <li>full: sentences with one event that has the gold category, a source whose country is a gold
 *       source's and, where the gold has targets, a target whose country is a gold target's (a sentence
 *       whose gold names no source cannot be full);
 *   <li>source country: among sentences where Dyad asserts at least one event and the gold names a
 *       source, those where some event's source country is a gold source's;
 *   <li>target country: likewise with targets (after the SRC/TAR rule).
 * </ul>
 * Immutable and thread-safe.
 */
public final class PloverScorer {

    private static final Map<String, String> TO_2021 = Map.of(
        "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
    /** Non-ISO codes in the gold and their ISO 3166 alpha-3 codes. */
    private static final Map<String, String> CODE_FIXES = Map.of("ITL", "ITA", "JAP", "JPN", "VTN", "VNM");

    private final PloverVersion version;
    private final Codebook codebook;

    public PloverScorer(PloverVersion version) {
        this.version = Objects.requireNonNull(version, "version");
        this.codebook = Codebook.standard();
    }

    public PloverVersion version() {
        return version;
    }

    /** The PLOVER 2021 category of a 2016 gold category (unchanged where the two versions agree). */
    public static String to2021(String category2016) {
        return TO_2021.getOrDefault(category2016, category2016);
    }

    /** The country (or class: IGO, NGO, IMG) of a gold actor code, with the gold's non-ISO codes fixed. */
    public static String goldCountry(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        c = c.length() > 3 ? c.substring(0, 3) : c;
        return CODE_FIXES.getOrDefault(c, c);
    }

    /** The gold targets, or the gold sources where the gold has no target and the markup says SRC/TAR. */
    public static List<GoldActor> effectiveTargets(PloverRecord r) {
        return r.targets().isEmpty() && r.sourceTargetMarked() ? r.sources() : r.targets();
    }

    /** The gold category of {@code r} in this scorer's version. */
    public String goldCategory(PloverRecord r) {
        return version == PloverVersion.V2021 ? to2021(r.category()) : r.category();
    }

    /** Dyad's category for {@code e} in this scorer's version, or null where the version has none. */
    public String category(Event e) {
        if (version == PloverVersion.V2021) {
            return e.plover();
        }
        return codebook.contains(e.cameo()) ? codebook.get(e.cameo()).plover2016() : null;
    }

    /**
     * Scores {@code coded} against {@code gold}: {@code coded.get(i)} must be the coding of
     * {@code gold.get(i)} (same id), else {@link IllegalArgumentException}.
     */
    public PloverScores score(List<PloverRecord> gold, List<CodedArticle> coded) {
        Alignment.check(gold.stream().map(PloverRecord::id).toList(), coded);
        int categoryHits = 0;
        int predicted = 0;
        int fullHits = 0;
        int sourceHits = 0;
        int sourceTotal = 0;
        int targetHits = 0;
        int targetTotal = 0;
        Map<String, int[]> perCategory = new TreeMap<>(); // gold, dyad, tp
        List<PloverOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            PloverRecord r = gold.get(i);
            String goldCategory = goldCategory(r);
            Set<String> sources = countries(r.sources());
            Set<String> targets = countries(effectiveTargets(r));
            List<Event> events = coded.get(i).events().stream().filter(Event::asserted).toList();
            Set<String> dyad = new TreeSet<>();
            boolean full = false;
            boolean sourceHit = false;
            boolean targetHit = false;
            for (Event e : events) {
                String c = category(e);
                if (c != null) {
                    dyad.add(c);
                }
                boolean source = e.source() != null && sources.contains(e.source().countryOrClass());
                boolean target = e.target() != null && targets.contains(e.target().countryOrClass());
                sourceHit |= source;
                targetHit |= target;
                full |= goldCategory.equals(c) && source && (targets.isEmpty() || target);
            }
            boolean hit = dyad.contains(goldCategory);
            categoryHits += hit ? 1 : 0;
            predicted += dyad.size();
            fullHits += full ? 1 : 0;
            Boolean sourceOutcome = null;
            Boolean targetOutcome = null;
            if (!events.isEmpty() && !sources.isEmpty()) {
                sourceTotal++;
                sourceHits += sourceHit ? 1 : 0;
                sourceOutcome = sourceHit;
            }
            if (!events.isEmpty() && !targets.isEmpty()) {
                targetTotal++;
                targetHits += targetHit ? 1 : 0;
                targetOutcome = targetHit;
            }
            perCategory.computeIfAbsent(goldCategory, k -> new int[3])[0]++;
            for (String c : dyad) {
                int[] row = perCategory.computeIfAbsent(c, k -> new int[3]);
                row[1]++;
                if (c.equals(goldCategory)) {
                    row[2]++;
                }
            }
            outcomes.add(new PloverOutcome(r.id(), goldCategory, List.copyOf(dyad), hit, full, sourceOutcome,
                targetOutcome));
        }
        int n = gold.size();
        List<CategoryRow> rows = new ArrayList<>();
        for (String c : categoryOrder(perCategory.keySet())) {
            int[] v = perCategory.get(c);
            rows.add(new CategoryRow(c, null, v[0], v[1], v[2]));
        }
        return new PloverScores(version, n, new Ratio(categoryHits, n),
            new Prf(categoryHits, predicted - categoryHits, n - categoryHits), new Ratio(fullHits, n),
            new Ratio(sourceHits, sourceTotal), new Ratio(targetHits, targetTotal), rows, outcomes);
    }

    private static Set<String> countries(List<GoldActor> actors) {
        Set<String> out = new LinkedHashSet<>();
        for (GoldActor a : actors) {
            out.add(goldCountry(a.code()));
        }
        return out;
    }

    /** The categories in codebook order (cooperation to conflict), any the codebook lacks after them, sorted. */
    private List<String> categoryOrder(Set<String> present) {
        Set<String> order = new LinkedHashSet<>();
        for (EventType t : codebook.all().values()) {
            String c = version == PloverVersion.V2021 ? t.plover() : t.plover2016();
            if (c != null && present.contains(c)) {
                order.add(c);
            }
        }
        order.addAll(new TreeSet<>(present));
        return List.copyOf(order);
    }
}
