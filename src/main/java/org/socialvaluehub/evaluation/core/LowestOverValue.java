package org.socialvaluehub.evaluation.core;

import java.util.Optional;

/**
 * The price rule "lowest ÷ bid": the lowest value divided by each value, so the cheapest bid scores 1.
 * A bid of zero is the lowest and scores 1; every other bid then scores 0 ÷ x = 0.
 */
public record LowestOverValue() implements Scoring {

    static final String NAME = "lowest-over-value";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Direction> requiredDirection() {
        return Optional.of(Direction.COST);
    }

    @Override
    public void score(Column column, double[] scores) {
        column.requireNotNegative(NAME);
        double lowest = column.min();
        for (int i = 0; i < column.size(); i++) {
            double value = column.value(i);
            scores[i] = value == lowest ? 1 : lowest / value;
        }
    }
}
