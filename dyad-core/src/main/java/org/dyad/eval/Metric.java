package org.dyad.eval;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The scores {@code dyad eval} reports, by stable identifier. The identifiers appear in the JSON
 * report and in the floors file; never rename one. Every metric is a share in 0..1, higher is better.
 */
public enum Metric {
    /** Share of PLOVER sentences whose gold category is among Dyad's asserted categories. */
    PLOVER_CATEGORY_ACCURACY("plover.categoryAccuracy", "category accuracy"),
    /** Micro precision over (sentence, category) pairs. */
    PLOVER_MICRO_PRECISION("plover.microPrecision", "micro precision"),
    /** Micro recall over (sentence, category) pairs. */
    PLOVER_MICRO_RECALL("plover.microRecall", "micro recall"),
    /** Micro F1 over (sentence, category) pairs. */
    PLOVER_MICRO_F1("plover.microF1", "micro F1"),
    /** Share of sentences with one event right in category, source country and (where gold has one) target country. */
    PLOVER_FULL("plover.full", "full: category+source+target"),
    /** Among sentences where Dyad asserts an event and gold names a source: share where an event's source country is a gold source's. */
    PLOVER_SOURCE_COUNTRY("plover.sourceCountry", "source country"),
    /** Among sentences where Dyad asserts an event and gold names a target: share where an event's target country is a gold target's. */
    PLOVER_TARGET_COUNTRY("plover.targetCountry", "target country"),
    /** Micro precision of (source code, target code, CAMEO code) triples. */
    PETR_TRIPLE_PRECISION("petr.triplePrecision", "triple precision"),
    PETR_TRIPLE_RECALL("petr.tripleRecall", "triple recall"),
    PETR_TRIPLE_F1("petr.tripleF1", "triple F1"),
    /** Micro precision of (source code, target code, two-digit CAMEO root) triples: the actor pair with the root. */
    PETR_ROOT_PAIR_PRECISION("petr.rootPairPrecision", "actor pair + root precision"),
    PETR_ROOT_PAIR_RECALL("petr.rootPairRecall", "actor pair + root recall"),
    PETR_ROOT_PAIR_F1("petr.rootPairF1", "actor pair + root F1"),
    /** Micro precision of (sentence, CAMEO root) pairs, actors aside. */
    PETR_ROOT_PRECISION("petr.rootPrecision", "root precision"),
    PETR_ROOT_RECALL("petr.rootRecall", "root recall"),
    PETR_ROOT_F1("petr.rootF1", "root F1"),
    /** Among gold codings: share whose source code is the source of one of Dyad's asserted events in that sentence. */
    PETR_SOURCE_ACTOR("petr.sourceActor", "source actor"),
    /** Among gold codings: share whose target code is the target of one of Dyad's asserted events in that sentence. */
    PETR_TARGET_ACTOR("petr.targetActor", "target actor"),
    /** Share of sentences whose set of triples is exactly the gold set (none for a no-events sentence). */
    PETR_EXACT("petr.exact", "sentences exactly right"),
    /** Toponym precision over literal and adjectival names: span overlap, one gold toponym to one Dyad mention. */
    GEO_TOPONYM_PRECISION("geo.toponymPrecision", "toponym precision"),
    GEO_TOPONYM_RECALL("geo.toponymRecall", "toponym recall"),
    GEO_TOPONYM_F1("geo.toponymF1", "toponym F1"),
    /** As the toponym scores, over literal names only on both sides (adjectival ones, "Turkish", left out). */
    GEO_LITERAL_PRECISION("geo.literalPrecision", "literal toponym precision"),
    GEO_LITERAL_RECALL("geo.literalRecall", "literal toponym recall"),
    GEO_LITERAL_F1("geo.literalF1", "literal toponym F1"),
    /** Among matched toponyms the gold locates: share Dyad resolved within 161 km (100 miles) of the gold point. */
    GEO_WITHIN_161KM("geo.within161km", "resolved within 161 km"),
    /** Among matched toponyms the gold resolves to a GeoNames id: share Dyad resolved to that very id. */
    GEO_EXACT_ID("geo.exactId", "exact GeoNames id");

    private final String id;
    private final String description;

    Metric(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The stable identifier ({@code plover.microF1}). */
    public String id() {
        return id;
    }

    /** A short human label. */
    public String description() {
        return description;
    }

    /** The metric with identifier {@code id}; throws {@link IllegalArgumentException} naming the valid ones. */
    public static Metric byId(String id) {
        for (Metric m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + id + "' (known: "
            + Arrays.stream(values()).map(Metric::id).collect(Collectors.joining(", ")) + ")");
    }
}
