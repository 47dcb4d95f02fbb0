package org.socialvaluehub.evaluation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.socialvaluehub.evaluation.core.Matrices.benefit;
import static org.socialvaluehub.evaluation.core.Matrices.cost;
import static org.socialvaluehub.evaluation.core.Matrices.matrix;
import static org.socialvaluehub.evaluation.core.Matrices.row;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityAnalysisTest {

    /**
     * Three bids already scored 0–1 (scale with top 1), weights 0.5, 0.3, 0.2.
     * Totals: A = 0.5 + 0.15 + 0.04 = 0.69; B = 0.4 + 0.24 + 0.10 = 0.74; C = 0.3 + 0.27 + 0.20 = 0.77 (wins).
     */
    private static final DecisionMatrix THREE_BIDS = matrix(
            List.of(
                    benefit("price", 0.5, new ScaleScoring(1)),
                    benefit("quality", 0.3, new ScaleScoring(1)),
                    benefit("social", 0.2, new ScaleScoring(1))),
            row(1.0, 0.5, 0.2),
            row(0.8, 0.8, 0.5),
            row(0.6, 0.9, 1.0));

    @Test
    void findsTheWeightIntervalsOfTheThreeBidExampleByHand() {
        // Price weight t, the others × (1 − t)/0.5. Without price: A (0.69 − 0.5)/0.5 = 0.38, B 0.68, C 0.94.
        // Lines: A 0.38 + 0.62t, B 0.68 + 0.12t, C 0.94 − 0.34t. C meets B at 0.26 = 0.46t, t = 13/23 = 0.565,
        // before A at 0.56 = 0.96t, t = 7/12; nothing overtakes C as t falls. Interval [0, 13/23], B above.
        // Quality weight t, others × (1 − t)/0.7. Without quality: A 0.54/0.7, B 0.5/0.7, C 0.5/0.7.
        // Lines: A 0.7714 − 0.2714t, B 0.7143 + 0.0857t, C 0.7143 + 0.1857t. C meets A at 0.4571t = 0.0571,
        // t = 1/8; C − B = 0.1t never goes below 0. Interval [1/8, 1], A below.
        // Social weight t, others × (1 − t)/0.8. Without social: A 0.8125, B 0.8, C 0.7125.
        // Lines: A 0.8125 − 0.6125t, B 0.8 − 0.3t, C 0.7125 + 0.2875t. C meets A at 0.9t = 0.1, t = 1/9, and
        // B at 0.5875t = 0.0875, t = 7/47 = 0.149, which binds. Interval [7/47, 1], B below.
        List<WeightInterval> intervals = SensitivityAnalysis.of(THREE_BIDS).weightStability();

        assertThat(intervals).extracting(WeightInterval::criterionId).containsExactly("price", "quality", "social");
        assertInterval(intervals.get(0), 0.5, 0, 13.0 / 23);
        assertThat(intervals.get(0).overtakenAboveBy()).contains("B");
        assertThat(intervals.get(0).overtakenBelowBy()).isEmpty();
        assertInterval(intervals.get(1), 0.3, 1.0 / 8, 1);
        assertThat(intervals.get(1).overtakenBelowBy()).contains("A");
        assertThat(intervals.get(1).overtakenAboveBy()).isEmpty();
        assertInterval(intervals.get(2), 0.2, 7.0 / 47, 1);
        assertThat(intervals.get(2).overtakenBelowBy()).contains("B");
    }

    @Test
    void theWinnerReallyChangesJustBeyondABound() {
        // Price share 13/23 + 0.01 = 0.5752, others ×(1 − 0.5752)/0.5: quality 0.2549, social 0.1699.
        // B = 0.8×0.5752 + 0.8×0.2549 + 0.5×0.1699 = 0.7490; C = 0.6×0.5752 + 0.9×0.2549 + 0.1699 = 0.7445.
        double price = 13.0 / 23 + 0.01;
        double rest = (1 - price) / 0.5;
        DecisionMatrix shifted = matrix(
                List.of(
                        benefit("price", price, new ScaleScoring(1)),
                        benefit("quality", 0.3 * rest, new ScaleScoring(1)),
                        benefit("social", 0.2 * rest, new ScaleScoring(1))),
                row(1.0, 0.5, 0.2),
                row(0.8, 0.8, 0.5),
                row(0.6, 0.9, 1.0));

        assertThat(WeightedSum.evaluate(THREE_BIDS).winners()).containsExactly("C");
        assertThat(WeightedSum.evaluate(shifted).winners()).containsExactly("B");
    }

    @Test
    void rankAcceptabilityIsReproducibleWithTheSameSeed() {
        SensitivityAnalysis analysis = SensitivityAnalysis.of(THREE_BIDS);

        RankAcceptability first = analysis.rankAcceptability(42);
        RankAcceptability again = analysis.rankAcceptability(42);

        assertThat(first.draws()).isEqualTo(10_000);
        assertThat(first.spread()).isEqualTo(0.20);
        for (String id : List.of("A", "B", "C")) {
            assertThat(again.shares(id)).containsExactly(first.shares(id));
            assertThat(sum(first.shares(id))).isCloseTo(1, within(1e-12));
        }
        // ±20% keeps the price weight below 13/23 only part of the time, so C wins most draws but not all
        assertThat(first.share("C", 1)).isBetween(0.5, 0.999);
        assertThat(first.share("A", 3)).isGreaterThan(0.5);
    }

    @Test
    void aDominantBidWinsEveryDraw() {
        DecisionMatrix matrix = matrix(
                List.of(cost("price", 0.6, new LowestOverValue()), benefit("quality", 0.4, new ScaleScoring(100))),
                row(100_000, 90),
                row(120_000, 70),
                row(150_000, 60));

        RankAcceptability acceptability = SensitivityAnalysis.of(matrix).rankAcceptability(1000, 0.5, 7);

        assertThat(acceptability.share("A", 1)).isEqualTo(1);
        assertThat(acceptability.share("B", 2)).isEqualTo(1);
        assertThat(acceptability.share("C", 3)).isEqualTo(1);
    }

    @Test
    void withNoSpreadTheSetWinnerWinsEveryDraw() {
        RankAcceptability acceptability = SensitivityAnalysis.of(THREE_BIDS).rankAcceptability(100, 0, 1);

        assertThat(acceptability.shares("C")).containsExactly(1, 0, 0);
    }

    @Test
    void refusesASpreadOfAHundredPercentOrMore() {
        assertThatThrownBy(() -> SensitivityAnalysis.of(THREE_BIDS).rankAcceptability(100, 1, 1))
                .hasMessage("the weight spread must be at least 0 and below 1 (100%)");
    }

    @Test
    void crossCheckReportsWhetherTheMethodsAgree() {
        // The Opricovic and Tzeng (2004) example: TOPSIS picks A, VIKOR picks B (see TopsisTest, VikorTest).
        DecisionMatrix disputed = matrix(
                List.of(cost("risk", 0.5, new MinMaxScoring()), benefit("altitude", 0.5, new MinMaxScoring())),
                row(1, 3000),
                row(2, 3750),
                row(5, 4500));
        DecisionMatrix clear = matrix(
                List.of(cost("price", 0.5, new LowestOverValue()), benefit("quality", 0.5, new ScaleScoring(100))),
                row(100, 90),
                row(200, 50));

        MethodAgreement disputedCheck = SensitivityAnalysis.of(disputed).crossCheck(TopsisNormalisation.VECTOR, 0.5);
        MethodAgreement clearCheck = SensitivityAnalysis.of(clear).crossCheck(TopsisNormalisation.VECTOR, 0.5);

        assertThat(disputedCheck.topsisWinners()).containsExactly("A");
        assertThat(disputedCheck.vikorWinners()).containsExactly("B");
        assertThat(disputedCheck.agree()).isFalse();
        assertThat(clearCheck.weightedSumWinners()).containsExactly("A");
        assertThat(clearCheck.agree()).isTrue();
    }

    private static void assertInterval(WeightInterval interval, double weight, double low, double high) {
        assertThat(interval.weight()).isCloseTo(weight, within(1e-12));
        assertThat(interval.low()).isCloseTo(low, within(1e-12));
        assertThat(interval.high()).isCloseTo(high, within(1e-12));
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
