package org.socialvaluehub.evaluation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.socialvaluehub.evaluation.core.Matrices.benefit;
import static org.socialvaluehub.evaluation.core.Matrices.matrix;
import static org.socialvaluehub.evaluation.core.Matrices.row;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionMatrixTest {

    private final Scoring best = new ValueOverBest();

    @Test
    void normalisesWeightsByTheirSum() {
        // 40 + 40 + 20 = 100 → 0.4, 0.4, 0.2
        DecisionMatrix matrix =
                matrix(List.of(benefit("a", 40, best), benefit("b", 40, best), benefit("c", 20, best)), row(1, 1, 1));
        assertThat(matrix.weights()).containsExactly(new double[] {0.4, 0.4, 0.2}, within(1e-12));
    }

    @Test
    void refusesANegativeWeightNamingTheCriterion() {
        assertThatThrownBy(() -> benefit("apprentices", -0.2, best))
                .isInstanceOf(InvalidDecisionMatrixException.class)
                .hasMessage("criterion 'apprentices' has a negative weight (-0.2); weights must be zero or more");
    }

    @Test
    void refusesAWeightThatIsNotANumber() {
        assertThatThrownBy(() -> benefit("quality", Double.NaN, best))
                .hasMessage("criterion 'quality' has a weight that is not a number: NaN");
    }

    @Test
    void refusesWeightsThatAreAllZero() {
        assertThatThrownBy(() -> matrix(List.of(benefit("a", 0, best), benefit("b", 0, best)), row(1, 2)))
                .hasMessage("all criterion weights are zero; at least one must be positive");
    }

    @Test
    void refusesAMissingValueNamingAlternativeAndCriterion() {
        Map<String, Double> values = new HashMap<>();
        values.put("a", 1.0);
        values.put("b", null);
        assertThatThrownBy(() -> DecisionMatrix.of(
                        List.of(benefit("a", 1, best), benefit("b", 1, best)),
                        List.of(new Alternative("Acme Ltd", values))))
                .hasMessage("alternative 'Acme Ltd' has no value for criterion 'b'");
    }

    @Test
    void refusesAValueThatIsNotANumber() {
        assertThatThrownBy(() -> matrix(List.of(benefit("a", 1, best)), row(1), row(Double.NaN)))
                .hasMessage("alternative 'B': the value for criterion 'a' is not a number (NaN)");
    }

    @Test
    void refusesAValueForACriterionThatDoesNotExist() {
        assertThatThrownBy(() -> DecisionMatrix.of(
                        List.of(benefit("price", 1, best)),
                        List.of(new Alternative("A", Map.of("price", 1.0, "prize", 2.0)))))
                .hasMessage("alternative 'A' has a value for unknown criterion 'prize'");
    }

    @Test
    void refusesTheSameIdTwice() {
        assertThatThrownBy(() -> DecisionMatrix.of(
                        List.of(benefit("a", 1, best)),
                        List.of(new Alternative("A", Map.of("a", 1.0)), new Alternative("A", Map.of("a", 2.0)))))
                .hasMessage("the alternative id 'A' is used twice");
    }

    @Test
    void refusesAnEmptyMatrix() {
        assertThatThrownBy(() -> DecisionMatrix.of(List.of(), List.of()))
                .hasMessage("there are no criteria; give at least one");
        assertThatThrownBy(() -> DecisionMatrix.of(List.of(benefit("a", 1, best)), List.of()))
                .hasMessage("there are no alternatives; give at least one");
    }
}
