package org.socialvaluehub.evaluation.core;

/**
 * Every alternative's 0–1 score on every criterion under that criterion's scoring method. These do not
 * depend on the weights, so each set of weights costs one matrix-vector product.
 */
final class CriterionScores {

    private final int alternatives;
    private final int criteria;
    /** Row-major, alternative by criterion, so the product reads memory in order. */
    private final double[] scores;

    private CriterionScores(int alternatives, int criteria, double[] scores) {
        this.alternatives = alternatives;
        this.criteria = criteria;
        this.scores = scores;
    }

    static CriterionScores of(DecisionMatrix matrix) {
        int n = matrix.alternativeCount();
        int m = matrix.criterionCount();
        double[] scores = new double[n * m];
        double[] column = new double[n];
        for (int j = 0; j < m; j++) {
            Criterion criterion = matrix.criterion(j);
            Scoring scoring = criterion
                    .scoringMethod()
                    .orElseThrow(() -> new InvalidDecisionMatrixException(
                            "criterion '" + criterion.id() + "' has no scoring method; the weighted sum needs one of "
                                    + String.join(", ", Scoring.NAMES)));
            scoring.score(matrix.column(j), column);
            for (int i = 0; i < n; i++) {
                scores[i * m + j] = column[i];
            }
        }
        return new CriterionScores(n, m, scores);
    }

    int alternativeCount() {
        return alternatives;
    }

    int criterionCount() {
        return criteria;
    }

    double score(int i, int j) {
        return scores[i * criteria + j];
    }

    /** The weighted totals Σⱼ wⱼ sᵢⱼ written into {@code totals}, which is returned. */
    double[] totals(double[] weights, double[] totals) {
        for (int i = 0, row = 0; i < alternatives; i++, row += criteria) {
            double total = 0;
            for (int j = 0; j < criteria; j++) {
                total += weights[j] * scores[row + j];
            }
            totals[i] = total;
        }
        return totals;
    }
}
