package org.socialvaluehub.evaluation.core;

import java.util.Optional;

/**
 * "Monetised value relative to best": value-over-best applied to the monetised figure of a bid's
 * commitments (the central estimate after additionality, worked out by the measures module).
 */
public record MonetisedOverBest() implements Scoring {

    static final String NAME = "monetised-over-best";

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
        ValueOverBest.overBest(column, NAME, scores);
    }
}
