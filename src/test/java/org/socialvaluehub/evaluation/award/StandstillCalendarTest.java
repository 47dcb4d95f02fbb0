package org.socialvaluehub.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StandstillCalendarTest {

    @Test
    void theCommittedBankHolidaysOfEnglandAndWalesAreNotWorkingDays() {
        var days = new StandstillCalendar().workingDays();

        assertThat(StandstillCalendar.bankHolidays()).hasSize(24);
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(days.lastDayOf(LocalDate.of(2026, 12, 21), 8)).isEqualTo(LocalDate.of(2027, 1, 4));
    }
}
