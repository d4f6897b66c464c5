package org.dyad.time;

import org.dyad.model.DateMention;
import org.dyad.model.Span;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dyad's own date recogniser: date expressions read from a sentence's tokens and normalised against
 * the article date, with their granularity. It reads
 * <ul>
 *   <li>calendar dates: "November 15, 2015", "15 November 2015", "Nov. 12", "the 3rd of May", "2015-11-10",
 *       "Thursday, December 15"; months ("in March 2011", "in October", "mid-October") and years
 *       ("since 2011", "the 2015 elections");</li>
 *   <li>decades: "the 1990s", "the '90s";</li>
 *   <li>days named relative to the article: "today", "yesterday", "tomorrow", "on Sunday", "Friday night",
 *       "last Friday", "next Tuesday", "Saturday's attacks";</li>
 *   <li>periods relative to the article: "this year", "last week", "next month", "earlier this month",
 *       "last weekend";</li>
 *   <li>durations before the article: "three weeks ago", "a month and a half ago", "more than a year ago".</li>
 * </ul>
 * A weekday or a month without a year takes its place from the tense of its clause: "attacked on
 * Monday" is the latest Monday up to the article date, "will travel on Tuesday" the next one.
 * Bare durations ("for four years", "45 years old") are not dates.
 *
 * <p>It replaces SUTime inside CoreNLP's NER, which was measured slower and less accurate on Dyad's
 * hand-written cases (see {@code date-cases.tsv} and the README). Values are ISO dates cut to their
 * granularity: {@code 2015-11-15} (day), {@code 2015-W46} (ISO week), {@code 2015-11} (month),
 * {@code 2015} (year), {@code 199X} (decade); without an article date, expressions relative to it keep
 * a null value and granularity. Spans are character offsets into the article text, 0-based, end
 * exclusive. Stateless and thread-safe.
 */
public final class DateFinder {

    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern ISO_WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Pattern ISO_YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern ISO_DECADE = Pattern.compile("^(\\d{3})X$");
    private static final Pattern SLASH_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
    private static final Pattern DAY_NUMBER = Pattern.compile("^(\\d{1,2})(st|nd|rd|th)?$");
    private static final Pattern YEAR = Pattern.compile("^(1[89]\\d\\d|20\\d\\d)$");
    private static final Pattern DECADE = Pattern.compile("^(1[89]\\d0|20\\d0)'?s$");
    private static final Pattern SHORT_DECADE = Pattern.compile("^'?([0-9]0)'?s$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
        Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
        Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
        Map.entry("jan.", 1), Map.entry("feb.", 2), Map.entry("mar.", 3), Map.entry("apr.", 4), Map.entry("jun.", 6),
        Map.entry("jul.", 7), Map.entry("aug.", 8), Map.entry("sep.", 9), Map.entry("sept.", 9), Map.entry("oct.", 10),
        Map.entry("nov.", 11), Map.entry("dec.", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("aug", 8),
        Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    /** Abbreviations that are also words ("Mar", "Jun") count only before a day number. */
    private static final Set<String> WEAK_MONTHS = Set.of("jan", "feb", "aug", "sept", "oct", "nov", "dec", "may", "march");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
        DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
        DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Set<String> PART_OF_DAY = Set.of("morning", "afternoon", "evening", "night", "overnight");
    /** Words before a bare month or year that make it a time ("in March", "since 2011", "early 2014"). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "since", "until", "till", "by", "from", "to",
        "through", "before", "after", "during", "between", "and", "or", "of", "early", "mid", "late", "last", "next",
        "this", "that", "each", "every", "around", "throughout", "into", "as", "than", "for", "within", "over", "the");
    private static final Set<String> PERIOD_MODIFIERS = Set.of("early", "mid", "late", "mid-", "earlier", "later");
    private static final Set<String> NOT_BEFORE_YEAR = Set.of("$", "#", "no.", "no", "number", "page", "pp.", "p.",
        "resolution", "flight", "route", "article", "paragraph", "chapter", "section", "room", "code", "model");

    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1.0), Map.entry("an", 1.0),
        Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
        Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
        Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
        Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("several", 3.0),
        Map.entry("few", 3.0), Map.entry("couple", 2.0));
    private static final Set<String> APPROXIMATORS = Set.of("about", "some", "nearly", "almost", "around", "roughly",
        "over", "just", "only", "barely", "approximately");

    /** One recognised expression: tokens [start, end), its value and granularity (both null if unresolved). */
    private record Hit(int start, int end, String value, String granularity) {
    }

    /**
     * An article's sentences with their date expressions.
     *
     * @param sentences the sentences, with the tokens of every date expression tagged {@code DATE} (their
     *                  normalised value the expression's) so that later stages can tell "in May" from a name
     * @param dates     the date expressions, in text order
     */
    public record Dated(List<Sentence> sentences, List<DateMention> dates) {
        public Dated {
            sentences = List.copyOf(sentences);
            dates = List.copyOf(dates);
        }
    }

    /** The date expressions of all sentences, and the sentences with their date tokens tagged. */
    public Dated find(List<Sentence> sentences, String text, LocalDate articleDate) {
        List<Sentence> tagged = new ArrayList<>(sentences.size());
        List<DateMention> all = new ArrayList<>();
        for (Sentence s : sentences) {
            List<DateMention> ds = find(s, text, articleDate);
            all.addAll(ds);
            tagged.add(ds.isEmpty() ? s : tagged(s, ds));
        }
        return new Dated(tagged, all);
    }

    private static Sentence tagged(Sentence s, List<DateMention> ds) {
        List<Token> ts = new ArrayList<>(s.tokens());
        for (DateMention d : ds) {
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (t.begin() >= d.span().begin() && t.end() <= d.span().end()) {
                    ts.set(i, new Token(t.index(), t.word(), t.lemma(), t.tag(), "DATE", d.value(), t.begin(), t.end()));
                }
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), ts, s.entities(), s.graph());
    }

    /**
     * The date expressions of one sentence, in text order, none overlapping.
     *
     * @param articleDate the date relative expressions are resolved against; may be null
     */
    public List<DateMention> find(Sentence s, String text, LocalDate articleDate) {
        List<Token> ts = s.tokens();
        List<DateMention> out = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            Hit h = match(ts, i, articleDate);
            if (h == null) {
                i++;
                continue;
            }
            Span span = new Span(ts.get(h.start).begin(), ts.get(h.end - 1).end());
            out.add(new DateMention(span.of(text), h.value, h.granularity, span, s.index()));
            i = h.end;
        }
        return out;
    }

    private static Hit match(List<Token> ts, int i, LocalDate date) {
        Hit h = ago(ts, i, date);
        if (h == null) {
            h = numeric(ts, i);
        }
        if (h == null) {
            h = relativeDay(ts, i, date);
        }
        if (h == null) {
            h = relativePeriod(ts, i, date);
        }
        if (h == null) {
            h = weekday(ts, i, date);
        }
        if (h == null) {
            h = dayMonth(ts, i, date);
        }
        if (h == null) {
            h = month(ts, i, date);
        }
        if (h == null) {
            h = decade(ts, i);
        }
        if (h == null) {
            h = year(ts, i);
        }
        return h;
    }

    private static String w(List<Token> ts, int i) {
        return i >= 0 && i < ts.size() ? ts.get(i).lowerWord() : "";
    }

    /** "2015-11-10", "15/11/2015" (day first unless the first number cannot be a day). */
    private static Hit numeric(List<Token> ts, int i) {
        String word = ts.get(i).word();
        Matcher m = ISO_DAY.matcher(word);
        if (m.matches() || m.find() && word.length() == 10) {
            LocalDate d = safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return d == null ? null : new Hit(i, i + 1, d.toString(), "day");
        }
        m = SLASH_DATE.matcher(word);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            LocalDate d = b > 12 ? safeDate(y, a, b) : safeDate(y, b, a);
            return d == null ? null : new Hit(i, i + 1, d.toString(), "day");
        }
        return null;
    }

    /** today, yesterday, tomorrow, tonight, "this morning". */
    private static Hit relativeDay(List<Token> ts, int i, LocalDate date) {
        int offset;
        int end = i + 1;
        switch (w(ts, i)) {
            case "today", "tonight" -> offset = 0;
            case "yesterday" -> offset = -1;
            case "tomorrow" -> offset = 1;
            case "this" -> {
                if (!PART_OF_DAY.contains(w(ts, i + 1))) {
                    return null;
                }
                offset = 0;
                end = i + 2;
            }
            default -> {
                return null;
            }
        }
        if (ts.get(i).tag().equals("NNP") && i > 0 && !ts.get(i).word().equals(ts.get(i).word().toUpperCase(Locale.ROOT))
            && ts.get(i - 1).isProperNoun()) {
            return null; // "Yemen Today", a title
        }
        if (offset == 0 && end == i + 1 && PART_OF_DAY.contains(w(ts, i + 1))) {
            end = i + 2;
        }
        return resolved(i, end, date == null ? null : date.plusDays(offset), "day");
    }

    /** [earlier|later] this|last|next|past week|month|year. */
    private static Hit relativePeriod(List<Token> ts, int i, LocalDate date) {
        int start = i;
        int k = i;
        if (w(ts, k).equals("earlier") || w(ts, k).equals("later")) {
            k++;
        }
        String which = w(ts, k);
        if (!which.equals("this") && !which.equals("last") && !which.equals("next")) {
            return null;
        }
        String unit = w(ts, k + 1);
        int step = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
        LocalDate d = date;
        String granularity;
        switch (unit) {
            case "week" -> {
                granularity = "week";
                d = date == null ? null : date.plusWeeks(step);
            }
            case "month" -> {
                granularity = "month";
                d = date == null ? null : date.plusMonths(step);
            }
            case "year" -> {
                granularity = "year";
                d = date == null ? null : date.plusYears(step);
            }
            case "decade" -> {
                granularity = "decade";
                d = date == null ? null : date.plusYears(10L * step);
            }
            case "weekend" -> {
                // the weekend of the article's week, or the one before or after; on a weekend day
                // "last weekend" is the one a week before
                granularity = "week";
                d = date == null ? null : date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                    .minusDays(date.getDayOfWeek() == DayOfWeek.SUNDAY ? 7 : 0).plusWeeks(step);
            }
            default -> {
                return null;
            }
        }
        if (start == k && start > 0 && (w(ts, start - 1).equals("earlier") || w(ts, start - 1).equals("later"))) {
            start--;
        }
        return resolved(start, k + 2, d, granularity);
    }

    /** [last|next|this] Monday [, December 15 [, 2016]] [night]; "Saturday's". */
    private static Hit weekday(List<Token> ts, int i, LocalDate date) {
        int start = i;
        int k = i;
        String modifier = null;
        if (w(ts, k).equals("last") || w(ts, k).equals("next") || w(ts, k).equals("this")) {
            modifier = w(ts, k);
            k++;
        }
        DayOfWeek day = WEEKDAYS.get(w(ts, k));
        if (day == null || !ts.get(k).isCapitalized()) {
            return null;
        }
        // "Sunday Times", "Bloody Sunday": names, not dates
        if (k + 1 < ts.size() && ts.get(k + 1).isProperNoun() && ts.get(k + 1).isCapitalized()
            && !MONTHS.containsKey(w(ts, k + 1))) {
            return null;
        }
        if (modifier == null && k > 0 && ts.get(k - 1).isProperNoun() && ts.get(k - 1).isCapitalized()
            && !MONTHS.containsKey(w(ts, k - 1)) && k - 1 > 0) {
            return null;
        }
        int end = k + 1;
        // "Thursday, December 15": the calendar date decides
        int next = w(ts, end).equals(",") ? end + 1 : end;
        Hit explicit = next < ts.size() ? monthDay(ts, next, date) : null;
        if (explicit == null && next < ts.size()) {
            explicit = dayMonth(ts, next, date);
        }
        if (explicit != null && explicit.granularity() != null && explicit.granularity().equals("day")) {
            return new Hit(start, explicit.end(), explicit.value(), "day");
        }
        if (PART_OF_DAY.contains(w(ts, end))) {
            end++;
        }
        if (date == null) {
            return new Hit(start, end, null, null);
        }
        LocalDate d;
        if ("last".equals(modifier)) {
            d = date.with(TemporalAdjusters.previous(day));
        } else if ("next".equals(modifier)) {
            d = date.with(TemporalAdjusters.next(day));
        } else {
            LocalDate before = date.with(TemporalAdjusters.previousOrSame(day));
            LocalDate after = date.with(TemporalAdjusters.nextOrSame(day));
            // "a strike for Thursday", "until Friday": a day ahead
            Tense tense = w(ts, start - 1).equals("for") || w(ts, start - 1).equals("until") ? Tense.FUTURE
                : Tense.around(ts, k);
            d = switch (tense) {
                case FUTURE -> after;
                case PRESENT -> after.toEpochDay() - date.toEpochDay() < date.toEpochDay() - before.toEpochDay() ? after : before;
                default -> before;
            };
        }
        return new Hit(start, end, d.toString(), "day");
    }

    /** Month [day][,] [year]: "November 15, 2015", "Nov. 12", "March 2011", "in October", "mid-October". */
    private static Hit month(List<Token> ts, int i, LocalDate date) {
        Hit h = monthDay(ts, i, date);
        if (h != null) {
            return h;
        }
        int start = i;
        int k = i;
        String word = w(ts, k);
        boolean modified = false;
        if (word.startsWith("mid-") && MONTHS.containsKey(word.substring(4))) {
            return monthOnly(ts, i, i + 1, MONTHS.get(word.substring(4)), date);
        }
        if (PERIOD_MODIFIERS.contains(word) && k + 1 < ts.size() && MONTHS.containsKey(w(ts, k + 1))) {
            k++;
            modified = true;
        }
        Integer month = MONTHS.get(w(ts, k));
        if (month == null || !ts.get(k).isCapitalized()) {
            return null;
        }
        // "March 2011", "May 2012"
        if (k + 1 < ts.size() && YEAR.matcher(ts.get(k + 1).word()).matches()) {
            int year = Integer.parseInt(ts.get(k + 1).word());
            return new Hit(start, k + 2, String.format(Locale.ROOT, "%04d-%02d", year, month), "month");
        }
        // a bare month is a time only after a time word: "in October", not "Theresa May", not "March saw"
        boolean timeWord = modified || k > 0 && TIME_PREPOSITIONS.contains(w(ts, k - 1)) && !w(ts, k - 1).equals("the");
        if (!timeWord || WEAK_MONTHS.contains(w(ts, k)) && k > 0 && ts.get(k - 1).isProperNoun()) {
            return null;
        }
        if (w(ts, k).endsWith(".") || w(ts, k).length() <= 4 && !w(ts, k).equals("may") && !w(ts, k).equals("june")
            && !w(ts, k).equals("july")) {
            return null; // an abbreviation alone ("in Oct") is too rare to trust
        }
        return monthOnly(ts, start, k + 1, month, date);
    }

    private static Hit monthOnly(List<Token> ts, int start, int end, int month, LocalDate date) {
        if (date == null) {
            return new Hit(start, end, null, null);
        }
        int year = inferYear(month, 15, date, Tense.around(ts, start));
        return new Hit(start, end, String.format(Locale.ROOT, "%04d-%02d", year, month), "month");
    }

    /** "November 15, 2015", "Nov. 12", "December 15". */
    private static Hit monthDay(List<Token> ts, int i, LocalDate date) {
        Integer month = MONTHS.get(w(ts, i));
        if (month == null || !ts.get(i).isCapitalized() || i + 1 >= ts.size()) {
            return null;
        }
        Matcher m = DAY_NUMBER.matcher(ts.get(i + 1).word());
        if (!m.matches() || !ts.get(i + 1).tag().equals("CD") && !ts.get(i + 1).tag().equals("JJ")
            && !ts.get(i + 1).tag().equals("NN") && m.group(2) == null) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        if (day < 1 || day > 31) {
            return null;
        }
        int end = i + 2;
        Integer year = null;
        int y = w(ts, end).equals(",") ? end + 1 : end;
        if (y < ts.size() && YEAR.matcher(ts.get(y).word()).matches()) {
            year = Integer.parseInt(ts.get(y).word());
            end = y + 1;
        }
        return calendarDay(i, end, year, month, day, ts, date);
    }

    /** "15 November 2015", "3rd of May", "13 November". */
    private static Hit dayMonth(List<Token> ts, int i, LocalDate date) {
        int start = i;
        int k = i;
        if (w(ts, k).equals("the")) {
            k++;
        }
        Matcher m = DAY_NUMBER.matcher(k < ts.size() ? ts.get(k).word() : "");
        if (!m.matches()) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        int mi = w(ts, k + 1).equals("of") ? k + 2 : k + 1;
        Integer month = MONTHS.get(w(ts, mi));
        if (month == null || day < 1 || day > 31 || !ts.get(mi).isCapitalized()) {
            return null;
        }
        if (start != k && mi == k + 1) {
            start = k; // "the 15 November": the article is not part of it
        }
        int end = mi + 1;
        Integer year = null;
        int y = w(ts, end).equals(",") ? end + 1 : end;
        if (y < ts.size() && YEAR.matcher(ts.get(y).word()).matches()) {
            year = Integer.parseInt(ts.get(y).word());
            end = y + 1;
        }
        return calendarDay(start, end, year, month, day, ts, date);
    }

    private static Hit calendarDay(int start, int end, Integer year, int month, int day, List<Token> ts, LocalDate date) {
        if (year == null) {
            if (date == null) {
                return new Hit(start, end, null, null);
            }
            year = inferYear(month, day, date, Tense.around(ts, start));
        }
        LocalDate d = safeDate(year, month, day);
        return d == null ? null : new Hit(start, end, d.toString(), "day");
    }

    /**
     * The year of a month (and day) written without one: the article's year, unless that puts a past
     * event more than two months after the article (then the year before) or a future one more than two
     * months before it (then the year after).
     */
    static int inferYear(int month, int day, LocalDate date, Tense tense) {
        int year = date.getYear();
        LocalDate same = safeDate(year, month, Math.min(day, 28));
        if (same == null) {
            return year;
        }
        if (tense == Tense.PAST && same.isAfter(date.plusMonths(2))) {
            return year - 1;
        }
        if (tense == Tense.FUTURE && same.isBefore(date.minusMonths(2))) {
            return year + 1;
        }
        return year;
    }

    /** "the 1990s", "1990s", "the '90s". */
    private static Hit decade(List<Token> ts, int i) {
        String word = ts.get(i).word();
        Matcher m = DECADE.matcher(word);
        int start = i > 0 && PERIOD_MODIFIERS.contains(w(ts, i - 1)) ? i - 1 : i;
        if (m.matches()) {
            return new Hit(start, i + 1, m.group(1).substring(0, 3) + "X", "decade");
        }
        m = SHORT_DECADE.matcher(word);
        if (m.matches() && (w(ts, i - 1).equals("the") || word.startsWith("'"))) {
            int d = Integer.parseInt(m.group(1));
            return new Hit(start, i + 1, (d >= 30 ? "19" : "20") + m.group(1).charAt(0) + "X", "decade");
        }
        // "the 1990 's" as the tokenizer may split it
        if (YEAR.matcher(word).matches() && word.endsWith("0") && w(ts, i + 1).equals("'s") && w(ts, i - 1).equals("the")) {
            return new Hit(start, i + 2, word.substring(0, 3) + "X", "decade");
        }
        return null;
    }

    /** A year: "since 2011", "in 2017", "the 2015 elections", "early 2014"; not "2000 troops" or "Resolution 2254". */
    private static Hit year(List<Token> ts, int i) {
        Token t = ts.get(i);
        if (!YEAR.matcher(t.word()).matches() || !t.tag().equals("CD")) {
            return null;
        }
        String before = w(ts, i - 1);
        if (NOT_BEFORE_YEAR.contains(before) || i > 0 && ts.get(i - 1).isProperNoun() && !MONTHS.containsKey(before)
            && !TIME_PREPOSITIONS.contains(before)) {
            return null;
        }
        boolean timePreposition = Set.of("in", "since", "until", "by", "during", "before", "after", "from", "of")
            .contains(before);
        if (i + 1 < ts.size() && !timePreposition) {
            Token next = ts.get(i + 1);
            // "2000 troops", "about 1500 people": a count, unless a determiner makes it a year ("the 2015 elections")
            boolean determiner = i > 0 && ts.get(i - 1).tag().matches("DT|PRP\\$|POS");
            if (next.tag().equals("NNS") && !determiner) {
                return null;
            }
            if (next.lowerWord().equals("people") || next.lowerWord().equals("%") || next.lowerWord().equals("percent")) {
                return null;
            }
        }
        if (before.equals("about") || before.equals("some") || before.equals("nearly") || before.equals("almost")
            || before.equals("least") || before.equals("than")) {
            return null; // "about 2000", "more than 1800": amounts
        }
        int start = PERIOD_MODIFIERS.contains(before) ? i - 1 : i;
        return new Hit(start, i + 1, t.word(), "year");
    }

    /** "[about] <number> [and a half] <unit>s ago", "a month and a half ago", "more than a year ago". */
    private static Hit ago(List<Token> ts, int i, LocalDate date) {
        int k = i;
        if (w(ts, k).equals("more") || w(ts, k).equals("less")) {
            if (!w(ts, k + 1).equals("than")) {
                return null;
            }
            k += 2;
        } else if (APPROXIMATORS.contains(w(ts, k))) {
            k++;
        }
        Double n = number(w(ts, k));
        if (n == null) {
            return null;
        }
        int u = k + 1;
        if (w(ts, k).equals("a") && w(ts, u).equals("few")) {
            n = 3.0;
            u++;
        } else if (w(ts, k).equals("a") && w(ts, u).equals("couple") && w(ts, u + 1).equals("of")) {
            n = 2.0;
            u += 2;
        }
        Unit unit = Unit.of(w(ts, u));
        if (unit == null) {
            return null;
        }
        int end = u + 1;
        if (w(ts, end).equals("and") && w(ts, end + 1).matches("an?") && w(ts, end + 2).equals("half")) {
            n += 0.5;
            end += 3;
        }
        if (!w(ts, end).equals("ago")) {
            return null;
        }
        if (date == null) {
            return new Hit(i, end + 1, null, null);
        }
        LocalDate when = date.minusDays(Math.round(n * unit.days));
        return new Hit(i, end + 1, cut(when, unit.granularity), unit.granularity);
    }

    private record Unit(double days, String granularity) {
        static Unit of(String word) {
            return switch (word.endsWith("s") ? word.substring(0, word.length() - 1) : word) {
                case "day" -> new Unit(1, "day");
                case "week" -> new Unit(7, "week");
                case "fortnight" -> new Unit(14, "week");
                case "month" -> new Unit(30, "month");
                case "year" -> new Unit(365.25, "year");
                case "decade" -> new Unit(3652.5, "decade");
                default -> null;
            };
        }
    }

    private static Double number(String word) {
        Double n = NUMBER_WORDS.get(word);
        if (n != null) {
            return n;
        }
        if (!word.matches("\\d{1,3}(\\.\\d+)?")) {
            return null;
        }
        return Double.parseDouble(word);
    }

    private static Hit resolved(int start, int end, LocalDate d, String granularity) {
        return d == null ? new Hit(start, end, null, null) : new Hit(start, end, cut(d, granularity), granularity);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    record Normal(String value, String granularity) {
    }

    /** A TIMEX-style value (as SUTime writes them) to Dyad's; only anchored calendar values are kept. */
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
            case "week" -> String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            default -> date.toString();
        };
    }

    /** The day a value stands for when it names one day ({@code 2015-11-15}), else null. */
    public static LocalDate day(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(value);
        if (m.find()) {
            return safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return null;
    }
}
