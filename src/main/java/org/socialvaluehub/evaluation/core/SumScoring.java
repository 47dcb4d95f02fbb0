package org.socialvaluehub.evaluation.core;

/**
 * Each bid's share of the column total, x ÷ Σx; for costs the share of the reciprocals, (1/x) ÷ Σ(1/x).
 * An all-zero benefit column scores 0 for everyone; for costs, bids of zero are infinitely better than
 * the rest (the limit of 1/x), so they share 1 equally and the others score 0.
 */
public record SumScoring() implements Scoring {

    static final String NAME = "sum";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void score(Column column, double[] scores) {
        column.requireNotNegative(NAME);
        if (column.direction() == Direction.BENEFIT) {
            double total = column.sum();
            for (int i = 0; i < column.size(); i++) {
                scores[i] = total == 0 ? 0 : column.value(i) / total;
            }
            return;
        }
        int zeros = 0;
        double reciprocals = 0;
        for (int i = 0; i < column.size(); i++) {
            if (column.value(i) == 0) {
                zeros++;
            } else {
                reciprocals += 1 / column.value(i);
            }
        }
        for (int i = 0; i < column.size(); i++) {
            double value = column.value(i);
            if (zeros > 0) {
                scores[i] = value == 0 ? 1.0 / zeros : 0;
            } else {
                scores[i] = (1 / value) / reciprocals;
            }
        }
    }
}
