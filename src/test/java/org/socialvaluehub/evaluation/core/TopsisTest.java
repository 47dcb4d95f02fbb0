package org.socialvaluehub.evaluation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.socialvaluehub.evaluation.core.Matrices.benefit;
import static org.socialvaluehub.evaluation.core.Matrices.cost;
import static org.socialvaluehub.evaluation.core.Matrices.matrix;
import static org.socialvaluehub.evaluation.core.Matrices.row;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TopsisTest {

    @Test
    void reproducesHwangAndYoonsFighterAircraftExample() {
        // Hwang, C.-L. and Yoon, K. (1981) Multiple Attribute Decision Making: Methods and Applications,
        // Lecture Notes in Economics and Mathematical Systems 186, Springer: the TOPSIS worked example of
        // choosing a fighter aircraft. Attributes: maximum speed (Mach), ferry range (NM), maximum payload (lb),
        // acquisition cost ($m, a cost), reliability and manoeuvrability (1–9 scales); weights 0.2, 0.1, 0.1,
        // 0.1, 0.2, 0.3. Published relative closeness C* = 0.643, 0.268, 0.613, 0.312. The book rounds every
        // intermediate step to four decimals, so A3 comes out 0.6135 unrounded: the check allows one in the third.
        DecisionMatrix matrix = matrix(
                List.of(
                        benefit("speed", 0.2, null),
                        benefit("range", 0.1, null),
                        benefit("payload", 0.1, null),
                        cost("cost", 0.1, null),
                        benefit("reliability", 0.2, null),
                        benefit("manoeuvrability", 0.3, null)),
                row(2.0, 1500, 20000, 5.5, 5, 9),
                row(2.5, 2700, 18000, 6.5, 3, 5),
                row(1.8, 2000, 21000, 4.5, 7, 7),
                row(2.2, 1800, 20000, 5.0, 5, 5));

        List<TopsisResult.Row> rows = inInputOrder(Topsis.evaluate(matrix, TopsisNormalisation.VECTOR));

        assertThat(doubles(rows, TopsisResult.Row::closeness))
                .containsExactly(new double[] {0.643, 0.268, 0.613, 0.312}, within(0.001));
        assertThat(rows).extracting(TopsisResult.Row::rank).containsExactly(1, 4, 2, 3);
    }

    @Test
    void reproducesOpricovicAndTzengsComparisonExample() {
        // Opricovic, S. and Tzeng, G.-H. (2004) "Compromise solution by MCDM methods: A comparative analysis of
        // VIKOR and TOPSIS", European Journal of Operational Research 156(2), 445–455, section 5 (numerical
        // example): three alternatives, f1 risk (minimised) 1, 2, 5 and f2 altitude in m (maximised) 3000,
        // 3750, 4500, equal weights. TOPSIS with vector normalisation: D+ 0.114, 0.108, 0.365; D- 0.365,
        // 0.280, 0.114; C* 0.762, 0.722, 0.238.
        // By hand for A1: √30 = 5.4772, so risk → 0.1826, 0.3651, 0.9129, weighted ×0.5 → 0.0913, 0.1826,
        // 0.4564; √(3000² + 3750² + 4500²) = 6581.2, altitude weighted → 0.2279, 0.2849, 0.3419;
        // D+ = 0.3419 − 0.2279 = 0.114; D- = 0.4564 − 0.0913 = 0.365; C* = 0.365 / 0.479 = 0.762.
        DecisionMatrix matrix = matrix(
                List.of(cost("risk", 0.5, null), benefit("altitude", 0.5, null)),
                row(1, 3000),
                row(2, 3750),
                row(5, 4500));

        List<TopsisResult.Row> rows = inInputOrder(Topsis.evaluate(matrix, TopsisNormalisation.VECTOR));

        assertThat(doubles(rows, TopsisResult.Row::distanceToIdeal))
                .containsExactly(new double[] {0.114, 0.108, 0.365}, within(0.0005));
        assertThat(doubles(rows, TopsisResult.Row::distanceToAntiIdeal))
                .containsExactly(new double[] {0.365, 0.280, 0.114}, within(0.0005));
        assertThat(doubles(rows, TopsisResult.Row::closeness))
                .containsExactly(new double[] {0.762, 0.722, 0.238}, within(0.0005));
    }

    @Test
    void dependsOnTheUnitsUnderVectorNormalisationAsOpricovicAndTzengShow() {
        // The same paper, same section: the criteria restated as risk on a 6–10 scale and altitude in km above
        // the foothill (6, 7, 10 and 2.0, 2.75, 3.5) change the TOPSIS ranking: C* 0.489, 0.612, 0.511.
        DecisionMatrix matrix = matrix(
                List.of(cost("risk", 0.5, null), benefit("altitude", 0.5, null)),
                row(6, 2.0),
                row(7, 2.75),
                row(10, 3.5));

        List<TopsisResult.Row> rows = inInputOrder(Topsis.evaluate(matrix, TopsisNormalisation.VECTOR));

        assertThat(doubles(rows, TopsisResult.Row::closeness))
                .containsExactly(new double[] {0.489, 0.612, 0.511}, within(0.0005));
        assertThat(rows).extracting(TopsisResult.Row::rank).containsExactly(3, 1, 2);
    }

    @Test
    void minMaxNormalisationScoresByHand() {
        // price (cost) 100, 200, 300 → (300 − x)/200 = 1, 0.5, 0; quality 10, 30, 20 → (x − 10)/20 = 0, 1, 0.5
        // weighted ×0.5: A (0.5, 0), B (0.25, 0.5), C (0, 0.25); ideal (0.5, 0.5), anti-ideal (0, 0)
        // A: D+ = 0.5, D- = 0.5 → 0.5; B: D+ = 0.25, D- = √(0.0625 + 0.25) = 0.5590 → 0.5590/0.8090 = 0.6910
        // C: D+ = √(0.25 + 0.0625) = 0.5590, D- = 0.25 → 0.25/0.8090 = 0.3090
        DecisionMatrix matrix = matrix(
                List.of(cost("price", 1, null), benefit("quality", 1, null)), row(100, 10), row(200, 30), row(300, 20));

        List<TopsisResult.Row> rows = inInputOrder(Topsis.evaluate(matrix, TopsisNormalisation.MIN_MAX));

        double d = Math.sqrt(0.0625 + 0.25);
        assertThat(doubles(rows, TopsisResult.Row::closeness))
                .containsExactly(new double[] {0.5, d / (0.25 + d), 0.25 / (0.25 + d)}, within(1e-12));
        assertThat(rows).extracting(TopsisResult.Row::rank).containsExactly(2, 1, 3);
    }

    @Test
    void identicalBidsAllTieAtOne() {
        DecisionMatrix matrix = matrix(List.of(cost("price", 1, null)), row(100), row(100));

        assertThat(Topsis.evaluate(matrix, TopsisNormalisation.VECTOR).rows()).allSatisfy(row -> {
            assertThat(row.closeness()).isEqualTo(1);
            assertThat(row.rank()).isEqualTo(1);
        });
    }

    private static double[] doubles(List<TopsisResult.Row> rows, ToDoubleFunction<TopsisResult.Row> value) {
        return rows.stream().mapToDouble(value).toArray();
    }

    private static List<TopsisResult.Row> inInputOrder(TopsisResult result) {
        return result.rows().stream()
                .sorted(Comparator.comparing(TopsisResult.Row::id))
                .toList();
    }
}
