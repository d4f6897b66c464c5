package org.dyad.time;

import org.dyad.CoderFixture;
import org.dyad.model.CodedArticle;
import org.dyad.model.DateMention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class DateFinderTest {

    private static final LocalDate SUNDAY = LocalDate.of(2015, 11, 15);

    static void assertDate(String text, String words, String value, String granularity) {
        CodedArticle a = CoderFixture.code(text, SUNDAY);
        for (DateMention d : a.dates()) {
            if (d.text().contains(words) && value.equals(d.value()) && granularity.equals(d.granularity())) {
                return;
            }
        }
        fail("\"" + text + "\": expected \"" + words + "\" = " + value + " (" + granularity + "), got " + a.dates());
    }

    @Test
    void absolute_date() {
        assertDate("The summit ended on November 15, 2015.", "November 15, 2015", "2015-11-15", "day");
    }

    @Test
    void weekday_resolved_against_article_date() {
        assertDate("The leaders met on Sunday.", "Sunday", "2015-11-15", "day");
    }

    @Test
    void duration_ago_is_anchored_with_its_granularity() {
        assertDate("Russia entered the war a month and a half ago.", "a month and a half ago", "2015-10", "month");
        assertDate("The ceasefire collapsed three weeks ago.", "three weeks ago", "2015-W43", "week");
    }

    @Test
    void normalise_keeps_calendar_values_only() {
        assertEquals("2015-11-15", DateFinder.normalise("2015-11-15").value());
        assertEquals("decade", DateFinder.normalise("199X").granularity());
        assertNull(DateFinder.normalise("P1M"));
        assertNull(DateFinder.normalise("PRESENT_REF"));
    }

    @Test
    void cut_to_granularity() {
        assertEquals("2015-10", DateFinder.cut(LocalDate.of(2015, 10, 1), "month"));
        assertEquals("201X", DateFinder.cut(LocalDate.of(2015, 10, 1), "decade"));
    }

    @Test
    void date_words_are_tagged_so_a_month_is_no_person() {
        CodedArticle a = CoderFixture.code("The vote was held in May in London.", LocalDate.of(2017, 6, 1));
        assertTrue(a.mentions().stream().noneMatch(m -> m.actor().kind() == org.dyad.model.Actor.Kind.PERSON),
            a.mentions().toString());
        assertDate2(a, "May", "2017-05", "month");
    }

    @Test
    void relative_dates_stay_unresolved_without_an_article_date() {
        CodedArticle a = CoderFixture.code("The talks collapsed last week, and on 3 May 2012 they began.", null);
        DateMention week = a.dates().stream().filter(d -> d.text().equals("last week")).findFirst().orElseThrow();
        assertNull(week.value());
        assertNull(week.granularity());
        assertTrue(a.dates().stream().anyMatch(d -> "2012-05-03".equals(d.value())), a.dates().toString());
    }

    private static void assertDate2(CodedArticle a, String words, String value, String granularity) {
        assertTrue(a.dates().stream().anyMatch(d -> d.text().contains(words) && value.equals(d.value())
            && granularity.equals(d.granularity())), a.dates().toString());
    }
}
