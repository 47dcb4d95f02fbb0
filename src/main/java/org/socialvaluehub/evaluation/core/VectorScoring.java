package org.socialvaluehub.evaluation.core;

/**
 * Vector normalisation x ÷ √Σx² (Hwang and Yoon 1981), with costs scored 1 − x ÷ √Σx² so that 1 stays best.
 * An all-zero column has no length: its share is taken as 0, so benefits score 0 and costs 1.
 */
public record VectorScoring() implements Scoring {

    static final String NAME = "vector";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void score(Column column, double[] scores) {
        column.requireNotNegative(NAME);
        double norm = column.norm();
        for (int i = 0; i < column.size(); i++) {
            double share = norm == 0 ? 0 : column.value(i) / norm;
            scores[i] = column.direction() == Direction.BENEFIT ? share : 1 - share;
        }
    }
}
