package org.socialvaluehub.evaluation.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds, for each weight, the interval within which the weighted-sum winner stays the winner. Setting
 * criterion k's weight to t and rescaling the others by (1 − t) ÷ (1 − wₖ) makes every total a straight
 * line in t, Tᵢ(t) = bᵢ + t (aᵢ − bᵢ), with aᵢ = sᵢₖ and bᵢ = (Tᵢ − wₖ sᵢₖ) ÷ (1 − wₖ), the total the bid
 * would get with criterion k left out; so the bounds are where those lines cross the winner's, solved exactly.
 */
final class WeightStability {

    private final DecisionMatrix matrix;
    private final CriterionScores scores;
    private final double[] weights;
    private final double[] totals;
    private final int winner;

    WeightStability(DecisionMatrix matrix, CriterionScores scores) {
        this.matrix = matrix;
        this.scores = scores;
        this.weights = matrix.weights();
        this.totals = scores.totals(weights, new double[matrix.alternativeCount()]);
        // With tied winners the first in the given order stands for them; its interval may then close at wₖ.
        int[] ranks = Ranks.highestFirst(totals);
        int first = 0;
        while (ranks[first] != 1) {
            first++;
        }
        this.winner = first;
    }

    List<WeightInterval> intervals() {
        List<WeightInterval> intervals = new ArrayList<>();
        for (int k = 0; k < matrix.criterionCount(); k++) {
            intervals.add(interval(k));
        }
        return intervals;
    }

    private WeightInterval interval(int k) {
        String id = matrix.criterion(k).id();
        double weight = weights[k];
        if (matrix.criterionCount() == 1) {
            return new WeightInterval(id, 1, 1, 1, Optional.empty(), Optional.empty());
        }
        double low = 0;
        double high = 1;
        String below = null;
        String above = null;
        double winnerSlope = scores.score(winner, k) - withoutCriterion(winner, k);
        for (int i = 0; i < matrix.alternativeCount(); i++) {
            if (i == winner) {
                continue;
            }
            // The winner's lead d(t) = c0 + c1 t; it is ≥ 0 at t = wₖ and reaches 0 at t = −c0 ÷ c1.
            double c0 = withoutCriterion(winner, k) - withoutCriterion(i, k);
            double c1 = winnerSlope - (scores.score(i, k) - withoutCriterion(i, k));
            if (c1 == 0) {
                continue;
            }
            double crossing = -c0 / c1;
            if (c1 > 0 && crossing > low) {
                low = crossing;
                below = matrix.alternativeId(i);
            } else if (c1 < 0 && crossing < high) {
                high = crossing;
                above = matrix.alternativeId(i);
            }
        }
        return new WeightInterval(
                id,
                weight,
                Math.min(low, weight),
                Math.max(high, weight),
                Optional.ofNullable(below),
                Optional.ofNullable(above));
    }

    /** bᵢ: the total with criterion k's weight shared among the others in proportion to theirs. */
    private double withoutCriterion(int i, int k) {
        double weight = weights[k];
        if (weight < 1) {
            return (totals[i] - weight * scores.score(i, k)) / (1 - weight);
        }
        // Criterion k holds all the weight, so the others have no proportions to keep: they share equally.
        double sum = 0;
        for (int j = 0; j < matrix.criterionCount(); j++) {
            sum += j == k ? 0 : scores.score(i, j);
        }
        return sum / (matrix.criterionCount() - 1);
    }
}
