package org.socialvaluehub.measures.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveredValuationTest {

    private static final PriceBasis BASIS = new PriceBasis(2024, 2025);

    private static DeflatorSeries shippedDeflators() throws IOException {
        try (var in = DeliveredValuationTest.class.getResourceAsStream("/measures/gdp-deflators.csv")) {
            return DeflatorCsv.read(in.readAllBytes());
        }
    }

    private static ProxyValue typed(ProxyValue v, ValueType type, DiscountSchedule schedule) {
        return new ProxyValue(
                v.low(),
                v.central(),
                v.high(),
                v.unit(),
                v.priceBaseYear(),
                v.sourceName(),
                v.sourceUrl(),
                v.licence(),
                v.evidenceGrade(),
                v.additionality(),
                v.benefitPeriodYears(),
                type,
                schedule);
    }

    private static ProxyValue inYear(String central, int priceYear, ValueType type, int years) {
        ProxyValue v = ProxyValues.aValue(central, central, central, Additionality.stated("0", "0", "0", "0"), years);
        return typed(
                new ProxyValue(
                        v.low(),
                        v.central(),
                        v.high(),
                        v.unit(),
                        priceYear,
                        v.sourceName(),
                        v.sourceUrl(),
                        v.licence(),
                        v.evidenceGrade(),
                        v.additionality(),
                        years),
                type,
                DiscountSchedule.STANDARD);
    }

    @Test
    void rebasesToTheFrameworksPriceYearThroughHmTreasuryDeflators() throws IOException {
        // JS04: £6,897 in 2014-15 prices × 100 ÷ 74.0662 = £9,311.9399 in 2024-25 prices; 2 people,
        // deadweight 25% and displacement 25%: 2 × 9,311.9399 × 0.75 × 0.75 = £10,475.93; delivered in the
        // base year 2025-26, so year 0 and undiscounted.
        ProxyValue js04 = typed(
                ProxyValues.aValue("6897", "6897", "6897", Additionality.stated("0.25", "0.25", "0", "0"), 1),
                ValueType.FISCAL,
                DiscountSchedule.STANDARD);
        ProxyValue in2014 = new ProxyValue(
                js04.low(),
                js04.central(),
                js04.high(),
                js04.unit(),
                2014,
                js04.sourceName(),
                js04.sourceUrl(),
                js04.licence(),
                js04.evidenceGrade(),
                js04.additionality(),
                1,
                ValueType.FISCAL,
                DiscountSchedule.STANDARD);

        DeliveredValue value =
                new DeliveredValuation(BASIS, shippedDeflators()).value(new BigDecimal("2"), in2014, 2025);

        assertThat(value.isPriced()).isTrue();
        assertThat(value.range().central()).isEqualByComparingTo("10475.93");
        assertThat(value.priceYearLabel()).isEqualTo("2024-25");
        assertThat(value.inStatedPriceYear()).isTrue();
        assertThat(value.valueType()).isEqualTo("fiscal");
    }

    @Test
    void aYearTheDeflatorsDoNotCoverIsShownInItsOwnYearAndNotSummedWithTheStatedYear() throws IOException {
        DeliveredValuation valuation = new DeliveredValuation(BASIS, shippedDeflators());
        DeliveredValue covered = valuation.value(BigDecimal.ONE, inYear("100", 2024, ValueType.ECONOMIC, 1), 2025);
        DeliveredValue uncovered = valuation.value(BigDecimal.ONE, inYear("1.24", 2025, ValueType.ECONOMIC, 1), 2025);

        assertThat(uncovered.inStatedPriceYear()).isFalse();
        assertThat(uncovered.priceYearLabel()).isEqualTo("2025-26");
        assertThat(uncovered.range().central()).isEqualByComparingTo("1.24");
        ValueTotals totals = ValueTotals.of(List.of(covered, uncovered));
        assertThat(totals.of(ValueType.ECONOMIC, 2024).central()).isEqualByComparingTo("100.00");
        assertThat(totals.of(ValueType.ECONOMIC, 2025).central()).isEqualByComparingTo("1.24");
    }

    @Test
    void discountsFromTheBaseYearToEachYearOfBenefitOnTheDecliningSchedule() throws IOException {
        // £1,000 a year for 3 years, first year 29 years after the base year (2025-26 + 29 = 2054-55):
        // 1,000 × (1.035^−29 + 1.035^−30 + 1.035^−30 × 1.03^−1)
        // = 1,000 × (0.368748 + 0.356278 + 0.345901) = £1,070.93; year 31 uses 3.0%, not 3.5%.
        DeliveredValue value = new DeliveredValuation(BASIS, shippedDeflators())
                .value(BigDecimal.ONE, inYear("1000", 2024, ValueType.SOCIAL, 3), 2025 + 29);

        assertThat(value.range().central()).isEqualByComparingTo("1070.93");
    }

    @Test
    void aBenefitDueInContractYearTwoIsDiscountedTwoYears() throws IOException {
        // £1,000 delivered in 2027-28, two years after the 2025-26 base: 1,000 ÷ 1.035² = £933.51.
        DeliveredValue value = new DeliveredValuation(BASIS, shippedDeflators())
                .value(BigDecimal.ONE, inYear("1000", 2024, ValueType.SOCIAL, 1), 2027);

        assertThat(value.range().central()).isEqualByComparingTo("933.51");
    }

    @Test
    void healthValuesAreDiscountedAtTheGreenBookHealthRate() throws IOException {
        // WELLBY-type value of £1,000 for 2 years from 2027-28: 1,000 × (1.015^−2 + 1.015^−3) = £1,926.98.
        ProxyValue health = typed(inYear("1000", 2024, ValueType.SOCIAL, 2), ValueType.SOCIAL, DiscountSchedule.HEALTH);

        DeliveredValue value = new DeliveredValuation(BASIS, shippedDeflators()).value(BigDecimal.ONE, health, 2027);

        assertThat(value.range().central()).isEqualByComparingTo("1926.98");
    }

    @Test
    void eachValueTypeIsTotalledApartAndNeverAddedTogether() throws IOException {
        DeliveredValuation valuation = new DeliveredValuation(BASIS, shippedDeflators());
        List<DeliveredValue> values = List.of(
                valuation.value(BigDecimal.ONE, inYear("100", 2024, ValueType.SOCIAL, 1), 2025),
                valuation.value(new BigDecimal("2"), inYear("100", 2024, ValueType.SOCIAL, 1), 2025),
                valuation.value(BigDecimal.ONE, inYear("50", 2024, ValueType.FISCAL, 1), 2025),
                valuation.value(BigDecimal.ONE, inYear("30", 2024, ValueType.ECONOMIC, 1), 2025),
                valuation.value(BigDecimal.ONE, null, 2025));

        ValueTotals totals = ValueTotals.of(values);

        assertThat(totals.totals())
                .extracting(ValueTotals.Total::valueType)
                .containsExactly("social", "fiscal", "economic");
        assertThat(totals.of(ValueType.SOCIAL, 2024).central()).isEqualByComparingTo("300.00");
        assertThat(totals.of(ValueType.FISCAL, 2024).central()).isEqualByComparingTo("50.00");
        assertThat(totals.of(ValueType.ECONOMIC, 2024).central()).isEqualByComparingTo("30.00");
        assertThat(totals.notPriced()).isEqualTo(1);
    }

    @Test
    void aValuationThatFailsSaysWhyAndIsNeverCountedAsZero() throws IOException {
        ProxyValue badFactor = typed(
                ProxyValues.aValue("10", "10", "10", Additionality.stated("1.5", "0", "0", "0"), 1),
                ValueType.SOCIAL,
                DiscountSchedule.STANDARD);
        DeliveredValuation valuation = new DeliveredValuation(BASIS, shippedDeflators());

        DeliveredValue bad = valuation.value(BigDecimal.ONE, badFactor, 2025);
        DeliveredValue negative = valuation.value(new BigDecimal("-1"), inYear("10", 2024, ValueType.SOCIAL, 1), 2025);

        assertThat(bad.cannotBeValued()).isTrue();
        assertThat(bad.range()).isNull();
        assertThat(bad.reason()).contains("deadweight").contains("between 0 and 1");
        assertThat(negative.reason()).contains("quantity");
        ValueTotals totals = ValueTotals.of(List.of(bad, negative));
        assertThat(totals.totals()).isEmpty();
        assertThat(totals.cannotBeValued()).isEqualTo(2);
    }

    @Test
    void theScheduleUsesThreePointFivePercentToYearThirtyThenThreePercent() {
        assertThat(DiscountSchedule.STANDARD.rate(30)).isEqualByComparingTo("0.035");
        assertThat(DiscountSchedule.STANDARD.rate(31)).isEqualByComparingTo("0.030");
        assertThat(DiscountSchedule.STANDARD.rate(75)).isEqualByComparingTo("0.030");
        assertThat(DiscountSchedule.STANDARD.rate(76)).isEqualByComparingTo("0.025");
        assertThat(DiscountSchedule.HEALTH.rate(1)).isEqualByComparingTo("0.015");
        assertThat(DiscountSchedule.STANDARD.factor(0)).isEqualByComparingTo("1");
    }
}
