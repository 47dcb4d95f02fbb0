package org.socialvaluehub.evaluation.core;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Rank acceptability: in many random draws of the weights, each within ±spread of its set value and
 * renormalised, the share of draws in which each bid took each rank under the weighted sum. Tied bids
 * each count at the shared rank, so a rank's shares can add up to more than 1.
 */
public final class RankAcceptability {

    private final List<String> alternativeIds;
    private final int draws;
    private final double spread;
    private final long seed;
    /** counts[i * n + (rank − 1)]: how many draws put alternative i at that rank. */
    private final int[] counts;

    private RankAcceptability(List<String> alternativeIds, int draws, double spread, long seed, int[] counts) {
        this.alternativeIds = alternativeIds;
        this.draws = draws;
        this.spread = spread;
        this.seed = seed;
        this.counts = counts;
    }

    static RankAcceptability simulate(
            DecisionMatrix matrix, CriterionScores scores, int draws, double spread, long seed) {
        if (draws < 1) {
            throw new InvalidDecisionMatrixException("rank acceptability needs at least one draw");
        }
        if (!(spread >= 0 && spread < 1)) {
            throw new InvalidDecisionMatrixException("the weight spread must be at least 0 and below 1 (100%)");
        }
        int n = matrix.alternativeCount();
        int m = matrix.criterionCount();
        double[] base = matrix.weights();
        double[] weights = new double[m];
        double[] totals = new double[n];
        double[] scratch = new double[n];
        int[] ranks = new int[n];
        int[] counts = new int[n * n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int draw = 0; draw < draws; draw++) {
            double sum = 0;
            for (int j = 0; j < m; j++) {
                weights[j] = base[j] * (1 + spread * (2 * random.nextDouble() - 1));
                sum += weights[j];
            }
            for (int j = 0; j < m; j++) {
                weights[j] /= sum;
            }
            scores.totals(weights, totals);
            Ranks.highestFirst(totals, scratch, ranks);
            for (int i = 0; i < n; i++) {
                counts[i * n + ranks[i] - 1]++;
            }
        }
        return new RankAcceptability(matrix.alternativeIds(), draws, spread, seed, counts);
    }

    public List<String> alternativeIds() {
        return alternativeIds;
    }

    public int draws() {
        return draws;
    }

    public double spread() {
        return spread;
    }

    public long seed() {
        return seed;
    }

    /** The share of draws, 0–1, in which the bid took the given rank (1 best). */
    public double share(String alternativeId, int rank) {
        int n = alternativeIds.size();
        if (rank < 1 || rank > n) {
            throw new IllegalArgumentException("rank " + rank + " is outside 1–" + n);
        }
        return (double) counts[indexOf(alternativeId) * n + rank - 1] / draws;
    }

    /** The shares for ranks 1 to n of one bid. */
    public double[] shares(String alternativeId) {
        double[] shares = new double[alternativeIds.size()];
        for (int rank = 1; rank <= shares.length; rank++) {
            shares[rank - 1] = share(alternativeId, rank);
        }
        return shares;
    }

    private int indexOf(String alternativeId) {
        int index = alternativeIds.indexOf(alternativeId);
        if (index < 0) {
            throw new IllegalArgumentException("no alternative '" + alternativeId + "'");
        }
        return index;
    }
}
