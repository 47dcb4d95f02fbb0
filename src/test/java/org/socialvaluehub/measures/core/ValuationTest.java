package org.socialvaluehub.measures.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socialvaluehub.measures.core.ProxyValues.aPlainValue;
import static org.socialvaluehub.measures.core.ProxyValues.aValue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValuationTest {

    private final Valuation greenBook = Valuation.greenBook();

    @Test
    void singleYearWithNoAdditionalityIsQuantityTimesPrice() {
        // 2 × £13.45 = £26.90; year 1 is undiscounted.
        assertThat(greenBook
                        .presentValue(new BigDecimal("2"), aPlainValue("13.45"))
                        .central())
                .isEqualByComparingTo("26.90");
    }

    @Test
    void secondYearIsDiscountedAtThreeAndAHalfPercent() {
        // Q = 1, P = £1,035, no drop-off, 2 years: 1035 + 1035 / 1.035 = 1035 + 1000 = £2,035.00.
        ProxyValue value = aValue("1035", "1035", "1035", Additionality.stated("0", "0", "0", "0"), 2);
        assertThat(greenBook.presentValue(BigDecimal.ONE, value).central()).isEqualByComparingTo("2035.00");
    }

    @Test
    void dropOffReducesEachLaterYear() {
        // Undiscounted (r = 0), P = £100, drop-off 0.5, 3 years: 100 + 50 + 25 = £175.00.
        ProxyValue value = aValue("100", "100", "100", Additionality.stated("0", "0", "0", "0.5"), 3);
        assertThat(new Valuation(BigDecimal.ZERO)
                        .presentValue(BigDecimal.ONE, value)
                        .central())
                .isEqualByComparingTo("175.00");
    }

    @Test
    void multiYearWorkedExampleWithAllFactorsAndDiscounting() {
        // Q = 10, P = £1,000 (low 800, high 1,200), deadweight 0.2, displacement 0.1, attribution 0.25,
        // drop-off 0.1, 3 years, r = 3.5%.
        // Year 1: 10 × 1000 × 0.8 × 0.9 × 0.75                = 5,400.000000
        // Year 2: 5,400 × 0.9 / 1.035                         = 4,695.652174
        // Year 3: 5,400 × 0.81 / 1.035² = 4,374 / 1.071225    = 4,083.175803
        // Total                                               = 14,178.827977 → £14,178.83
        // Low = 0.8 × 14,178.827977 = 11,343.062382 → £11,343.06; high = 1.2 × … = 17,014.593573 → £17,014.59
        ProxyValue value = aValue("800", "1000", "1200", Additionality.stated("0.2", "0.1", "0.25", "0.1"), 3);
        ValueRange range = greenBook.presentValue(BigDecimal.TEN, value);
        assertThat(range.central()).isEqualByComparingTo("14178.83");
        assertThat(range.low()).isEqualByComparingTo("11343.06");
        assertThat(range.high()).isEqualByComparingTo("17014.59");
        assertThat(range.central().scale()).isEqualTo(2);
    }

    @Test
    void zeroQuantityIsWorthNothing() {
        assertThat(greenBook.presentValue(BigDecimal.ZERO, aPlainValue("50")).central())
                .isEqualByComparingTo("0");
    }

    @Test
    void refusesMissingQuantity() {
        assertThatThrownBy(() -> greenBook.presentValue(null, aPlainValue("50")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quantity: is missing");
    }

    @Test
    void refusesNegativeQuantity() {
        assertThatThrownBy(() -> greenBook.presentValue(new BigDecimal("-3"), aPlainValue("50")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quantity: must be zero or more, but is -3");
    }

    @Test
    void refusesValueWithProblemsNamingTheField() {
        ProxyValue lowAboveHigh = aValue("30", "20", "10", Additionality.stated("0", "0", "0", "0"), 1);
        assertThatThrownBy(() -> greenBook.presentValue(BigDecimal.ONE, lowAboveHigh))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("value_low: 30 is above value_central 20");
    }

    @Test
    void refusesValueWithoutAdditionalityRatherThanTakingZero() {
        ProxyValue noFactors = aValue("1", "1", "1", null, 1);
        assertThatThrownBy(() -> greenBook.presentValue(BigDecimal.ONE, noFactors))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("never taken as zero");
    }

    @Test
    void refusesDiscountRateOutsideZeroToOne() {
        assertThatThrownBy(() -> new Valuation(new BigDecimal("-0.01"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Valuation(BigDecimal.ONE)).hasMessageContaining("discount_rate");
    }

    @Test
    void defaultsToTheGreenBookRate() {
        assertThat(greenBook.discountRate()).isEqualByComparingTo("0.035");
    }
}
