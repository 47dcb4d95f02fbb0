package org.socialvaluehub.evaluation.core;

import static org.socialvaluehub.evaluation.core.InvalidDecisionMatrixException.number;

import java.util.List;
import java.util.Optional;

/**
 * A named way of turning one criterion's values into scores from 0 to 1 (1 best), as the evaluation
 * model publishes it to suppliers; the weighted sum multiplies these scores by the weights.
 */
public sealed interface Scoring
        permits LowestOverValue,
                ValueOverBest,
                ScaleScoring,
                MinMaxScoring,
                VectorScoring,
                SumScoring,
                TargetPerMillion,
                MonetisedOverBest {

    /** Every scoring name accepted by {@link #named}, in the order they are listed to people. */
    List<String> NAMES = List.of(
            LowestOverValue.NAME,
            ValueOverBest.NAME,
            ScaleScoring.NAME,
            MinMaxScoring.NAME,
            VectorScoring.NAME,
            SumScoring.NAME,
            TargetPerMillion.NAME,
            MonetisedOverBest.NAME);

    /** The name used in files and forms, such as {@code lowest-over-value}. */
    String name();

    /** The only direction this method makes sense for, or empty when it handles both. */
    default Optional<Direction> requiredDirection() {
        return Optional.empty();
    }

    /** Writes the score of each alternative into {@code scores}; refuses values the method cannot score. */
    void score(Column column, double[] scores);

    /** Settings some scoring methods need; any may be null when the method does not use it. */
    record Parameters(Double scaleMax, Double target, Double contractValue) {

        public static final Parameters NONE = new Parameters(null, null, null);
    }

    static Scoring named(String name, String criterionId, Parameters parameters) {
        return switch (name == null ? "" : name) {
            case LowestOverValue.NAME -> new LowestOverValue();
            case ValueOverBest.NAME -> new ValueOverBest();
            case ScaleScoring.NAME -> new ScaleScoring(positive(parameters.scaleMax(), "scaleMax", name, criterionId));
            case MinMaxScoring.NAME -> new MinMaxScoring();
            case VectorScoring.NAME -> new VectorScoring();
            case SumScoring.NAME -> new SumScoring();
            case TargetPerMillion.NAME ->
                new TargetPerMillion(
                        positive(parameters.target(), "target", name, criterionId),
                        positive(parameters.contractValue(), "contractValue", name, criterionId));
            case MonetisedOverBest.NAME -> new MonetisedOverBest();
            default ->
                throw new InvalidDecisionMatrixException("criterion '" + criterionId + "': unknown scoring '" + name
                        + "'; use one of " + String.join(", ", NAMES));
        };
    }

    private static double positive(Double value, String setting, String scoring, String criterionId) {
        if (value == null || !Double.isFinite(value) || value <= 0) {
            throw new InvalidDecisionMatrixException("criterion '" + criterionId + "': scoring " + scoring + " needs "
                    + setting + " greater than zero" + (value == null ? "" : " (it is " + number(value) + ")"));
        }
        return value;
    }
}
