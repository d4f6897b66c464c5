package org.dyad.store.duckdb;

import java.util.List;

/**
 * The store's tables, views and table macros. Tables are created if missing and never altered; views and
 * macros are replaced on every writable open, so they follow the code.
 *
 * <p>{@code articles.gkg}, {@code event_mentions.gdelt_event} and {@code gdelt_mention} hold the GDELT rows of
 * the article as written when it was stored ({@link GdeltRows}); the GDELT exports complete them and the
 * Parquet export leaves them out.
 *
 * <p>Offsets ({@code *_begin}, {@code *_end}, {@code mention_begins}, ...) are character offsets into
 * {@code articles.text}, 0-based, end exclusive. Dyad keys ({@code dyad_source}, {@code dyad_target}) are actors
 * at country + sector level ({@link org.dyad.store.merge.EventSignature#dyadKey}).
 */
final class Schema {

    private Schema() {
    }

    /**
     * The layout's version, kept in {@code store_info}: a store of another version is refused rather than
     * written in a layout it does not have. Raise it whenever a table changes.
     */
    static final int VERSION = 1;

    static final List<String> TABLES = List.of("articles", "events", "event_mentions", "actors", "quotations",
        "places", "counts", "themes", "runs");

    /** What the Parquet export writes of a table: all but the stored GDELT rows. */
    static String exported(String table) {
        return switch (table) {
            case "articles" -> "SELECT * EXCLUDE (gkg) FROM articles";
            case "event_mentions" -> "SELECT * EXCLUDE (gdelt_event, gdelt_mention) FROM event_mentions";
            default -> "SELECT * FROM " + table;
        };
    }

    private static final String EVENT_COLUMNS = """
        cameo VARCHAR NOT NULL,
        root VARCHAR NOT NULL,
        plover VARCHAR,
        plover_mode VARCHAR,
        plover_context VARCHAR,
        goldstein DOUBLE,
        quad_class INTEGER,
        source_code VARCHAR, source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_kind VARCHAR,
        target_code VARCHAR, target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_kind VARCHAR,
        dyad_source VARCHAR,
        dyad_target VARCHAR,
        event_date DATE,
        location_name VARCHAR, geoname_id BIGINT, location_country VARCHAR, location_admin1 VARCHAR,
        lat DOUBLE, lon DOUBLE, feature_code VARCHAR""";

    static final List<String> TABLE_DDL = List.of("""
        CREATE TABLE IF NOT EXISTS articles (
          article_id BIGINT PRIMARY KEY,
          article_key VARCHAR NOT NULL,
          id VARCHAR NOT NULL,
          origin VARCHAR,
          title VARCHAR,
          pub_date DATE,
          source VARCHAR,
          outlet VARCHAR,
          url VARCHAR,
          byline VARCHAR,
          language VARCHAR,
          text VARCHAR NOT NULL,
          sentence_begins INTEGER[],
          sentence_ends INTEGER[],
          tokens INTEGER,
          event_mentions INTEGER,
          problems VARCHAR[],
          tone DOUBLE,
          gkg VARCHAR
        )""", """
        CREATE TABLE IF NOT EXISTS events (
          event_id BIGINT PRIMARY KEY,
        """ + EVENT_COLUMNS + """
        ,
          num_mentions INTEGER,
          num_articles INTEGER,
          num_sources INTEGER,
          first_seen DATE,
          last_seen DATE,
          first_article_id BIGINT
        )""", """
        CREATE TABLE IF NOT EXISTS event_mentions (
          mention_id BIGINT NOT NULL,
          article_id BIGINT NOT NULL,
          mention_index INTEGER NOT NULL,
          event_id BIGINT,
          modality VARCHAR NOT NULL,
        """ + EVENT_COLUMNS + """
        ,
          date_from VARCHAR,
          location_from VARCHAR,
          sentence INTEGER,
          source_begin INTEGER, source_end INTEGER,
          trigger_begin INTEGER, trigger_end INTEGER,
          target_begin INTEGER, target_end INTEGER,
          rule VARCHAR,
          confidence DOUBLE,
          gdelt_event VARCHAR,
          gdelt_mention VARCHAR
        )""", """
        CREATE TABLE IF NOT EXISTS actors (
          article_id BIGINT NOT NULL,
          actor_index INTEGER NOT NULL,
          name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR,
          role VARCHAR,
          resolved_by VARCHAR,
          num_mentions INTEGER,
          mention_begins INTEGER[],
          mention_ends INTEGER[]
        )""", """
        CREATE TABLE IF NOT EXISTS quotations (
          article_id BIGINT NOT NULL,
          quote_index INTEGER NOT NULL,
          text VARCHAR,
          quote_begin INTEGER, quote_end INTEGER,
          sentence INTEGER,
          speaker_name VARCHAR, speaker_code VARCHAR, speaker_country VARCHAR, speaker_sector VARCHAR,
          speaker_begin INTEGER, speaker_end INTEGER,
          rule VARCHAR,
          confidence DOUBLE
        )""", """
        CREATE TABLE IF NOT EXISTS places (
          article_id BIGINT NOT NULL,
          place_index INTEGER NOT NULL,
          name VARCHAR, geoname_id BIGINT, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, feature_code VARCHAR,
          resolved_by VARCHAR,
          confidence DOUBLE,
          num_mentions INTEGER,
          mention_begins INTEGER[],
          mention_ends INTEGER[],
          mention_kinds VARCHAR[]
        )""", """
        CREATE TABLE IF NOT EXISTS counts (
          article_id BIGINT NOT NULL,
          count_index INTEGER NOT NULL,
          text VARCHAR,
          value DOUBLE,
          category VARCHAR,
          noun VARCHAR,
          count_begin INTEGER, count_end INTEGER,
          sentence INTEGER
        )""", """
        CREATE TABLE IF NOT EXISTS themes (
          article_id BIGINT NOT NULL,
          theme_index INTEGER NOT NULL,
          theme VARCHAR,
          term VARCHAR,
          theme_begin INTEGER, theme_end INTEGER,
          sentence INTEGER
        )""", """
        CREATE TABLE IF NOT EXISTS runs (
          run_id BIGINT PRIMARY KEY,
          started TIMESTAMP,
          finished TIMESTAMP,
          status VARCHAR,
          dyad_version VARCHAR,
          duckdb_version VARCHAR,
          java_version VARCHAR,
          configuration VARCHAR,
          knowledge VARCHAR,
          sources VARCHAR[],
          ingested BIGINT,
          skipped BIGINT,
          failed BIGINT,
          seconds DOUBLE
        )""");

    /** The per-period aggregate of a set of event records {@code e(period, cameo, quad_class, goldstein, num_mentions)}. */
    private static String aggregate(String groupKeys) {
        String keys = groupKeys.isEmpty() ? "" : groupKeys + ", ";
        String join = groupKeys.isEmpty() ? "a.period = t.period"
            : "a.source = t.source AND a.target = t.target AND a.period = t.period";
        return """
            codes AS (
              SELECT %1$speriod, cameo, count(*) AS n,
                     row_number() OVER (PARTITION BY %1$speriod ORDER BY count(*) DESC, cameo) AS rank
              FROM e GROUP BY %1$speriod, cameo),
            top AS (
              SELECT %1$speriod, string_agg(cameo || ' (' || n || ')', ', ' ORDER BY rank) AS top_codes
              FROM codes WHERE rank <= 3 GROUP BY %1$speriod),
            a AS (
              SELECT %1$speriod,
                     count(*) AS events,
                     count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
                     count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
                     count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                     count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                     avg(goldstein) AS mean_goldstein,
                     sum(num_mentions) AS mentions
              FROM e GROUP BY %1$speriod)
            SELECT a.*, t.top_codes FROM a JOIN top t ON %2$s
            ORDER BY ALL""".formatted(keys, join);
    }

    /**
     * {@code dyad_series(source, target, unit)}: the time series of one dyad, source and target matched as
     * prefixes of the dyad keys (NULL for any), unit 'day', 'week' or 'month'. {@code dyad_table(unit)}: the
     * same for every exact dyad (an actor the text does not name is ''). The views {@code dyads_by_day},
     * {@code dyads_by_week} and {@code dyads_by_month} are {@code dyad_table} per unit.
     */
    static final List<String> VIEW_DDL = List.of("""
        CREATE OR REPLACE MACRO dyad_series(src, tgt, unit) AS TABLE
        WITH e AS (
          SELECT CAST(date_trunc(unit, event_date) AS DATE) AS period, cameo, quad_class, goldstein, num_mentions
          FROM events
          WHERE event_date IS NOT NULL
            AND (src IS NULL OR starts_with(dyad_source, src))
            AND (tgt IS NULL OR starts_with(dyad_target, tgt))),
        """ + aggregate(""), """
        CREATE OR REPLACE MACRO dyad_table(unit) AS TABLE
        WITH e AS (
          SELECT coalesce(dyad_source, '') AS source, coalesce(dyad_target, '') AS target,
                 CAST(date_trunc(unit, event_date) AS DATE) AS period, cameo, quad_class, goldstein, num_mentions
          FROM events
          WHERE event_date IS NOT NULL),
        """ + aggregate("source, target"),
        "CREATE OR REPLACE VIEW dyads_by_day AS SELECT * FROM dyad_table('day')",
        "CREATE OR REPLACE VIEW dyads_by_week AS SELECT * FROM dyad_table('week')",
        "CREATE OR REPLACE VIEW dyads_by_month AS SELECT * FROM dyad_table('month')");
}
