package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LM3 as the New Economics Foundation defines it ("The Money Trail", 2002) and CLES applies it: R1 the influenceable
 * spend, R2 the part of R1 paid to local suppliers, R3 what they re-spend locally; LM3 = (R1 + R2 + R3) / R1.
 */
class Lm3Test {

    private static final Lm3.RespendShares DEFAULTS = new Lm3.RespendShares(0.25, 0.40, 0.60);

    @Test
    void theClesWorkedExample() {
        // R1 £100; £50 of it paid to suppliers in the area (R2); they re-spend 0.25 + 0.40 × 0.60 = 0.49 of each
        // pound locally: R3 = £50 × 0.49 = £24.50. LM3 = (100 + 50 + 24.50) / 100 = 1.745.
        Lm3.Result result = Lm3.estimate(10_000, 5_000, DEFAULTS);

        assertThat(result.r2Pence()).isEqualTo(5_000);
        assertThat(result.r3Pence()).isEqualTo(2_450);
        assertThat(result.multiplier()).isCloseTo(1.745, within(1e-12));
        assertThat(result.coverage()).isEqualTo(1.0);
    }

    @Test
    void workedExampleByHand() {
        // £100,000 influenceable, £60,000 of it with local suppliers: R2 = £60,000, R3 = £60,000 × 0.49 = £29,400.
        // LM3 = (100,000 + 60,000 + 29,400) / 100,000 = 1.894.
        Lm3.Result result = Lm3.estimate(10_000_000, 6_000_000, DEFAULTS);

        assertThat(result.r2Pence()).isEqualTo(6_000_000);
        assertThat(result.r3Pence()).isEqualTo(2_940_000);
        assertThat(result.multiplier()).isCloseTo(1.894, within(1e-12));
        assertThat(result.declaredShare()).isZero();
    }

    @Test
    void staysBetweenOneAndThree() {
        assertThat(Lm3.estimate(100, 0, new Lm3.RespendShares(0.5, 0.5, 1)).multiplier())
                .isEqualTo(1.0);
        assertThat(Lm3.estimate(100, 100, new Lm3.RespendShares(0.5, 0.5, 1)).multiplier())
                .isEqualTo(3.0);
    }

    @Test
    void noSpendGivesNoMultiplier() {
        Lm3.Result result = Lm3.estimate(0, 0, new Lm3.RespendShares(0.2, 0.4, 0.5));

        assertThat(result.multiplier()).isZero();
        assertThat(result.enoughData(0)).isFalse();
    }

    @Test
    void refusesSharesThatCannotBe() {
        assertThatThrownBy(() -> new Lm3.RespendShares(0.7, 0.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lm3.estimate(100, 200, new Lm3.RespendShares(0.2, 0.4, 0.5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workedExampleWithOneSupplierDeclaringItsShares() {
        // £100,000 of R1, all placed; two local suppliers paid £40,000 and £20,000, so R2 = £60,000.
        // The first declares 50% of its non-wage spending local and 90% of its wage bill local:
        // 0.50 × (1 − 0.40) + 0.40 × 0.90 = 0.30 + 0.36 = 0.66.  The second declares nothing: 0.49.
        // R3 = 40,000 × 0.66 + 20,000 × 0.49 = 26,400 + 9,800 = £36,200.
        // LM3 = (100,000 + 60,000 + 36,200) / 100,000 = 1.962; declared figures cover 40,000 / 60,000 of R2.
        Lm3.Result result = Lm3.estimate(
                10_000_000,
                0,
                List.of(new Lm3.LocalSupplier(4_000_000, 0.5, 0.9), new Lm3.LocalSupplier(2_000_000, null, null)),
                DEFAULTS);

        assertThat(result.r2Pence()).isEqualTo(6_000_000);
        assertThat(result.r3Pence()).isEqualTo(3_620_000);
        assertThat(result.multiplier()).isCloseTo(1.962, within(1e-12));
        assertThat(result.declaredShare()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void aSupplierDeclaringOnlyItsWagesKeepsTheDefaultSpendingShare() {
        // 0.25 + 0.40 × 1.0 = 0.65 on £10,000: R3 = £6,500.
        Lm3.Result result = Lm3.estimate(1_000_000, 0, List.of(new Lm3.LocalSupplier(1_000_000, null, 1.0)), DEFAULTS);

        assertThat(result.r2Pence()).isEqualTo(1_000_000);
        assertThat(result.r3Pence()).isEqualTo(650_000);
        assertThat(result.declaredShare()).isEqualTo(1.0);
    }

    @Test
    void aLocalSupplierWithMoreCreditsThanPaymentsAddsNothing() {
        Lm3.Result result = Lm3.estimate(
                1_000_000,
                0,
                List.of(new Lm3.LocalSupplier(-50_000, 0.5, null), new Lm3.LocalSupplier(1_000_000, null, null)),
                DEFAULTS);

        assertThat(result.r2Pence()).isEqualTo(1_000_000);
        assertThat(result.r3Pence()).isEqualTo(490_000);
        assertThat(result.declaredShare()).isZero();
        assertThat(Lm3.estimate(-100, 0, List.of(), DEFAULTS).r2Pence()).isZero();
    }

    @Test
    void spendWithSuppliersThatCannotBePlacedIsLeftOutAndShownAsCoverage() {
        // £6,000 with placed suppliers (£3,000 of it local), £4,000 with suppliers of unknown location.
        // R1 = £6,000 (not £10,000 with the unknown counted as not local); R2 = £3,000; R3 = £1,470.
        // LM3 = (6,000 + 3,000 + 1,470) / 6,000 = 1.745; coverage 60%.
        Lm3.Result result =
                Lm3.estimate(600_000, 400_000, List.of(new Lm3.LocalSupplier(300_000, null, null)), DEFAULTS);

        assertThat(result.r1Pence()).isEqualTo(600_000);
        assertThat(result.multiplier()).isCloseTo(1.745, within(1e-12));
        assertThat(result.coverage()).isCloseTo(0.6, within(1e-12));
        assertThat(result.enoughData(0.5)).isTrue();
        assertThat(result.enoughData(0.7)).isFalse();
    }

    @Test
    void aYearWithNoPlacedSupplierHasNotEnoughData() {
        Lm3.Result result = Lm3.estimate(0, 1_000_000, List.of(), DEFAULTS);

        assertThat(result.enoughData(0.5)).isFalse();
        assertThat(result.coverage()).isZero();
    }
}
