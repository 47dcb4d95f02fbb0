package org.socialvaluehub.evaluation.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The performance targets of issue 7 on 100 bids × 40 criteria: scoring under 5 ms, sensitivity with
 * 10,000 draws under 500 ms on one core. Run with {@code bench/evaluation.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

    private static final int BIDS = 100;
    private static final int CRITERIA = 40;

    private DecisionMatrix matrix;

    @Setup
    public void buildMatrix() {
        SplittableRandom random = new SplittableRandom(2026);
        List<Criterion> criteria = new ArrayList<>();
        for (int j = 0; j < CRITERIA; j++) {
            criteria.add(criterion(j, 1 + random.nextInt(10)));
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (int i = 0; i < BIDS; i++) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (Criterion criterion : criteria) {
                values.put(
                        criterion.id(),
                        criterion.scoring() instanceof ScaleScoring
                                ? random.nextInt(101)
                                : 1 + random.nextDouble(1_000_000));
            }
            alternatives.add(new Alternative("bid-" + i, values));
        }
        matrix = DecisionMatrix.of(criteria, alternatives);
    }

    /** A realistic mix: price, rubric-scored quality, and commitments under each scoring method. */
    private static Criterion criterion(int j, double weight) {
        String id = "c" + j;
        return switch (j % 8) {
            case 0 -> new Criterion(id, Direction.COST, weight, new LowestOverValue());
            case 1 -> new Criterion(id, Direction.BENEFIT, weight, new ScaleScoring(100));
            case 2 -> new Criterion(id, Direction.BENEFIT, weight, new ValueOverBest());
            case 3 -> new Criterion(id, Direction.COST, weight, new MinMaxScoring());
            case 4 -> new Criterion(id, Direction.BENEFIT, weight, new VectorScoring());
            case 5 -> new Criterion(id, Direction.COST, weight, new SumScoring());
            case 6 -> new Criterion(id, Direction.BENEFIT, weight, new TargetPerMillion(2, 5_000_000));
            default -> new Criterion(id, Direction.BENEFIT, weight, new MonetisedOverBest());
        };
    }

    @Benchmark
    public WeightedSumResult weightedSumWithBreakdown() {
        return WeightedSum.evaluate(matrix);
    }

    @Benchmark
    public TopsisResult topsis() {
        return Topsis.evaluate(matrix, TopsisNormalisation.VECTOR);
    }

    @Benchmark
    public VikorResult vikor() {
        return Vikor.evaluate(matrix, Vikor.DEFAULT_V);
    }

    @Benchmark
    public List<WeightInterval> weightStability() {
        return SensitivityAnalysis.of(matrix).weightStability();
    }

    /** Scores the matrix and runs the default 10,000 draws at ±20%, as a sensitivity page would. */
    @Benchmark
    public RankAcceptability rankAcceptability10000Draws() {
        return SensitivityAnalysis.of(matrix).rankAcceptability(42);
    }

    @Benchmark
    public MethodAgreement crossCheck() {
        return SensitivityAnalysis.of(matrix).crossCheck(TopsisNormalisation.VECTOR, Vikor.DEFAULT_V);
    }
}
