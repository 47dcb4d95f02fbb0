package org.socialvaluehub.evaluation.core;

/**
 * Linear between the worst bid (0) and the best bid (1), for either direction. When every bid has the
 * same value the criterion cannot tell them apart, and every bid scores 1 rather than dividing by zero.
 */
public record MinMaxScoring() implements Scoring {

    static final String NAME = "min-max";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void score(Column column, double[] scores) {
        double min = column.min();
        double max = column.max();
        double range = max - min;
        for (int i = 0; i < column.size(); i++) {
            double value = column.value(i);
            if (range == 0) {
                scores[i] = 1;
            } else {
                scores[i] = column.direction() == Direction.BENEFIT ? (value - min) / range : (max - value) / range;
            }
        }
    }
}
