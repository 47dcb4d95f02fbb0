package org.socialvaluehub.evaluation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.socialvaluehub.evaluation.core.Matrices.benefit;
import static org.socialvaluehub.evaluation.core.Matrices.cost;
import static org.socialvaluehub.evaluation.core.Matrices.matrix;
import static org.socialvaluehub.evaluation.core.Matrices.row;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class VikorTest {

    @Test
    void reproducesOpricovicAndTzengsComparisonExample() {
        // Opricovic, S. and Tzeng, G.-H. (2004) "Compromise solution by MCDM methods: A comparative analysis of
        // VIKOR and TOPSIS", European Journal of Operational Research 156(2), 445–455, section 5: f1 risk
        // (minimised) 1, 2, 5; f2 altitude (maximised) 3000, 3750, 4500 m; equal weights; v = 0.5.
        // f1* = 1, f1- = 5; f2* = 4500, f2- = 3000.
        // A1: S = 0.5×0/4 + 0.5×1500/1500 = 0.5, R = 0.5
        // A2: S = 0.5×1/4 + 0.5×750/1500 = 0.125 + 0.25 = 0.375, R = 0.25
        // A3: S = 0.5×4/4 + 0.5×0 = 0.5, R = 0.5
        // S* = 0.375, S- = 0.5, R* = 0.25, R- = 0.5: Q(A1) = 0.5×1 + 0.5×1 = 1, Q(A2) = 0, Q(A3) = 1.
        // A2 is the compromise solution, A1 and A3 tie behind it, as the paper concludes (TOPSIS ranks A1 first).
        DecisionMatrix matrix = matrix(
                List.of(cost("risk", 0.5, null), benefit("altitude", 0.5, null)),
                row(1, 3000),
                row(2, 3750),
                row(5, 4500));

        VikorResult result = Vikor.evaluate(matrix, Vikor.DEFAULT_V);
        List<VikorResult.Row> rows = result.rows().stream()
                .sorted(Comparator.comparing(VikorResult.Row::id))
                .toList();

        assertThat(doubles(rows, VikorResult.Row::s)).containsExactly(new double[] {0.5, 0.375, 0.5}, within(1e-12));
        assertThat(doubles(rows, VikorResult.Row::r)).containsExactly(new double[] {0.5, 0.25, 0.5}, within(1e-12));
        assertThat(doubles(rows, VikorResult.Row::q)).containsExactly(new double[] {1, 0, 1}, within(1e-12));
        assertThat(rows).extracting(VikorResult.Row::rank).containsExactly(2, 1, 2);
        // C1: Q(second) − Q(first) = 1 − 0 ≥ DQ = 1/(3 − 1) = 0.5; C2: A2 is also first by S and by R.
        assertThat(result.acceptableAdvantage()).isTrue();
        assertThat(result.acceptableStability()).isTrue();
        assertThat(result.compromiseSet()).containsExactly("B");
    }

    @Test
    void proposesEveryBidWithinDqOfTheFirstWhenTheAdvantageIsNotAcceptable() {
        // Two benefit criteria on 0–10, weights 0.5: terms 0.5 × (10 − x)/10.
        // A (10, 0): S 0.5, R 0.5; B (0, 10): S 0.5, R 0.5; C (6, 6): S 0.4, R 0.2; D (5, 7): S 0.4, R 0.25
        // Q(C) = 0; Q(D) = 0.5×0 + 0.5×0.05/0.3 = 0.0833; Q(A) = Q(B) = 1. DQ = 1/3 and 0.0833 < 1/3, so C1
        // fails and the compromise set is every bid with Q − Q(C) < 1/3: C and D.
        DecisionMatrix matrix = matrix(
                List.of(benefit("x", 0.5, null), benefit("y", 0.5, null)),
                row(10, 0),
                row(0, 10),
                row(6, 6),
                row(5, 7));

        VikorResult result = Vikor.evaluate(matrix, 0.5);

        assertThat(result.rows().get(1).q()).isCloseTo(0.05 / 0.3 / 2, within(1e-12));
        assertThat(result.acceptableAdvantage()).isFalse();
        assertThat(result.acceptableStability()).isTrue();
        assertThat(result.compromiseSet()).containsExactly("C", "D");
    }

    @Test
    void refusesAWeightOfStrategyOutsideZeroToOne() {
        DecisionMatrix matrix = matrix(List.of(benefit("x", 1, null)), row(1), row(2));

        assertThatThrownBy(() -> Vikor.evaluate(matrix, 1.5)).hasMessage("vikorV must be between 0 and 1 (it is 1.5)");
    }

    @Test
    void givesNoRegretOnACriterionWhereEveryBidIsEqual() {
        // x is equal for both, so only y separates them: S = R = 0.5 × (10 − y)/10 → A 0, B 0.5; Q 0 and 1
        DecisionMatrix matrix =
                matrix(List.of(benefit("x", 0.5, null), benefit("y", 0.5, null)), row(3, 10), row(3, 0));

        VikorResult result = Vikor.evaluate(matrix, 0.5);

        assertThat(result.rows()).extracting(VikorResult.Row::id).containsExactly("A", "B");
        assertThat(doubles(result.rows(), VikorResult.Row::q)).containsExactly(new double[] {0, 1}, within(1e-12));
    }

    private static double[] doubles(List<VikorResult.Row> rows, ToDoubleFunction<VikorResult.Row> f) {
        return rows.stream().mapToDouble(f).toArray();
    }
}
