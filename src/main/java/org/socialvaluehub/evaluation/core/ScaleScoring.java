package org.socialvaluehub.evaluation.core;

import static org.socialvaluehub.evaluation.core.InvalidDecisionMatrixException.number;

import java.util.Optional;

/** A mark on a published rubric divided by the top of the scale, such as 75 out of 100 scoring 0.75. */
public record ScaleScoring(double scaleMax) implements Scoring {

    static final String NAME = "scale";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Direction> requiredDirection() {
        return Optional.of(Direction.BENEFIT);
    }

    @Override
    public void score(Column column, double[] scores) {
        column.requireNotNegative(NAME);
        for (int i = 0; i < column.size(); i++) {
            double value = column.value(i);
            if (value > scaleMax) {
                throw column.refused(
                        i, "has " + number(value) + ", above the top of the scale (" + number(scaleMax) + ")");
            }
            scores[i] = value / scaleMax;
        }
    }
}
