package org.dyad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One period of a dyad's time series: merged event records (not mentions) counted per QuadClass.
 *
 * @param period             the period's first day
 * @param events             event records in the period
 * @param verbalCooperation  QuadClass 1
 * @param materialCooperation QuadClass 2
 * @param verbalConflict     QuadClass 3
 * @param materialConflict   QuadClass 4
 * @param meanGoldstein      mean Goldstein value of the records
 * @param mentions           their mentions in all articles
 * @param topCodes           the most frequent CAMEO codes, most frequent first (at most three)
 */
public record DyadRow(LocalDate period, long events, long verbalCooperation, long materialCooperation,
                      long verbalConflict, long materialConflict, double meanGoldstein, long mentions,
                      List<CodeCount> topCodes) {

    public DyadRow {
        topCodes = List.copyOf(topCodes);
    }

    /** A CAMEO code and how many records of the period carry it. */
    public record CodeCount(String cameo, long records) {
    }
}
