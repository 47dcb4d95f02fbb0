package org.socialvaluehub.evaluation.core;

import java.util.Optional;

/**
 * A commitment "against a target per £1m of contract value, capped at 1": quantity ÷ (target × contract
 * value in £m), so a bid that meets the target scores 1 and exceeding it earns nothing more.
 *
 * @param target the quantity expected per £1m of contract value, such as 2 apprenticeships
 * @param contractValue the contract value in pounds
 */
public record TargetPerMillion(double target, double contractValue) implements Scoring {

    static final String NAME = "target-per-million";

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
        double expected = target * contractValue / 1_000_000;
        for (int i = 0; i < column.size(); i++) {
            scores[i] = Math.min(1, column.value(i) / expected);
        }
    }
}
