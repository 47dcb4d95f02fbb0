package org.socialvaluehub.measures.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriorityWeightsTest {

    @Test
    void pointsTotallingOneHundredBecomeWeightsThatSumToExactlyOne() {
        // 40 + 35 + 25 = 100 points → 0.40, 0.35, 0.25; sum 1.00.
        PriorityWeights weights = new PriorityWeights(points("JS1", 40, "LE1", 35, "EC1", 25));
        assertThat(weights.weightOf("LE1")).isEqualByComparingTo("0.35");
        assertThat(weights.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1");
        assertThat(weights.weightOf("CW1")).isEqualByComparingTo("0");
    }

    @Test
    void rejectsPointsThatDoNotSumToOneHundred() {
        assertThatThrownBy(() -> new PriorityWeights(points("JS1", 60, "LE1", 35)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("points: total 95; they must total exactly 100 (add 5)");
    }

    @Test
    void rejectsNegativePointsNamingTheOutcome() {
        assertThatThrownBy(() -> new PriorityWeights(points("JS1", 110, "LE1", -10)))
                .hasMessageContaining("LE1: has -10 points; points cannot be negative");
    }

    @Test
    void rejectsOutcomesTheFrameworkDoesNotHave() {
        assertThatThrownBy(() -> PriorityWeights.allocate(points("JS1", 50, "ZZ9", 50), Frameworks.aSmallFramework()))
                .hasMessageContaining("ZZ9: is not an outcome of this framework");
    }

    @Test
    void rejectsAnEmptyAllocation() {
        assertThatThrownBy(() -> new PriorityWeights(Map.of())).hasMessageContaining("at least one outcome");
    }

    private static Map<String, Integer> points(Object... pairs) {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            points.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return points;
    }
}
