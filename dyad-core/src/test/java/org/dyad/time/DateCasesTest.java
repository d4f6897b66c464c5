package org.dyad.time;

import org.dyad.CoderFixture;
import org.dyad.model.CodedArticle;
import org.dyad.model.DateMention;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures the date recogniser on the hand-written cases of {@code date-cases.tsv} (each a sentence
 * with its article date and the dates it names) and prints the score; fails below the recorded floor.
 */
class DateCasesTest {

    record Expected(String words, String value, String granularity) {
    }

    record Case(LocalDate date, String sentence, List<Expected> expected) {
    }

    static List<Case> cases(String file) throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
            DateCasesTest.class.getResourceAsStream(file), file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                List<Expected> ex = new ArrayList<>();
                if (!f[2].equals("-")) {
                    for (String e : f[2].split("\\|")) {
                        int eq = e.lastIndexOf('=');
                        int slash = e.lastIndexOf('/');
                        ex.add(new Expected(e.substring(0, eq), e.substring(eq + 1, slash), e.substring(slash + 1)));
                    }
                }
                out.add(new Case(LocalDate.parse(f[0]), f[1], ex));
            }
        }
        return out;
    }

    @Test
    void hand_written_cases_are_read_right() throws IOException {
        score("date-cases.tsv", 0.9, 2);
    }

    @Test
    void second_set_written_after_the_recogniser_is_read_right() throws IOException {
        score("date-cases-heldout.tsv", 0.85, 2);
    }

    private static void score(String file, double minRight, int maxSpurious) throws IOException {
        int expected = 0;
        int right = 0;
        int spurious = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases(file)) {
            CodedArticle a = CoderFixture.code(c.sentence(), c.date());
            for (Expected e : c.expected()) {
                expected++;
                boolean ok = a.dates().stream().anyMatch(d -> d.text().contains(e.words())
                    && e.value().equals(d.value()) && e.granularity().equals(d.granularity()));
                if (ok) {
                    right++;
                } else {
                    misses.add(c.sentence() + " → wanted " + e + ", got " + a.dates());
                }
            }
            for (DateMention d : a.dates()) {
                boolean wanted = c.expected().stream().anyMatch(e -> overlaps(c.sentence(), e.words(), d));
                if (!wanted) {
                    spurious++;
                    misses.add(c.sentence() + " → spurious " + d);
                }
            }
        }
        System.out.printf("%s: %d of %d expected dates right, %d spurious%n", file, right, expected, spurious);
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(right >= expected * minRight && spurious <= maxSpurious,
            file + ": the date recogniser fell below its floor (" + Math.round(minRight * 100) + "% right, at most "
                + maxSpurious + " spurious): " + right + "/" + expected + ", " + spurious + " spurious");
    }

    private static boolean overlaps(String sentence, String words, DateMention d) {
        int b = sentence.indexOf(words);
        return b >= 0 && b < d.span().end() && d.span().begin() < b + words.length();
    }
}
