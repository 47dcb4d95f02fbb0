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
}
