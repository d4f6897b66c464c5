package org.dyad.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Dyad's tab-separated knowledge files: {@code #} starts a comment line, blank lines are
 * skipped, {@code -} is an empty field, lists inside a field are {@code |}-separated.
 * Errors name the file and line.
 */
public final class Tsv {

    /** One data line of a file. */
    public record Row(String source, int line, String[] fields) {

        public String get(int i) {
            return fields[i];
        }

        /** The field, or null for {@code -}. */
        public String optional(int i) {
            if (i >= fields.length) {
                return null;
            }
            String f = fields[i];
            return f.equals("-") || f.isEmpty() ? null : f;
        }

        /** The {@code |}-separated items of a field; empty for {@code -}. */
        public List<String> list(int i) {
            String f = optional(i);
            if (f == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String s : f.split("\\|")) {
                String t = s.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(where() + ": " + message);
        }

        public String where() {
            return source + ":" + line;
        }
    }

    private Tsv() {
    }

    /** Reads a classpath resource next to {@code anchor}. */
    public static List<Row> resource(Class<?> anchor, String name, int minColumns) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + anchor.getPackageName() + "/" + name);
        }
        return read(in, name, minColumns);
    }

    public static List<Row> file(Path path, int minColumns) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString(), minColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    public static List<Row> read(InputStream in, String source, int minColumns) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                // a trailing "# comment" column is allowed
                int keep = fields.length;
                for (int i = 0; i < fields.length; i++) {
                    if (i >= minColumns && fields[i].strip().startsWith("#")) {
                        keep = i;
                        break;
                    }
                }
                fields = Arrays.copyOf(fields, keep);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                while (fields.length > minColumns && fields[fields.length - 1].isEmpty()) {
                    fields = Arrays.copyOf(fields, fields.length - 1);
                }
                if (fields.length < minColumns) {
                    throw new IllegalArgumentException(source + ":" + n + ": expected " + minColumns
                        + " tab-separated columns, found " + fields.length);
                }
                rows.add(new Row(source, n, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
