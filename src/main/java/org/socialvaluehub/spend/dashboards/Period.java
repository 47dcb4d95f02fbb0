package org.socialvaluehub.spend.dashboards;

import java.time.LocalDate;

/**
 * A stretch of spend to look at: a UK financial year (April to March), or one quarter of it (Q1 is April to June).
 *
 * @param year the calendar year the financial year starts in (2024 for 2024/25)
 * @param quarter 1 to 4, or 0 for the whole year
 */
public record Period(int year, int quarter) {

    /** The financial years a dashboard can show: any spend file's dates fall well within them. */
    static final int FIRST_YEAR = 1990;

    static final int LAST_YEAR = 2100;

    public Period {
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter 0 to 4");
        }
    }

    static Period of(Integer year, Integer quarter, LocalDate latest) {
        int y = year != null ? year : latest == null ? financialYearOf(LocalDate.now()) : financialYearOf(latest);
        return new Period(y, quarter == null ? 0 : quarter);
    }

    public static int financialYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /** The first month in the period. */
    LocalDate from() {
        return LocalDate.of(year, 4, 1).plusMonths(quarter == 0 ? 0 : 3L * (quarter - 1));
    }

    /** The first month after the period. */
    LocalDate to() {
        return from().plusMonths(quarter == 0 ? 12 : 3);
    }

    /** "2024/25", or "2024/25 Q2". */
    public String label() {
        String fy = year + "/" + String.format("%02d", (year + 1) % 100);
        return quarter == 0 ? fy : fy + " Q" + quarter;
    }
}
