package org.dyad.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders an {@link EvalReport} as a text table. */
final class ReportText {

    private ReportText() {
    }

    static String render(EvalReport report, boolean details) {
        StringBuilder out = new StringBuilder();
        out.append("Dyad evaluation (PLOVER ").append(report.ploverVersion().label())
            .append(" categories; [brackets]: ").append(Petrarch2.NOTE).append(")\n");
        for (FileResult f : report.files()) {
            out.append('\n');
            file(out, f, details);
        }
        if (!report.notes().isEmpty()) {
            out.append('\n');
            for (String n : report.notes()) {
                out.append("note: ").append(n).append('\n');
            }
        }
        return out.toString();
    }

    private static void file(StringBuilder out, FileResult f, boolean details) {
        out.append(f.name()).append(" (").append(f.format().label()).append(", ")
            .append(f.scores().sentences()).append(' ').append(f.scores().unit()).append(")\n");
        for (Map.Entry<Metric, Double> e : f.metrics().entrySet()) {
            Metric m = e.getKey();
            String line = String.format(Locale.ROOT, "  %-30s %6.3f  %-9s", m.description(), e.getValue(),
                counts(f.scores(), m));
            Double ref = f.petrarch2().get(m);
            if (ref != null) {
                line += String.format(Locale.ROOT, " [%.2f]", ref);
            }
            out.append(line.stripTrailing()).append('\n');
        }
        out.append('\n');
        boolean roots = f.scores() instanceof PetrScores;
        String head = roots ? "root" : f.scores() instanceof GeoScores ? "kind/class" : "category";
        int width = Math.max(head.length(), f.scores().categories().stream()
            .mapToInt(r -> label(r).length()).max().orElse(0));
        String row = "  %-" + width + "s %5s %5s %5s %6s %6s %6s\n";
        out.append(String.format(Locale.ROOT, row, head, "gold", "dyad", "TP", "P", "R", "F1"));
        int gold = 0;
        int dyad = 0;
        int tp = 0;
        for (CategoryRow r : f.scores().categories()) {
            out.append(row(row, label(r), r.gold(), r.dyad(), r.truePositives()));
            gold += r.gold();
            dyad += r.dyad();
            tp += r.truePositives();
        }
        out.append(row(row, "all", gold, dyad, tp));
        for (String n : f.notes()) {
            out.append("  note: ").append(n).append('\n');
        }
        if (details) {
            out.append('\n');
            details(out, f.scores());
        }
    }

    private static String row(String format, String label, int gold, int dyad, int tp) {
        Prf p = new Prf(tp, dyad - tp, gold - tp);
        return String.format(Locale.ROOT, format, label, gold, dyad, tp, fmt(p.precision()), fmt(p.recall()),
            fmt(p.f1()));
    }

    private static String label(CategoryRow r) {
        return r.label() == null ? r.category() : r.category() + " " + r.label();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** The counts behind a metric ("61/164"), or "" for F1. */
    static String counts(Scores s, Metric m) {
        if (s instanceof PloverScores p) {
            return switch (m) {
                case PLOVER_CATEGORY_ACCURACY -> p.categoryAccuracy().toString();
                case PLOVER_MICRO_PRECISION -> p.micro().truePositives() + "/" + p.micro().predicted();
                case PLOVER_MICRO_RECALL -> p.micro().truePositives() + "/" + p.micro().gold();
                case PLOVER_FULL -> p.full().toString();
                case PLOVER_SOURCE_COUNTRY -> p.sourceCountry().toString();
                case PLOVER_TARGET_COUNTRY -> p.targetCountry().toString();
                default -> "";
            };
        }
        if (s instanceof GeoScores g) {
            return switch (m) {
                case GEO_TOPONYM_PRECISION -> g.toponyms().truePositives() + "/" + g.toponyms().predicted();
                case GEO_TOPONYM_RECALL -> g.toponyms().truePositives() + "/" + g.toponyms().gold();
                case GEO_LITERAL_PRECISION -> g.literal().truePositives() + "/" + g.literal().predicted();
                case GEO_LITERAL_RECALL -> g.literal().truePositives() + "/" + g.literal().gold();
                case GEO_WITHIN_161KM -> g.within161().toString();
                case GEO_EXACT_ID -> g.exactId().toString();
                default -> "";
            };
        }
        PetrScores p = (PetrScores) s;
        return switch (m) {
            case PETR_TRIPLE_PRECISION -> p.triples().truePositives() + "/" + p.triples().predicted();
            case PETR_TRIPLE_RECALL -> p.triples().truePositives() + "/" + p.triples().gold();
            case PETR_ROOT_PAIR_PRECISION -> p.rootPairs().truePositives() + "/" + p.rootPairs().predicted();
            case PETR_ROOT_PAIR_RECALL -> p.rootPairs().truePositives() + "/" + p.rootPairs().gold();
            case PETR_ROOT_PRECISION -> p.roots().truePositives() + "/" + p.roots().predicted();
            case PETR_ROOT_RECALL -> p.roots().truePositives() + "/" + p.roots().gold();
            case PETR_SOURCE_ACTOR -> p.sourceActor().toString();
            case PETR_TARGET_ACTOR -> p.targetActor().toString();
            case PETR_EXACT -> p.exact().toString();
            default -> "";
        };
    }

    private static void details(StringBuilder out, Scores s) {
        if (s instanceof PloverScores p) {
            for (PloverOutcome o : p.outcomes()) {
                out.append(String.format(Locale.ROOT, "  %-30s gold %-10s dyad %-24s category %-3s full %-3s source %-3s target %s%n",
                    o.id(), o.gold(), o.dyad().isEmpty() ? "-" : String.join(",", o.dyad()), yes(o.category()),
                    yes(o.full()), yes(o.sourceCountry()), yes(o.targetCountry())).stripTrailing()).append('\n');
            }
        } else if (s instanceof GeoScores g) {
            for (GeoOutcome o : g.outcomes()) {
                out.append(geoLine(o)).append('\n');
            }
        } else {
            for (PetrOutcome o : ((PetrScores) s).outcomes()) {
                out.append(String.format(Locale.ROOT, "  %-24s %-5s gold %s | dyad %s", o.id(),
                    o.exact() ? "right" : "wrong", triples(o.gold()), triples(o.dyad()))).append('\n');
            }
        }
    }

    /** "article [s,e) 'phrase' kind: gold X (id) | dyad Y (id) 12 km", with "missed" or "spurious". */
    private static String geoLine(GeoOutcome o) {
        String verdict = !o.inGold() ? "spurious" : !o.found() ? "missed" : o.km() == null ? "found"
            : o.km() <= GeoScorer.NEAR_KM ? "near" : "far";
        String gold = o.inGold() ? (o.goldName() == null ? "(unresolved)" : o.goldName() + " (" + o.goldId() + ")") : "-";
        String dyad = o.found() ? o.dyadName() + " (" + (o.dyadId() == null ? "no id" : o.dyadId()) + ")" : "-";
        return String.format(Locale.ROOT, "  %-10s %-14s %-9s %-28s %-10s gold %s | dyad %s%s", o.article(), o.span(),
            verdict, "'" + o.phrase() + "'", o.kind(), gold, dyad,
            o.km() == null ? "" : String.format(Locale.ROOT, " %.0f km", o.km())).stripTrailing();
    }

    private static String triples(List<PetrCoding> t) {
        return t.isEmpty() ? "-" : t.stream().map(PetrCoding::toString).collect(Collectors.joining("; "));
    }

    private static String yes(Boolean b) {
        return b == null ? "-" : b ? "yes" : "no";
    }
}
