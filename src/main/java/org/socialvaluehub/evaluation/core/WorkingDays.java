package org.socialvaluehub.evaluation.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days for the standstill period: every day but Saturdays, Sundays and the bank holidays given (those
 * of England and Wales for the Procurement Act 2023, whose s. 51(2) standstill is a number of working days
 * beginning with the day the contract award notice is published).
 */
public final class WorkingDays {

    private final Set<LocalDate> bankHolidays;

    public WorkingDays(Set<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /**
     * The last day of a period of {@code days} working days beginning with {@code start}: {@code start} is the
     * first of them when it is a working day, else the period begins with the next working day.
     */
    public LocalDate lastDayOf(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A period has at least one working day, not " + days);
        }
        LocalDate day = start;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
