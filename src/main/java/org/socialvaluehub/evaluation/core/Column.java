package org.socialvaluehub.evaluation.core;

import static org.socialvaluehub.evaluation.core.InvalidDecisionMatrixException.number;

import java.util.List;

/** One criterion's values across the alternatives, as a scoring method sees them. */
public final class Column {

    private final Criterion criterion;
    private final List<String> alternativeIds;
    private final double[] values;

    Column(Criterion criterion, List<String> alternativeIds, double[] values) {
        this.criterion = criterion;
        this.alternativeIds = alternativeIds;
        this.values = values;
    }

    public Criterion criterion() {
        return criterion;
    }

    public Direction direction() {
        return criterion.direction();
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    public double min() {
        return min(values);
    }

    public double max() {
        return max(values);
    }

    static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    public double sum() {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** The Euclidean norm √Σx² used by vector normalisation. */
    public double norm() {
        double squares = 0;
        for (double value : values) {
            squares += value * value;
        }
        return Math.sqrt(squares);
    }

    /** Refuses negative values, which ratio scorings cannot score meaningfully. */
    public void requireNotNegative(String scoringName) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw refused(
                        i,
                        "has a negative value (" + number(values[i]) + "); " + scoringName
                                + " needs values of zero or more");
            }
        }
    }

    public InvalidDecisionMatrixException refused(int i, String why) {
        return new InvalidDecisionMatrixException(
                "criterion '" + criterion.id() + "': alternative '" + alternativeIds.get(i) + "' " + why);
    }
}
