package org.socialvaluehub.evaluation.core;

import java.util.List;

/**
 * The checks that let a buyer defend a weighted-sum decision: how far each weight can move before the
 * winner changes, how often each bid wins when the weights are shaken, and whether other aggregation
 * methods pick the same winner.
 */
public final class SensitivityAnalysis {

    public static final int DEFAULT_DRAWS = 10_000;
    public static final double DEFAULT_SPREAD = 0.20;

    private final DecisionMatrix matrix;
    private final CriterionScores scores;

    private SensitivityAnalysis(DecisionMatrix matrix, CriterionScores scores) {
        this.matrix = matrix;
        this.scores = scores;
    }

    /** Scores the matrix once; every analysis below reuses those scores. */
    public static SensitivityAnalysis of(DecisionMatrix matrix) {
        return new SensitivityAnalysis(matrix, CriterionScores.of(matrix));
    }

    /** For each criterion, in order, the interval of its weight share within which the winner holds. */
    public List<WeightInterval> weightStability() {
        return new WeightStability(matrix, scores).intervals();
    }

    /**
     * @param draws how many random weight sets to try
     * @param spread how far each weight may move, as a fraction of itself: 0.2 for ±20%
     * @param seed the same seed gives the same shares, so a published result can be reproduced
     */
    public RankAcceptability rankAcceptability(int draws, double spread, long seed) {
        return RankAcceptability.simulate(matrix, scores, draws, spread, seed);
    }

    public RankAcceptability rankAcceptability(long seed) {
        return rankAcceptability(DEFAULT_DRAWS, DEFAULT_SPREAD, seed);
    }

    public MethodAgreement crossCheck(TopsisNormalisation normalisation, double vikorV) {
        return new MethodAgreement(
                WeightedSum.evaluate(matrix).winners(),
                Topsis.evaluate(matrix, normalisation).winners(),
                Vikor.evaluate(matrix, vikorV).winners());
    }
}
