package org.dyad.time;

import org.dyad.model.DateMention;
import org.dyad.model.Span;
import org.dyad.nlp.EntityMention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Date expressions normalised against the article date. SUTime (run by the annotator) reads most of
 * them ("November 15, 2015", "on Sunday", "last week"); Dyad adds what SUTime leaves unanchored:
 * "a month and a half ago", "three weeks ago" (a duration before the article date).
 *
 * <p>Values are ISO dates cut to their granularity: {@code 2015-11-15} (day), {@code 2015-W46} (week),
 * {@code 2015-11} (month), {@code 2015} (year), {@code 199X} (decade). Stateless and thread-safe.
 */
public final class DateFinder {

    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final java.util.regex.Pattern ISO_MONTH = java.util.regex.Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final java.util.regex.Pattern ISO_WEEK = java.util.regex.Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final java.util.regex.Pattern ISO_YEAR = java.util.regex.Pattern.compile("^(\\d{4})$");
    private static final java.util.regex.Pattern ISO_DECADE = java.util.regex.Pattern.compile("^(\\d{3})X$");

    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1.0), Map.entry("an", 1.0),
        Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
        Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
        Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
        Map.entry("several", 3.0), Map.entry("a few", 3.0), Map.entry("few", 3.0), Map.entry("couple", 2.0));

    /** Dates of one sentence. */
    public List<DateMention> find(Sentence s, String text, LocalDate articleDate) {
        List<DateMention> out = new ArrayList<>();
        List<Token> ts = s.tokens();
        boolean[] used = new boolean[ts.size()];
        // "<number> [and a half] <unit>s ago"
        for (int i = 0; i < ts.size(); i++) {
            if (!ts.get(i).lowerWord().equals("ago") || articleDate == null) {
                continue;
            }
            Ago ago = readAgo(ts, i);
            if (ago == null) {
                continue;
            }
            LocalDate when = articleDate.minusDays(Math.round(ago.days));
            Span span = new Span(ts.get(ago.start).begin(), ts.get(i).end());
            out.add(new DateMention(span.of(text), cut(when, ago.granularity), ago.granularity, span, s.index()));
            for (int k = ago.start; k <= i; k++) {
                used[k] = true;
            }
        }
        for (EntityMention e : s.entities()) {
            if (!e.type().equals("DATE") || e.normalized() == null || used[e.startToken()]) {
                continue;
            }
            Normal n = normalise(e.normalized());
            if (n == null) {
                continue;
            }
            Span span = new Span(e.begin(), e.end());
            out.add(new DateMention(span.of(text), n.value, n.granularity, span, s.index()));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private record Ago(int start, double days, String granularity) {
    }

    private static Ago readAgo(List<Token> ts, int agoAt) {
        int i = agoAt - 1;
        if (i < 1) {
            return null;
        }
        double extra = 0;
        int unitAt = i;
        // "a month and a half ago"
        if (agoAt >= 5 && ts.get(agoAt - 1).lowerWord().equals("half") && ts.get(agoAt - 2).lowerWord().matches("an?")
            && ts.get(agoAt - 3).lowerWord().equals("and")) {
            extra = 0.5;
            unitAt = agoAt - 4;
        }
        Ago unit = unitOf(ts.get(unitAt).lowerWord().replaceAll("s$", ""));
        if (unit == null) {
            return null;
        }
        double unitDays = unit.days;
        String granularity = unit.granularity;
        int j = unitAt - 1;
        if (j < 0) {
            return null;
        }
        String w = ts.get(j).lowerWord();
        Double n = NUMBER_WORDS.get(w);
        if (n == null) {
            try {
                n = Double.parseDouble(w.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        int start = j;
        if (j > 0 && ts.get(j - 1).lowerWord().equals("about") || j > 0 && ts.get(j - 1).lowerWord().equals("some")) {
            start = j - 1;
        }
        return new Ago(start, (n + extra) * unitDays, granularity);
    }

    private static Ago unitOf(String u) {
        return switch (u) {
            case "day" -> new Ago(0, 1, "day");
            case "week" -> new Ago(0, 7, "week");
            case "fortnight" -> new Ago(0, 14, "week");
            case "month" -> new Ago(0, 30, "month");
            case "year" -> new Ago(0, 365.25, "year");
            case "decade" -> new Ago(0, 3652.5, "decade");
            default -> null;
        };
    }

    record Normal(String value, String granularity) {
    }

    /** SUTime's TIMEX value to Dyad's: only anchored calendar dates are kept. */
    static Normal normalise(String timex) {
        String v = timex.strip();
        Matcher m = ISO_DAY.matcher(v);
        if (m.find()) {
            return new Normal(m.group(1) + "-" + m.group(2) + "-" + m.group(3), "day");
        }
        m = ISO_WEEK.matcher(v);
        if (m.find()) {
            return new Normal(m.group(1) + "-W" + m.group(2), "week");
        }
        m = ISO_MONTH.matcher(v);
        if (m.find()) {
            return new Normal(v, "month");
        }
        m = ISO_YEAR.matcher(v);
        if (m.find()) {
            return new Normal(v, "year");
        }
        m = ISO_DECADE.matcher(v);
        if (m.find()) {
            return new Normal(v, "decade");
        }
        return null;
    }

    /** An ISO value of {@code date} cut to {@code granularity}. */
    static String cut(LocalDate date, String granularity) {
        return switch (granularity) {
            case "year" -> String.valueOf(date.getYear());
            case "decade" -> (date.getYear() / 10) + "X";
            case "month" -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case "week" -> String.format(Locale.ROOT, "%04d-W%02d", date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            default -> date.toString();
        };
    }

    /** The day a value stands for (its first day), or null. */
    public static LocalDate day(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(value);
        if (m.find()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return null;
    }
}
