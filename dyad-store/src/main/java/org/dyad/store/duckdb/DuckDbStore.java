package org.dyad.store.duckdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.store.ArticleKey;
import org.dyad.store.DyadQuery;
import org.dyad.store.DyadRow;
import org.dyad.store.EventStore;
import org.dyad.store.GdeltTable;
import org.dyad.store.RunInfo;
import org.dyad.store.RunOutcome;
import org.dyad.store.StoreException;
import org.dyad.store.StoreItem;
import org.dyad.store.StoreStats;
import org.dyad.store.WriteResult;
import org.dyad.store.merge.EventSignature;
import org.dyad.store.merge.MergeRule;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded DuckDB store: one database file, {@code DIR/dyad.duckdb}, in a directory the user names.
 *
 * <p>Each {@link #write} is one transaction: the batch's articles, their rows in every table, the event
 * records they open and the counts of the records they join are committed together or not at all, so a
 * process killed mid-batch leaves the store as it was after the previous batch. Merging follows
 * {@link MergeRule} in write order; ids are derived from article keys ({@link ArticleKey#mentionId}), so the
 * same articles written in the same order give the same rows, in one run or in several.
 *
 * <p>One writer per database at a time (DuckDB locks the file; a second process gets a clear error);
 * read-only stores may be opened by several processes when none writes. Thread-safe: calls are serialised.
 */
public final class DuckDbStore implements EventStore {

    /** The database file inside the store's directory. */
    public static final String FILE_NAME = "dyad.duckdb";

    /** The confidence below which an asserted mention is kept but not merged into an event record. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOP_CODE = Pattern.compile("(\\S+) \\((\\d+)\\)");

    private final DuckDBConnection conn;
    private final Path dir;
    private final boolean readOnly;
    private final double minConfidence;
    /** Made on the first write: it loads the gazetteer, which read-only stores never need. */
    private GdeltRows gdelt;

    private DuckDbStore(DuckDBConnection conn, Path dir, boolean readOnly, double minConfidence) {
        this.conn = conn;
        this.dir = dir;
        this.readOnly = readOnly;
        this.minConfidence = minConfidence;
    }

    /**
     * Opens the store in {@code dir} for writing, creating the directory and the tables if needed.
     *
     * @param minConfidence asserted mentions below this confidence are stored but open or join no event record
     */
    public static DuckDbStore open(Path dir, double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be between 0 and 1, not " + minConfidence);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the store must be a directory; " + dir + " is a file");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the store directory " + dir + ": " + e.getMessage(), e);
        }
        DuckDbStore s = new DuckDbStore(connect(dir, false), dir, false, minConfidence);
        try (Statement st = s.conn.createStatement()) {
            boolean existing = one(st, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'articles'") > 0;
            st.execute("CREATE TABLE IF NOT EXISTS store_info (schema_version INTEGER NOT NULL)");
            long version = one(st, "SELECT coalesce(max(schema_version), 0) FROM store_info");
            if (version == 0 && !existing) {
                st.execute("INSERT INTO store_info VALUES (" + Schema.VERSION + ")");
            } else if (version != Schema.VERSION) {
                s.close();
                throw new StoreException("the store " + dir + " has the table layout of another Dyad version ("
                    + (version == 0 ? "unversioned" : "version " + version) + ", this Dyad writes version "
                    + Schema.VERSION + "); ingest into a new directory");
            }
            for (String ddl : Schema.TABLE_DDL) {
                st.execute(ddl);
            }
            for (String ddl : Schema.VIEW_DDL) {
                st.execute(ddl);
            }
            st.execute("CREATE TEMP TABLE IF NOT EXISTS merge_probe "
                + "(root VARCHAR, dyad_source VARCHAR, dyad_target VARCHAR, lo DATE, hi DATE)");
        } catch (SQLException e) {
            s.close();
            throw new StoreException("cannot prepare the store in " + dir + ": " + firstLine(e), e);
        }
        return s;
    }

    /** Opens an existing store for reading (queries and exports); fails with one clear line if there is none. */
    public static DuckDbStore openReadOnly(Path dir) {
        if (!Files.isRegularFile(dir.resolve(FILE_NAME))) {
            throw new IllegalArgumentException("no Dyad store in " + dir + " (dyad ingest --db " + dir + " creates one)");
        }
        return new DuckDbStore(connect(dir, true), dir, true, DEFAULT_MIN_CONFIDENCE);
    }

    private static DuckDBConnection connect(Path dir, boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(FILE_NAME).toAbsolutePath(), p);
            try (Statement st = c.createStatement()) {
                // the coder beside it in the JVM needs the memory more; DuckDB spills to disk beyond this
                st.execute("SET memory_limit = '1GB'");
            }
            return c.unwrap(DuckDBConnection.class);
        } catch (SQLException e) {
            String m = firstLine(e);
            if (m.contains("lock")) {
                throw new StoreException("the store " + dir + " is in use by another process (" + m + ")", e);
            }
            throw new StoreException("cannot open the store " + dir + ": " + m, e);
        } catch (ClassNotFoundException e) {
            throw new StoreException("DuckDB's JDBC driver is missing from the class path", e);
        }
    }

    public Path directory() {
        return dir;
    }

    @Override
    public synchronized boolean contains(ArticleKey key) {
        try {
            return stored(key);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Whether the key is stored. Checked on id and key: two keys sharing 63 bits (never seen) would then fail
     * the insert loudly instead of skipping an article silently.
     */
    private boolean stored(ArticleKey key) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
            "SELECT count(*) FROM articles WHERE article_id = ? AND article_key = ?")) {
            ps.setLong(1, key.id());
            ps.setString(2, key.hex());
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    @Override
    public synchronized WriteResult write(List<StoreItem> items) {
        requireWritable();
        try (Statement st = conn.createStatement()) {
            st.execute("BEGIN TRANSACTION");
            try {
                WriteResult r = writeInTransaction(items);
                st.execute("COMMIT");
                return r;
            } catch (SQLException | RuntimeException e) {
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write to", e);
        }
    }

    /** An event record the batch may merge into: loaded from the table or opened by the batch. */
    private static final class Candidate {
        final long eventId;
        final boolean opened;
        EventSignature signature;
        boolean locationFilled;

        Candidate(long eventId, EventSignature signature, boolean opened) {
            this.eventId = eventId;
            this.signature = signature;
            this.opened = opened;
        }
    }

    private record Pending(StoreItem item, ArticleKey key, Long[] eventIds) {
    }

    private WriteResult writeInTransaction(List<StoreItem> items) throws SQLException {
        List<Pending> todo = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        int duplicates = 0;
        for (StoreItem it : items) {
            ArticleKey key = it.key();
            if (!ids.add(key.id()) || stored(key)) {
                duplicates++;
                continue;
            }
            todo.add(new Pending(it, key, new Long[it.coded().events().size()]));
        }
        Map<String, List<Candidate>> candidates = loadCandidates(todo);
        Map<Long, Candidate> opened = new LinkedHashMap<>();
        Map<Long, Event> openedBy = new HashMap<>();
        Map<Long, Long> openedIn = new HashMap<>();
        Set<Long> touched = new TreeSet<>();
        int mentions = 0;
        int merged = 0;
        for (Pending p : todo) {
            List<Event> events = p.item().coded().events();
            mentions += events.size();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (!e.asserted() || e.evidence().confidence() < minConfidence) {
                    continue;
                }
                EventSignature sig = EventSignature.of(e);
                Candidate best = best(candidates.getOrDefault(sig.mergeKey(), List.of()), sig);
                if (best == null) {
                    best = new Candidate(p.key().mentionId(i), sig, true);
                    if (sig.date() != null) {
                        candidates.computeIfAbsent(sig.mergeKey(), k -> new ArrayList<>()).add(best);
                    }
                    opened.put(best.eventId, best);
                    openedBy.put(best.eventId, e);
                    openedIn.put(best.eventId, p.key().id());
                } else {
                    merged++;
                    if (best.signature.location() == null && sig.location() != null) {
                        // the record's first report named no place; the first one that does gives it its location
                        best.signature = new EventSignature(best.signature.root(), best.signature.source(),
                            best.signature.target(), best.signature.date(), sig.location());
                        best.locationFilled = !best.opened;
                    }
                }
                p.eventIds()[i] = best.eventId;
                touched.add(best.eventId);
            }
        }
        if (gdelt == null) {
            gdelt = new GdeltRows();
        }
        try (BatchWriter w = new BatchWriter(conn, gdelt)) {
            for (Pending p : todo) {
                w.article(p.item(), p.key(), p.eventIds());
            }
            for (Candidate c : opened.values()) {
                w.event(c.eventId, openedBy.get(c.eventId), c.signature.location(), openedIn.get(c.eventId));
            }
        }
        for (List<Candidate> list : candidates.values()) {
            for (Candidate c : list) {
                if (c.locationFilled) {
                    fillLocation(c.eventId, c.signature.location());
                }
            }
        }
        recount(touched);
        return new WriteResult(todo.size(), duplicates, mentions, opened.size(), merged);
    }

    /** The closest matching record by {@link MergeRule#distance}; ties to the lower event id. */
    private static Candidate best(List<Candidate> candidates, EventSignature sig) {
        Candidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Candidate c : candidates) {
            if (!MergeRule.sameEvent(c.signature, sig)) {
                continue;
            }
            int d = MergeRule.distance(c.signature, sig);
            if (d < bestDistance || d == bestDistance && c.eventId < best.eventId) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The stored records that the batch's mergeable mentions could join: same root and dyad, day within the
     * window of any of the batch's mentions of that root and dyad. One query for the batch.
     */
    private Map<String, List<Candidate>> loadCandidates(List<Pending> todo) throws SQLException {
        Map<String, LocalDate[]> ranges = new TreeMap<>();
        Map<String, EventSignature> keys = new HashMap<>();
        for (Pending p : todo) {
            for (Event e : p.item().coded().events()) {
                if (!e.asserted() || e.evidence().confidence() < minConfidence || e.date() == null) {
                    continue;
                }
                EventSignature sig = EventSignature.of(e);
                keys.putIfAbsent(sig.mergeKey(), sig);
                LocalDate lo = e.date().minusDays(MergeRule.DAY_WINDOW);
                LocalDate hi = e.date().plusDays(MergeRule.DAY_WINDOW);
                ranges.merge(sig.mergeKey(), new LocalDate[] {lo, hi}, (a, b) -> new LocalDate[] {
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            }
        }
        Map<String, List<Candidate>> out = new HashMap<>();
        if (ranges.isEmpty()) {
            return out;
        }
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM merge_probe");
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO merge_probe VALUES (?, ?, ?, ?, ?)")) {
            for (var r : ranges.entrySet()) {
                EventSignature s = keys.get(r.getKey());
                ps.setString(1, s.root());
                ps.setString(2, s.source());
                ps.setString(3, s.target());
                ps.setObject(4, r.getValue()[0]);
                ps.setObject(5, r.getValue()[1]);
                ps.execute();
            }
        }
        String q = """
            SELECT DISTINCT e.event_id, e.root, e.dyad_source, e.dyad_target, e.event_date, e.location_name, e.geoname_id,
                   e.location_country, e.location_admin1, e.lat, e.lon, e.feature_code
            FROM events e JOIN merge_probe p
              ON e.root = p.root AND e.dyad_source IS NOT DISTINCT FROM p.dyad_source
             AND e.dyad_target IS NOT DISTINCT FROM p.dyad_target AND e.event_date BETWEEN p.lo AND p.hi
            ORDER BY e.event_id""";
        try (Statement st = conn.createStatement(); ResultSet r = st.executeQuery(q)) {
            while (r.next()) {
                Place loc = null;
                String name = r.getString(6);
                if (name != null) {
                    long gid = r.getLong(7);
                    Long geonameId = r.wasNull() ? null : gid;
                    loc = new Place(name, geonameId, r.getString(8), r.getString(9), r.getDouble(10), r.getDouble(11),
                        r.getString(12));
                }
                EventSignature sig = new EventSignature(r.getString(2), r.getString(3), r.getString(4),
                    r.getObject(5, LocalDate.class), loc);
                out.computeIfAbsent(sig.mergeKey(), k -> new ArrayList<>()).add(new Candidate(r.getLong(1), sig, false));
            }
        }
        return out;
    }

    private void fillLocation(long eventId, Place p) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE events SET location_name = ?, geoname_id = ?, "
            + "location_country = ?, location_admin1 = ?, lat = ?, lon = ?, feature_code = ? WHERE event_id = ?")) {
            ps.setString(1, p.name());
            ps.setObject(2, p.geonameId());
            ps.setString(3, p.country());
            ps.setString(4, p.admin1());
            ps.setDouble(5, p.lat());
            ps.setDouble(6, p.lon());
            ps.setString(7, p.featureCode());
            ps.setLong(8, eventId);
            ps.execute();
        }
    }

    /**
     * Recomputes the counts of the given records from their mentions: NumMentions (mentions, several per
     * article possible), NumArticles, NumSources (distinct outlets; an article of unknown outlet counts as its
     * own), first and last seen (earliest and latest publication date, else event date, of the articles).
     */
    private void recount(Set<Long> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        StringJoiner in = new StringJoiner(",", "(", ")");
        eventIds.forEach(id -> in.add(Long.toString(id)));
        String sql = """
            UPDATE events SET num_mentions = m.n, num_articles = m.na, num_sources = m.ns, first_seen = m.f, last_seen = m.l
            FROM (SELECT em.event_id, count(*) AS n, count(DISTINCT em.article_id) AS na,
                         count(DISTINCT coalesce(a.outlet, a.article_key)) AS ns,
                         min(coalesce(a.pub_date, em.event_date)) AS f, max(coalesce(a.pub_date, em.event_date)) AS l
                  FROM event_mentions em JOIN articles a ON a.article_id = em.article_id
                  WHERE em.event_id IN %s GROUP BY em.event_id) m
            WHERE events.event_id = m.event_id""".formatted(in);
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public synchronized long startRun(RunInfo run) {
        requireWritable();
        try {
            long id;
            try (Statement st = conn.createStatement();
                 ResultSet r = st.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM runs")) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO runs (run_id, started, status, dyad_version, "
                + "duckdb_version, java_version, configuration, knowledge, sources) VALUES (?, ?, 'running', ?, "
                + "(SELECT version()), ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setObject(2, Timestamp.valueOf(LocalDateTime.now()));
                ps.setString(3, run.dyadVersion());
                ps.setString(4, System.getProperty("java.version"));
                ps.setString(5, run.configuration());
                ps.setString(6, JSON.writeValueAsString(new TreeMap<>(run.knowledge())));
                ps.setArray(7, conn.createArrayOf("VARCHAR", run.sources().toArray()));
                ps.execute();
            }
            return id;
        } catch (SQLException e) {
            throw failure("write to", e);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot record the run: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public synchronized void finishRun(long runId, RunOutcome o) {
        requireWritable();
        try (PreparedStatement ps = conn.prepareStatement("UPDATE runs SET finished = ?, status = 'done', ingested = ?, "
            + "skipped = ?, failed = ?, seconds = ? WHERE run_id = ?")) {
            ps.setObject(1, Timestamp.valueOf(LocalDateTime.now()));
            ps.setLong(2, o.ingested());
            ps.setLong(3, o.skipped());
            ps.setLong(4, o.failed());
            ps.setDouble(5, o.seconds());
            ps.setLong(6, runId);
            ps.execute();
        } catch (SQLException e) {
            throw failure("write to", e);
        }
    }

    @Override
    public synchronized Map<String, String> knowledgeBefore(long runId) {
        try (PreparedStatement ps = conn.prepareStatement(
            "SELECT knowledge FROM runs WHERE run_id < ? ORDER BY run_id DESC LIMIT 1")) {
            ps.setLong(1, runId);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next() || r.getString(1) == null) {
                    return Map.of();
                }
                return JSON.readValue(r.getString(1), new TypeReference<TreeMap<String, String>>() { });
            }
        } catch (SQLException e) {
            throw failure("read", e);
        } catch (JsonProcessingException e) {
            throw new StoreException("the runs table of " + dir + " holds knowledge hashes that are not JSON", e);
        }
    }

    @Override
    public synchronized List<DyadRow> dyads(DyadQuery q) {
        List<DyadRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM dyad_series(?, ?, ?)")) {
            ps.setString(1, q.source());
            ps.setString(2, q.target());
            ps.setString(3, q.by().sql());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    List<DyadRow.CodeCount> top = new ArrayList<>();
                    String codes = r.getString("top_codes");
                    if (codes != null) {
                        Matcher m = TOP_CODE.matcher(codes);
                        while (m.find()) {
                            top.add(new DyadRow.CodeCount(m.group(1), Long.parseLong(m.group(2))));
                        }
                    }
                    out.add(new DyadRow(r.getObject("period", LocalDate.class), r.getLong("events"),
                        r.getLong("verbal_cooperation"), r.getLong("material_cooperation"), r.getLong("verbal_conflict"),
                        r.getLong("material_conflict"), r.getDouble("mean_goldstein"), r.getLong("mentions"), top));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return out;
    }

    @Override
    public synchronized StoreStats stats() {
        try (Statement st = conn.createStatement()) {
            long articles = one(st, "SELECT count(*) FROM articles");
            long mentions = one(st, "SELECT count(*) FROM event_mentions");
            long merged = one(st, "SELECT count(*) FROM event_mentions WHERE event_id IS NOT NULL");
            long events = one(st, "SELECT count(*) FROM events");
            long several = one(st, "SELECT count(*) FROM events WHERE num_articles > 1");
            long max = one(st, "SELECT coalesce(max(num_articles), 0) FROM events");
            Map<String, Long> byModality = new TreeMap<>();
            try (ResultSet r = st.executeQuery(
                "SELECT modality, count(*) FROM event_mentions WHERE event_id IS NULL GROUP BY modality")) {
                while (r.next()) {
                    byModality.put(r.getString(1), r.getLong(2));
                }
            }
            return new StoreStats(articles, mentions, merged, events, several, max, byModality);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private static long one(Statement st, String sql) throws SQLException {
        try (ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public synchronized long exportJsonl(Writer out) {
        try {
            return new JsonlExport(conn).write(out);
        } catch (SQLException e) {
            throw failure("read", e);
        } catch (IOException e) {
            throw new StoreException("cannot write the export: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Path> exportParquet(Path target) {
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new StoreException("cannot create " + target + ": " + e.getMessage(), e);
        }
        List<Path> files = new ArrayList<>();
        try (Statement st = conn.createStatement()) {
            for (String table : Schema.TABLES) {
                Path f = target.resolve(table + ".parquet").toAbsolutePath();
                st.execute("COPY (" + Schema.exported(table) + " ORDER BY ALL) TO '" + f.toString().replace("'", "''")
                    + "' (FORMAT parquet, COMPRESSION zstd)");
                files.add(f);
            }
        } catch (SQLException e) {
            throw failure("export", e);
        }
        return files;
    }

    @Override
    public synchronized long exportGdelt(GdeltTable table, Writer out) {
        String sql = switch (table) {
            case EVENTS -> """
                WITH tones AS (
                  SELECT m.event_id, avg(a.tone) AS tone
                  FROM (SELECT DISTINCT event_id, article_id FROM event_mentions WHERE event_id IS NOT NULL) m
                  JOIN articles a ON a.article_id = m.article_id GROUP BY m.event_id)
                SELECT m.gdelt_event, e.event_id, e.num_mentions, e.num_sources, e.num_articles, t.tone, e.first_seen
                FROM events e JOIN event_mentions m ON m.mention_id = e.event_id AND m.event_id = e.event_id
                JOIN tones t ON t.event_id = e.event_id
                ORDER BY e.event_date NULLS LAST, e.event_id""";
            case MENTIONS -> """
                SELECT m.gdelt_mention, m.event_id, e.first_seen
                FROM event_mentions m JOIN events e ON e.event_id = m.event_id JOIN articles a ON a.article_id = m.article_id
                ORDER BY e.event_date NULLS LAST, m.event_id, a.pub_date NULLS LAST, m.article_id, m.mention_index""";
            case GKG -> "SELECT gkg FROM articles ORDER BY pub_date NULLS LAST, article_id";
        };
        long rows = 0;
        try (Statement st = conn.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                String row = r.getString(1);
                if (row == null) {
                    // the writer failed on it when it was stored; GdeltRows keeps the article in the store
                    continue;
                }
                if (table == GdeltTable.EVENTS) {
                    row = GdeltRows.patch(row, GdeltRows.EVENT_ID, r.getLong(2), GdeltRows.NUM_MENTIONS, r.getInt(3),
                        GdeltRows.NUM_SOURCES, r.getInt(4), GdeltRows.NUM_ARTICLES, r.getInt(5),
                        GdeltRows.AVG_TONE, GdeltRows.number(r.getDouble(6), 6),
                        GdeltRows.DATE_ADDED, GdeltRows.timestamp(r.getObject(7, LocalDate.class)));
                } else if (table == GdeltTable.MENTIONS) {
                    row = GdeltRows.patch(row, GdeltRows.MENTION_EVENT_ID, r.getLong(2),
                        GdeltRows.EVENT_TIME_DATE, GdeltRows.timestamp(r.getObject(3, LocalDate.class)));
                }
                out.write(row);
                out.write('\n');
                rows++;
            }
            out.flush();
        } catch (SQLException e) {
            throw failure("read", e);
        } catch (IOException e) {
            throw new StoreException("cannot write the export: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The connection, for read-only SQL by tools and tests (the views and macros are there too). */
    public Connection connection() {
        return conn;
    }

    private void requireWritable() {
        if (readOnly) {
            throw new IllegalStateException("the store " + dir + " is open read-only");
        }
    }

    private StoreException failure(String verb, SQLException e) {
        return new StoreException("cannot " + verb + " the store " + dir + ": " + firstLine(e), e);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
