package org.socialvaluehub.measures.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;

/** The named rules for counting what suppliers report, so every contract counts the same way. */
public final class CountingRules {

    /**
     * 37.5 hours a week (the standard full-time week in the NHS Agenda for Change terms and conditions,
     * https://www.nhsemployers.org/publications/tchandbook, and common across UK public employers)
     * × 52.14 weeks a year (365 ÷ 7 = 52.142…, to two decimals) = 1,955.25 hours.
     */
    public static final BigDecimal DEFAULT_FULL_TIME_HOURS_PER_YEAR =
            new BigDecimal("37.5").multiply(new BigDecimal("52.14"));

    private final BigDecimal fullTimeHoursPerYear;

    public CountingRules(BigDecimal fullTimeHoursPerYear) {
        if (fullTimeHoursPerYear == null || fullTimeHoursPerYear.signum() <= 0) {
            throw new InvalidInputException(
                    "full_time_hours_per_year", "must be more than zero, but is " + fullTimeHoursPerYear);
        }
        this.fullTimeHoursPerYear = fullTimeHoursPerYear;
    }

    public static CountingRules standard() {
        return new CountingRules(DEFAULT_FULL_TIME_HOURS_PER_YEAR);
    }

    public BigDecimal fullTimeHoursPerYear() {
        return fullTimeHoursPerYear;
    }

    /** FTE-years = hours worked a year ÷ full-time hours a year × years. */
    public BigDecimal fteYears(BigDecimal hoursWorkedPerYear, BigDecimal years) {
        requireNotNegative("hours_per_year", hoursWorkedPerYear);
        requireNotNegative("years", years);
        return hoursWorkedPerYear.multiply(years).divide(fullTimeHoursPerYear, MathContext.DECIMAL128);
    }

    /**
     * The part of a reporting period that counts for a disadvantaged hire: only the first 12 months after
     * the start date, so the same job is not claimed as a new opportunity year after year.
     */
    public static Optional<DateRange> countableForDisadvantagedHire(LocalDate startDate, DateRange reportingPeriod) {
        if (startDate == null) {
            throw new InvalidInputException("start_date", "is missing: the first day of the job is needed");
        }
        DateRange firstTwelveMonths =
                new DateRange(startDate, startDate.plusMonths(12).minusDays(1));
        return firstTwelveMonths.overlap(reportingPeriod);
    }

    private static void requireNotNegative(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(field, "is missing");
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "must be zero or more, but is " + value.toPlainString());
        }
    }
}
