package org.dyad.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Renders an {@link EvalReport} as JSON. */
final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    static String render(EvalReport report, boolean details) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("ploverVersion", report.ploverVersion().label());
            g.writeArrayFieldStart("files");
            for (FileResult f : report.files()) {
                file(g, f, details);
            }
            g.writeEndArray();
            strings(g, "notes", report.notes());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void file(JsonGenerator g, FileResult f, boolean details) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", f.name());
        g.writeStringField("path", f.path());
        g.writeStringField("format", f.format().id());
        g.writeNumberField(f.scores().unit(), f.scores().sentences());
        g.writeNumberField("coderFailures", f.coderFailures());
        g.writeObjectFieldStart("metrics");
        for (Map.Entry<Metric, Double> e : f.metrics().entrySet()) {
            g.writeNumberField(e.getKey().id(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("counts");
        counts(g, f.scores());
        g.writeEndObject();
        g.writeObjectFieldStart("petrarch2");
        for (Map.Entry<Metric, Double> e : f.metrics().entrySet()) {
            Double ref = f.petrarch2().get(e.getKey());
            if (ref != null) {
                g.writeNumberField(e.getKey().id(), ref);
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("categories");
        for (CategoryRow r : f.scores().categories()) {
            Prf p = r.prf();
            g.writeStartObject();
            g.writeStringField("category", r.category());
            if (r.label() != null) {
                g.writeStringField("label", r.label());
            }
            g.writeNumberField("gold", r.gold());
            g.writeNumberField("dyad", r.dyad());
            g.writeNumberField("tp", r.truePositives());
            g.writeNumberField("precision", p.precision());
            g.writeNumberField("recall", p.recall());
            g.writeNumberField("f1", p.f1());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "notes", f.notes());
        if (details) {
            records(g, f.scores());
        }
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, Scores s) throws IOException {
        if (s instanceof PloverScores p) {
            ratio(g, "categoryAccuracy", p.categoryAccuracy());
            prf(g, "micro", p.micro());
            ratio(g, "full", p.full());
            ratio(g, "sourceCountry", p.sourceCountry());
            ratio(g, "targetCountry", p.targetCountry());
        } else if (s instanceof GeoScores geo) {
            prf(g, "toponyms", geo.toponyms());
            prf(g, "literal", geo.literal());
            ratio(g, "within161km", geo.within161());
            ratio(g, "exactId", geo.exactId());
        } else {
            PetrScores p = (PetrScores) s;
            prf(g, "triples", p.triples());
            prf(g, "rootPairs", p.rootPairs());
            prf(g, "roots", p.roots());
            ratio(g, "sourceActor", p.sourceActor());
            ratio(g, "targetActor", p.targetActor());
            ratio(g, "exact", p.exact());
        }
    }

    private static void ratio(JsonGenerator g, String name, Ratio r) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("hits", r.hits());
        g.writeNumberField("total", r.total());
        g.writeEndObject();
    }

    private static void prf(JsonGenerator g, String name, Prf p) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("tp", p.truePositives());
        g.writeNumberField("fp", p.falsePositives());
        g.writeNumberField("fn", p.falseNegatives());
        g.writeEndObject();
    }

    private static void records(JsonGenerator g, Scores s) throws IOException {
        g.writeArrayFieldStart("records");
        if (s instanceof PloverScores p) {
            for (PloverOutcome o : p.outcomes()) {
                g.writeStartObject();
                g.writeStringField("id", o.id());
                g.writeStringField("gold", o.gold());
                strings(g, "dyad", o.dyad());
                g.writeBooleanField("category", o.category());
                g.writeBooleanField("full", o.full());
                optional(g, "sourceCountry", o.sourceCountry());
                optional(g, "targetCountry", o.targetCountry());
                g.writeEndObject();
            }
        } else if (s instanceof GeoScores geo) {
            for (GeoOutcome o : geo.outcomes()) {
                g.writeStartObject();
                g.writeStringField("id", o.article());
                g.writeArrayFieldStart("span");
                g.writeNumber(o.span().begin());
                g.writeNumber(o.span().end());
                g.writeEndArray();
                g.writeStringField("phrase", o.phrase());
                g.writeStringField("kind", o.kind());
                g.writeBooleanField("inGold", o.inGold());
                number(g, "goldId", o.goldId());
                g.writeStringField("goldName", o.goldName());
                number(g, "dyadId", o.dyadId());
                g.writeStringField("dyadName", o.dyadName());
                if (o.km() == null) {
                    g.writeNullField("km");
                } else {
                    g.writeNumberField("km", Math.round(o.km() * 10) / 10.0);
                }
                g.writeEndObject();
            }
        } else {
            for (PetrOutcome o : ((PetrScores) s).outcomes()) {
                g.writeStartObject();
                g.writeStringField("id", o.id());
                strings(g, "gold", o.gold().stream().map(PetrCoding::toString).toList());
                strings(g, "dyad", o.dyad().stream().map(PetrCoding::toString).toList());
                g.writeBooleanField("exact", o.exact());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, Long v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    private static void optional(JsonGenerator g, String name, Boolean b) throws IOException {
        if (b == null) {
            g.writeNullField(name);
        } else {
            g.writeBooleanField(name, b);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
