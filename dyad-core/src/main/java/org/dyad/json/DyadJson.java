package org.dyad.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.dyad.event.Codebook;
import org.dyad.event.PloverVersion;
import org.dyad.model.Actor;
import org.dyad.model.ActorEntity;
import org.dyad.model.ActorMention;
import org.dyad.model.CodedArticle;
import org.dyad.model.Count;
import org.dyad.model.DateMention;
import org.dyad.model.Event;
import org.dyad.model.NameEntity;
import org.dyad.model.Place;
import org.dyad.model.PlaceEntity;
import org.dyad.model.PlaceMention;
import org.dyad.model.Problem;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.Statement;
import org.dyad.model.ThemeMention;
import org.dyad.model.Tone;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a {@link CodedArticle} as one line of Dyad JSON (the output contract in the README).
 * Offsets are character offsets into the article text, 0-based, end exclusive. Thread-safe.
 *
 * @param plover      which PLOVER category set the {@code plover} field uses
 * @param withText    whether to include the article text (so offsets can be read against it)
 * @param minConfidence events below this confidence are left out
 */
public record DyadJson(PloverVersion plover, boolean withText, double minConfidence) {

    private static final JsonFactory FACTORY = new JsonFactory();

    public static DyadJson defaults() {
        return new DyadJson(PloverVersion.V2021, true, 0.0);
    }

    public String write(CodedArticle a) {
        StringWriter w = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            write(g, a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private void write(JsonGenerator g, CodedArticle a) throws IOException {
        var art = a.article();
        g.writeStartObject();
        g.writeStringField("id", art.id());
        g.writeStringField("title", art.title());
        g.writeStringField("date", art.date() == null ? null : art.date().toString());
        g.writeStringField("source", art.source());
        g.writeStringField("url", art.url());
        g.writeStringField("language", art.language());
        g.writeStringField("ploverVersion", plover.label());
        g.writeArrayFieldStart("events");
        // a count's event reference is an index into the events written here
        int[] printedIndex = new int[a.events().size()];
        int printed = 0;
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            if (e.evidence().confidence() >= minConfidence) {
                event(g, e);
                printedIndex[i] = printed++;
            } else {
                printedIndex[i] = -1;
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actors");
        int entity = 0;
        for (ActorEntity e : a.actors()) {
            g.writeStartObject();
            actorFields(g, e.actor());
            g.writeArrayFieldStart("mentions");
            for (Span s : e.mentions()) {
                span(g, s);
            }
            g.writeEndArray();
            // where the text puts the actor ("Syrian rebels in Idlib"): per mention that says so
            g.writeArrayFieldStart("locations");
            for (ActorMention m : a.mentions()) {
                if (m.entity() == entity && m.location() != null) {
                    g.writeStartObject();
                    g.writeFieldName("span");
                    span(g, m.span());
                    g.writeFieldName("place");
                    place(g, m.location());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            entity++;
            g.writeStringField("role", e.role());
            g.writeStringField("resolvedBy", e.resolvedBy());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            g.writeStartObject();
            g.writeStringField("text", q.text());
            g.writeFieldName("span");
            span(g, q.span());
            g.writeFieldName("speaker");
            actor(g, q.speaker());
            g.writeFieldName("speakerSpan");
            span(g, q.speakerSpan());
            g.writeNumberField("sentence", q.sentence());
            g.writeStringField("verb", q.verb());
            g.writeBooleanField("partial", q.partial());
            g.writeStringField("rule", q.rule());
            g.writeNumberField("confidence", q.confidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("statements");
        for (Statement st : a.statements()) {
            g.writeStartObject();
            g.writeFieldName("speaker");
            actor(g, st.speaker());
            g.writeFieldName("speakerSpan");
            span(g, st.speakerSpan());
            g.writeStringField("verb", st.verb());
            g.writeFieldName("verbSpan");
            span(g, st.verbSpan());
            g.writeStringField("text", st.text());
            g.writeFieldName("span");
            span(g, st.content());
            g.writeNumberField("sentence", st.sentence());
            g.writeStringField("rule", st.rule());
            g.writeNumberField("confidence", st.confidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("places");
        for (PlaceEntity p : a.places()) {
            g.writeStartObject();
            placeFields(g, p.place());
            g.writeArrayFieldStart("mentions");
            for (PlaceMention m : p.mentions()) {
                g.writeStartObject();
                g.writeFieldName("span");
                span(g, m.span());
                g.writeStringField("kind", m.kind());
                g.writeNumberField("sentence", m.sentence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("resolvedBy", p.resolvedBy());
            g.writeNumberField("confidence", p.confidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("dates");
        for (DateMention d : a.dates()) {
            g.writeStartObject();
            g.writeStringField("text", d.text());
            g.writeStringField("value", d.value());
            g.writeStringField("granularity", d.granularity());
            g.writeFieldName("span");
            span(g, d.span());
            g.writeNumberField("sentence", d.sentence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("counts");
        for (Count c : a.counts()) {
            g.writeStartObject();
            g.writeStringField("text", c.text());
            if (c.value() == Math.rint(c.value()) && Math.abs(c.value()) < 9e15) {
                g.writeNumberField("value", (long) c.value());
            } else {
                g.writeNumberField("value", c.value());
            }
            g.writeStringField("category", c.category());
            g.writeStringField("noun", c.noun());
            g.writeStringField("unit", c.unit());
            g.writeStringField("qualifier", c.qualifier());
            g.writeFieldName("span");
            span(g, c.span());
            g.writeNumberField("sentence", c.sentence());
            if (c.event() != null && c.event() >= 0 && c.event() < printedIndex.length && printedIndex[c.event()] >= 0) {
                g.writeNumberField("event", printedIndex[c.event()]);
            } else {
                g.writeNullField("event");
            }
            g.writeStringField("rule", c.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("themes");
        for (ThemeMention t : a.themes()) {
            g.writeStartObject();
            g.writeStringField("theme", t.theme());
            g.writeStringField("term", t.term());
            g.writeFieldName("span");
            span(g, t.span());
            g.writeNumberField("sentence", t.sentence());
            g.writeEndObject();
        }
        g.writeEndArray();
        Tone tone = a.tone();
        g.writeObjectFieldStart("tone");
        g.writeNumberField("tone", round(tone.tone()));
        g.writeNumberField("positive", round(tone.positive()));
        g.writeNumberField("negative", round(tone.negative()));
        g.writeNumberField("polarity", round(tone.polarity()));
        g.writeNumberField("activityDensity", round(tone.activityDensity()));
        g.writeNumberField("selfGroupDensity", round(tone.selfGroupDensity()));
        g.writeNumberField("words", tone.words());
        g.writeNumberField("positiveWords", tone.positiveWords());
        g.writeNumberField("negativeWords", tone.negativeWords());
        g.writeEndObject();
        names(g, "persons", a.persons());
        names(g, "organisations", a.organisations());
        g.writeArrayFieldStart("sentences");
        for (Span s : a.sentences()) {
            span(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (Problem p : a.problems()) {
            g.writeStartObject();
            g.writeStringField("code", p.code());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (withText) {
            g.writeStringField("text", art.text());
        }
        g.writeEndObject();
    }

    private static void names(JsonGenerator g, String field, java.util.List<NameEntity> names) throws IOException {
        g.writeArrayFieldStart(field);
        for (NameEntity n : names) {
            g.writeStartObject();
            g.writeStringField("name", n.name());
            g.writeStringField("code", n.code());
            g.writeArrayFieldStart("mentions");
            for (Span s : n.mentions()) {
                span(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Tone figures to three decimals: percentages need no more. */
    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("cameo", e.cameo());
        String category = plover == PloverVersion.V2016 ? Codebook.standard().typeOf(e.cameo()).plover2016() : e.plover();
        g.writeStringField("plover", category);
        if (plover == PloverVersion.V2021) {
            g.writeStringField("ploverMode", e.ploverMode());
            g.writeStringField("ploverContext", e.ploverContext());
        }
        g.writeNumberField("goldstein", e.goldstein());
        g.writeNumberField("quadClass", e.quadClass());
        g.writeFieldName("source");
        actor(g, e.source());
        g.writeFieldName("target");
        actor(g, e.target());
        g.writeStringField("date", e.date() == null ? null : e.date().toString());
        g.writeFieldName("location");
        place(g, e.location());
        g.writeFieldName("sourceLocation");
        place(g, e.sourceLocation());
        g.writeFieldName("targetLocation");
        place(g, e.targetLocation());
        g.writeStringField("modality", e.modality().label());
        g.writeObjectFieldStart("evidence");
        g.writeNumberField("sentence", e.evidence().sentence());
        g.writeObjectFieldStart("spans");
        g.writeFieldName("source");
        span(g, e.evidence().source());
        g.writeFieldName("trigger");
        span(g, e.evidence().trigger());
        g.writeFieldName("target");
        span(g, e.evidence().target());
        g.writeEndObject();
        g.writeStringField("rule", e.evidence().rule());
        g.writeNumberField("confidence", e.evidence().confidence());
        g.writeStringField("dateFrom", e.evidence().dateFrom());
        g.writeStringField("locationFrom", e.evidence().locationFrom());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, Actor a) throws IOException {
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        actorFields(g, a);
        g.writeEndObject();
    }

    private static void actorFields(JsonGenerator g, Actor a) throws IOException {
        g.writeStringField("name", a.name());
        g.writeStringField("code", a.code());
        g.writeStringField("country", a.country());
        g.writeStringField("sector", a.sector());
        g.writeStringField("type", a.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static void place(JsonGenerator g, Place p) throws IOException {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        placeFields(g, p);
        g.writeEndObject();
    }

    private static void placeFields(JsonGenerator g, Place p) throws IOException {
        g.writeStringField("name", p.name());
        if (p.geonameId() == null) {
            g.writeNullField("geonameId");
        } else {
            g.writeNumberField("geonameId", p.geonameId());
        }
        g.writeStringField("country", p.country());
        g.writeStringField("admin1", p.admin1());
        g.writeNumberField("lat", Math.round(p.lat() * 1e5) / 1e5);
        g.writeNumberField("lon", Math.round(p.lon() * 1e5) / 1e5);
        g.writeStringField("featureCode", p.featureCode());
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        g.writeNumber(s.begin());
        g.writeNumber(s.end());
        g.writeEndArray();
    }
}
