package org.socialvaluehub.evaluation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays englandAndWales =
            new WorkingDays(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));

    @Test
    void standstillCountsWorkingDaysExcludingWeekendsAndBankHolidays() {
        // A notice on Monday 21 December 2026: 21, 22, 23, 24, 29, 30, 31 December and 4 January are the eight
        // working days (25 and 28 December and 1 January are bank holidays; the weekends do not count).
        assertThat(englandAndWales.lastDayOf(LocalDate.of(2026, 12, 21), 8)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void thePeriodBeginsWithTheNoticeDayWhenItIsAWorkingDay() {
        // Tuesday 1 December 2026 to Thursday 10 December 2026.
        assertThat(englandAndWales.lastDayOf(LocalDate.of(2026, 12, 1), 8)).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void aNoticeOnASaturdayStartsTheCountOnMonday() {
        assertThat(englandAndWales.lastDayOf(LocalDate.of(2026, 12, 5), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse();
    }

    @Test
    void aPeriodHasAtLeastOneWorkingDay() {
        assertThatThrownBy(() -> englandAndWales.lastDayOf(LocalDate.of(2026, 12, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
