package org.socialvaluehub.evaluation.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Scores bids as the weighted sum of their per-criterion scores, the method published to suppliers. */
public final class WeightedSum {

    private WeightedSum() {}

    public static WeightedSumResult evaluate(DecisionMatrix matrix) {
        CriterionScores scores = CriterionScores.of(matrix);
        double[] weights = matrix.weights();
        double[] totals = scores.totals(weights, new double[matrix.alternativeCount()]);
        int[] ranks = Ranks.highestFirst(totals);
        List<WeightedSumResult.Row> rows = new ArrayList<>();
        for (int i = 0; i < matrix.alternativeCount(); i++) {
            List<Contribution> contributions = new ArrayList<>();
            for (int j = 0; j < matrix.criterionCount(); j++) {
                double score = scores.score(i, j);
                contributions.add(new Contribution(
                        matrix.criterion(j).id(), matrix.value(i, j), score, weights[j], weights[j] * score));
            }
            rows.add(new WeightedSumResult.Row(matrix.alternativeId(i), totals[i], ranks[i], contributions));
        }
        rows.sort(Comparator.comparingInt(WeightedSumResult.Row::rank));
        return new WeightedSumResult(rows);
    }
}
