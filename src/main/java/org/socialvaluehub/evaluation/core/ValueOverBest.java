package org.socialvaluehub.evaluation.core;

import java.util.Optional;

/**
 * "Relative to the best bid": each value divided by the highest, so the best commitment scores 1.
 * When every value is zero nobody offered anything and everyone scores 0.
 */
public record ValueOverBest() implements Scoring {

    static final String NAME = "value-over-best";

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
        overBest(column, NAME, scores);
    }

    static void overBest(Column column, String name, double[] scores) {
        column.requireNotNegative(name);
        double best = column.max();
        for (int i = 0; i < column.size(); i++) {
            scores[i] = best == 0 ? 0 : column.value(i) / best;
        }
    }
}
