package org.dyad.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a TABARI/PETRARCH dictionary, with their line numbers, comments removed.
 *
 * <p>Comments, as PETRARCH reads them: {@code <!-- ... -->} (also over several lines, and the
 * misspelt {@code <! -- ... -->} of some files), {@code #} to the end of the line, and the legacy
 * KEDS/TABARI {@code ;} to the end of the line. A line that held only a comment is dropped; a line that
 * was blank in the file is kept as an empty line (some readers end a block there). Leading whitespace
 * is kept, since actor files mark date restrictions by indenting them.
 */
final class DictionaryLines {

    /** One content line. {@code text} has its comment removed and trailing whitespace stripped. */
    record Line(int number, String text) {
        boolean blank() {
            return text.isBlank();
        }

        String stripped() {
            return text.strip();
        }
    }

    private DictionaryLines() {
    }

    /** Reads a file as UTF-8 (undecodable bytes become U+FFFD; these files are often Latin-1). */
    static String readFile(Path path) {
        try {
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static List<Line> of(String content) {
        String[] raw = (content.startsWith("\uFEFF") ? content.substring(1) : content).split("\r?\n|\r", -1);
        List<Line> out = new ArrayList<>(raw.length);
        boolean inComment = false;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            boolean wasBlank = line.isBlank();
            StringBuilder kept = new StringBuilder();
            int at = 0;
            while (at < line.length()) {
                if (inComment) {
                    int end = line.indexOf("-->", at);
                    if (end < 0) {
                        at = line.length();
                    } else {
                        inComment = false;
                        at = end + 3;
                    }
                    continue;
                }
                int open = commentOpen(line, at);
                int hash = line.indexOf('#', at);
                int semi = line.indexOf(';', at);
                int cut = min(hash, semi);
                if (open >= 0 && (cut < 0 || open < cut)) {
                    kept.append(line, at, open);
                    inComment = true;
                    at = line.indexOf('-', open) + 2; // past the opening dashes
                    at = Math.min(at, line.length());
                } else if (cut >= 0) {
                    kept.append(line, at, cut);
                    at = line.length();
                } else {
                    kept.append(line, at, line.length());
                    at = line.length();
                }
            }
            String text = kept.toString().stripTrailing();
            if (!text.isBlank() || wasBlank) {
                out.add(new Line(i + 1, text));
            }
        }
        return out;
    }

    /** Where an HTML-like comment opens at or after {@code from} ({@code <!--} or {@code <! --}), else -1. */
    private static int commentOpen(String line, int from) {
        int i = line.indexOf("<!", from);
        while (i >= 0) {
            int j = i + 2;
            while (j < line.length() && line.charAt(j) == ' ') {
                j++;
            }
            if (line.startsWith("--", j)) {
                return i;
            }
            i = line.indexOf("<!", i + 2);
        }
        return -1;
    }

    private static int min(int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        return Math.min(a, b);
    }
}
