package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * LM3 as the New Economics Foundation defines it ("The Money Trail", 2002): R1 the spend, R2 its local re-spend by
 * local suppliers, R3 the local re-spend of R2; LM3 = (R1 + R2 + R3) / R1.
 */
class Lm3Test {

    @Test
    void workedExampleByHand() {
        // A buyer spends £100,000 it can influence; £60,000 of it with suppliers in the area.
        // Each supplier spends 25% of its income with local suppliers and pays 40% in wages, 60% of them to
        // local residents: it re-spends 0.25 + 0.40 × 0.60 = 0.49 of each pound locally.
        // R2 = £60,000 × 0.49 = £29,400.   R3 = £29,400 × 0.49 = £14,406.
        // LM3 = (100,000 + 29,400 + 14,406) / 100,000 = 1.43806.
        Lm3.Result result = Lm3.estimate(10_000_000, 6_000_000, new Lm3.RespendShares(0.25, 0.40, 0.60));
        assertThat(result.r2Pence()).isEqualTo(2_940_000);
        assertThat(result.r3Pence()).isEqualTo(1_440_600);
        assertThat(result.multiplier()).isCloseTo(1.43806, within(1e-9));
        assertThat(result.declaredShare()).isZero();
    }

    @Test
    void staysBetweenOneAndThree() {
        assertThat(Lm3.estimate(100, 0, new Lm3.RespendShares(0.5, 0.5, 1)).multiplier()).isEqualTo(1.0);
        assertThat(Lm3.estimate(100, 100, new Lm3.RespendShares(0.5, 0.5, 1)).multiplier()).isEqualTo(3.0);
    }

    @Test
    void noSpendGivesNoMultiplier() {
        assertThat(Lm3.estimate(0, 0, new Lm3.RespendShares(0.2, 0.4, 0.5)).multiplier()).isZero();
    }

    @Test
    void refusesSharesThatCannotBe() {
        assertThatThrownBy(() -> new Lm3.RespendShares(0.7, 0.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lm3.estimate(100, 200, new Lm3.RespendShares(0.2, 0.4, 0.5)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workedExampleWithOneSupplierDeclaringItsShares() {
        // £100,000 of R1; two local suppliers paid £40,000 and £20,000. Defaults: 25% of income with local suppliers,
        // 40% wages, 60% of wages local (rate 0.49).
        // The first declares 50% of its non-wage spending local and 90% of its wage bill local:
        // 0.50 × (1 − 0.40) + 0.40 × 0.90 = 0.30 + 0.36 = 0.66.  The second declares nothing: 0.49.
        // R2 = 40,000 × 0.66 + 20,000 × 0.49 = 26,400 + 9,800 = £36,200.
        // R3 = 40,000 × 0.66² + 20,000 × 0.49² = 17,424 + 4,802 = £22,226.
        // LM3 = (100,000 + 36,200 + 22,226) / 100,000 = 1.58426; declared figures cover 40% of R1.
        Lm3.Result result = Lm3.estimate(10_000_000, java.util.List.of(new Lm3.LocalSupplier(4_000_000, 0.5, 0.9),
            new Lm3.LocalSupplier(2_000_000, null, null)), new Lm3.RespendShares(0.25, 0.40, 0.60));

        assertThat(result.r2Pence()).isEqualTo(3_620_000);
        assertThat(result.r3Pence()).isEqualTo(2_222_600);
        assertThat(result.multiplier()).isCloseTo(1.58426, within(1e-9));
        assertThat(result.declaredShare()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void aSupplierDeclaringOnlyItsWagesKeepsTheDefaultSpendingShare() {
        // 0.25 + 0.40 × 1.0 = 0.65 on £10,000: R2 = £6,500.
        Lm3.Result result = Lm3.estimate(1_000_000, java.util.List.of(new Lm3.LocalSupplier(1_000_000, null, 1.0)),
            new Lm3.RespendShares(0.25, 0.40, 0.60));

        assertThat(result.r2Pence()).isEqualTo(650_000);
        assertThat(result.declaredShare()).isEqualTo(1.0);
    }

    @Test
    void aLocalSupplierWithMoreCreditsThanPaymentsReSpendsNothing() {
        Lm3.Result result = Lm3.estimate(1_000_000, java.util.List.of(new Lm3.LocalSupplier(-50_000, 0.5, null),
            new Lm3.LocalSupplier(1_000_000, null, null)), new Lm3.RespendShares(0.25, 0.40, 0.60));

        assertThat(result.r2Pence()).isEqualTo(490_000);
        assertThat(result.declaredShare()).isZero();
        assertThat(Lm3.estimate(-100, java.util.List.of(), new Lm3.RespendShares(0.25, 0.40, 0.60)).r2Pence()).isZero();
    }
}
