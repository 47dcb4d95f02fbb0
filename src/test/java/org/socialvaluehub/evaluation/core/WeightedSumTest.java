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

class WeightedSumTest {

    /**
     * The model of issue 7: price 40% lowest ÷ bid, quality 40% on a 0–100 rubric, apprentices 20% relative to best.
     */
    private static final List<Criterion> ISSUE_MODEL = List.of(
            cost("price", 0.4, new LowestOverValue()),
            benefit("quality", 0.4, new ScaleScoring(100)),
            benefit("apprentices", 0.2, new ValueOverBest()));

    @Test
    void scoresTheIssueExampleByHand() {
        // price: lowest 200,000 → A 200/250 = 0.8, B 1, C 200/300 = 0.6667
        // quality ÷ 100 → A 0.72, B 0.60, C 0.90; apprentices ÷ 5 → A 0.6, B 1, C 0.4
        // A = 0.4×0.8 + 0.4×0.72 + 0.2×0.6 = 0.32 + 0.288 + 0.12 = 0.728
        // B = 0.4×1 + 0.4×0.60 + 0.2×1 = 0.4 + 0.24 + 0.2 = 0.84
        // C = 0.4×0.6667 + 0.4×0.90 + 0.2×0.4 = 0.26667 + 0.36 + 0.08 = 0.70667
        WeightedSumResult result = WeightedSum.evaluate(
                matrix(ISSUE_MODEL, row(250_000, 72, 3), row(200_000, 60, 5), row(300_000, 90, 2)));

        assertThat(result.rows()).extracting(WeightedSumResult.Row::id).containsExactly("B", "A", "C");
        assertThat(result.rows()).extracting(WeightedSumResult.Row::rank).containsExactly(1, 2, 3);
        assertThat(result.rows().stream()
                        .mapToDouble(WeightedSumResult.Row::score)
                        .toArray())
                .containsExactly(new double[] {0.84, 0.728, 0.4 * 2 / 3 + 0.36 + 0.08}, within(1e-12));
        assertThat(result.winners()).containsExactly("B");
    }

    @Test
    void breaksEachTotalDownByCriterion() {
        WeightedSumResult result = WeightedSum.evaluate(matrix(ISSUE_MODEL, row(250_000, 72, 3), row(200_000, 60, 5)));
        WeightedSumResult.Row a = result.rows().get(1);

        assertThat(a.id()).isEqualTo("A");
        assertThat(a.contributions())
                .extracting(Contribution::criterionId)
                .containsExactly("price", "quality", "apprentices");
        assertThat(a.contributions().stream().mapToDouble(Contribution::points).toArray())
                .containsExactly(new double[] {0.32, 0.288, 0.12}, within(1e-12));
        assertThat(a.contributions().get(0)).satisfies(price -> {
            assertThat(price.value()).isEqualTo(250_000);
            assertThat(price.score()).isCloseTo(0.8, within(1e-12));
            assertThat(price.weight()).isEqualTo(0.4);
        });
        assertThat(a.contributions().stream().mapToDouble(Contribution::points).sum())
                .isCloseTo(a.score(), within(1e-12));
    }

    @Test
    void reportsTiedBidsAsTiesWithCompetitionRanks() {
        WeightedSumResult result = WeightedSum.evaluate(
                matrix(ISSUE_MODEL, row(250_000, 72, 3), row(250_000, 72, 3), row(300_000, 50, 1)));

        assertThat(result.rows()).extracting(WeightedSumResult.Row::rank).containsExactly(1, 1, 3);
        assertThat(result.winners()).containsExactly("A", "B");
    }

    @Test
    void refusesACriterionWithoutAScoringMethod() {
        DecisionMatrix matrix = matrix(List.of(benefit("quality", 1, null)), row(50));

        assertThatThrownBy(() -> WeightedSum.evaluate(matrix))
                .hasMessageStartingWith("criterion 'quality' has no scoring method; the weighted sum needs one of");
    }
}
