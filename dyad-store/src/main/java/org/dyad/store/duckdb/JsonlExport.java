package org.dyad.store.duckdb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes every event record as one line of JSON with its counts and its mentions:
 *
 * <pre>
 * {"eventId": 1234, "date": "2016-12-19", "cameo": "180", "root": "18", "plover": "ASSAULT", "ploverMode": null,
 *  "ploverContext": null, "goldstein": -9.0, "quadClass": 4,
 *  "source": ACTOR, "target": ACTOR or null, "dyad": {"source": "TURCOP", "target": "RUSGOV"},
 *  "location": PLACE or null,
 *  "numMentions": 3, "numArticles": 2, "numSources": 2, "firstSeen": "2016-12-19", "lastSeen": "2016-12-20",
 *  "mentions": [{"article": "1040001", "articleId": 99, "url": "...", "cameo": "180", "sentence": 0,
 *                "spans": {"source": [s,e], "trigger": [s,e], "target": [s,e]}, "rule": "...", "confidence": 0.9}]}
 * </pre>
 *
 * ACTOR and PLACE as in Dyad JSON; spans are character offsets into the article's text, 0-based, end
 * exclusive. Records in order of event date, then id. Used by one thread.
 */
final class JsonlExport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Connection conn;

    JsonlExport(Connection conn) {
        this.conn = conn;
    }

    long write(Writer out) throws SQLException, IOException {
        String q = """
            SELECT e.*, a.id AS article, a.url AS article_url, m.article_id AS m_article_id, m.cameo AS m_cameo,
                   m.sentence AS m_sentence, m.source_begin AS m_sb, m.source_end AS m_se, m.trigger_begin AS m_tb,
                   m.trigger_end AS m_te, m.target_begin AS m_gb, m.target_end AS m_ge, m.rule AS m_rule,
                   m.confidence AS m_confidence
            FROM events e JOIN event_mentions m ON m.event_id = e.event_id JOIN articles a ON a.article_id = m.article_id
            ORDER BY e.event_date NULLS LAST, e.event_id, a.pub_date NULLS LAST, m.article_id, m.mention_index""";
        long records = 0;
        try (Statement st = conn.createStatement(); ResultSet r = st.executeQuery(q)) {
            JsonGenerator g = null;
            long current = Long.MIN_VALUE;
            while (r.next()) {
                long id = r.getLong("event_id");
                if (id != current || g == null) {
                    if (g != null) {
                        end(g, out);
                    }
                    g = FACTORY.createGenerator(out);
                    start(g, r);
                    current = id;
                    records++;
                }
                mention(g, r);
            }
            if (g != null) {
                end(g, out);
            }
        }
        out.flush();
        return records;
    }

    private static void start(JsonGenerator g, ResultSet r) throws SQLException, IOException {
        g.writeStartObject();
        g.writeNumberField("eventId", r.getLong("event_id"));
        g.writeStringField("date", r.getString("event_date"));
        g.writeStringField("cameo", r.getString("cameo"));
        g.writeStringField("root", r.getString("root"));
        g.writeStringField("plover", r.getString("plover"));
        g.writeStringField("ploverMode", r.getString("plover_mode"));
        g.writeStringField("ploverContext", r.getString("plover_context"));
        g.writeNumberField("goldstein", r.getDouble("goldstein"));
        g.writeNumberField("quadClass", r.getInt("quad_class"));
        actor(g, r, "source");
        actor(g, r, "target");
        g.writeObjectFieldStart("dyad");
        g.writeStringField("source", r.getString("dyad_source"));
        g.writeStringField("target", r.getString("dyad_target"));
        g.writeEndObject();
        g.writeFieldName("location");
        if (r.getString("location_name") == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("name", r.getString("location_name"));
            long gid = r.getLong("geoname_id");
            if (r.wasNull()) {
                g.writeNullField("geonameId");
            } else {
                g.writeNumberField("geonameId", gid);
            }
            g.writeStringField("country", r.getString("location_country"));
            g.writeStringField("admin1", r.getString("location_admin1"));
            g.writeNumberField("lat", r.getDouble("lat"));
            g.writeNumberField("lon", r.getDouble("lon"));
            g.writeStringField("featureCode", r.getString("feature_code"));
            g.writeEndObject();
        }
        g.writeNumberField("numMentions", r.getInt("num_mentions"));
        g.writeNumberField("numArticles", r.getInt("num_articles"));
        g.writeNumberField("numSources", r.getInt("num_sources"));
        g.writeStringField("firstSeen", r.getString("first_seen"));
        g.writeStringField("lastSeen", r.getString("last_seen"));
        g.writeArrayFieldStart("mentions");
    }

    private static void actor(JsonGenerator g, ResultSet r, String side) throws SQLException, IOException {
        g.writeFieldName(side);
        if (r.getString(side + "_code") == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("name", r.getString(side + "_name"));
        g.writeStringField("code", r.getString(side + "_code"));
        g.writeStringField("country", r.getString(side + "_country"));
        g.writeStringField("sector", r.getString(side + "_sector"));
        g.writeStringField("type", r.getString(side + "_kind"));
        g.writeEndObject();
    }

    private static void mention(JsonGenerator g, ResultSet r) throws SQLException, IOException {
        g.writeStartObject();
        g.writeStringField("article", r.getString("article"));
        g.writeNumberField("articleId", r.getLong("m_article_id"));
        g.writeStringField("url", r.getString("article_url"));
        g.writeStringField("cameo", r.getString("m_cameo"));
        g.writeNumberField("sentence", r.getInt("m_sentence"));
        g.writeObjectFieldStart("spans");
        span(g, r, "source", "m_sb", "m_se");
        span(g, r, "trigger", "m_tb", "m_te");
        span(g, r, "target", "m_gb", "m_ge");
        g.writeEndObject();
        g.writeStringField("rule", r.getString("m_rule"));
        g.writeNumberField("confidence", r.getDouble("m_confidence"));
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, ResultSet r, String name, String begin, String end)
        throws SQLException, IOException {
        g.writeFieldName(name);
        int b = r.getInt(begin);
        if (r.wasNull()) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        g.writeNumber(b);
        g.writeNumber(r.getInt(end));
        g.writeEndArray();
    }

    private static void end(JsonGenerator g, Writer out) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }
}
