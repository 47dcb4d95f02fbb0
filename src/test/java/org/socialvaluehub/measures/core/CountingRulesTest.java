package org.socialvaluehub.measures.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CountingRulesTest {

    private final CountingRules rules = CountingRules.standard();
    private final DateRange year2025 = new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

    @Test
    void fullTimeYearIsThirtySevenAndAHalfHoursTimesFiftyTwoPointOneFourWeeks() {
        // 37.5 × 52.14 = 1,955.25 hours.
        assertThat(rules.fullTimeHoursPerYear()).isEqualByComparingTo("1955.25");
    }

    @Test
    void halfTimeForTwoYearsIsOneFteYear() {
        // 977.625 hours a year ÷ 1,955.25 × 2 years = 0.5 × 2 = 1 FTE-year.
        assertThat(rules.fteYears(new BigDecimal("977.625"), new BigDecimal("2")))
                .isEqualByComparingTo("1");
    }

    @Test
    void fullTimeHoursAreConfigurable() {
        // 1,800 hours ÷ 1,800 full-time hours × 1 year = 1 FTE-year.
        assertThat(new CountingRules(new BigDecimal("1800")).fteYears(new BigDecimal("1800"), BigDecimal.ONE))
                .isEqualByComparingTo("1");
    }

    @Test
    void refusesNegativeHours() {
        assertThatThrownBy(() -> rules.fteYears(new BigDecimal("-1"), BigDecimal.ONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("hours_per_year");
    }

    @Test
    void disadvantagedHireCountsFromStartDateWithinTheFirstReportingYear() {
        // Hired 15 Jun 2025: the first 12 months run to 14 Jun 2026, so 15 Jun 2025 – 31 Mar 2026 counts (290 days).
        DateRange counted = CountingRules.countableForDisadvantagedHire(LocalDate.of(2025, 6, 15), year2025)
                .orElseThrow();
        assertThat(counted).isEqualTo(new DateRange(LocalDate.of(2025, 6, 15), LocalDate.of(2026, 3, 31)));
        assertThat(counted.days()).isEqualTo(290);
    }

    @Test
    void disadvantagedHireCountsOnlyTheRestOfItsFirstTwelveMonthsNextYear() {
        DateRange next = new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
        assertThat(CountingRules.countableForDisadvantagedHire(LocalDate.of(2025, 6, 15), next))
                .contains(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 14)));
    }

    @Test
    void disadvantagedHireDoesNotCountAfterTwelveMonths() {
        DateRange later = new DateRange(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31));
        assertThat(CountingRules.countableForDisadvantagedHire(LocalDate.of(2025, 6, 15), later))
                .isEmpty();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ends (2025-01-01) before it starts");
    }
}
