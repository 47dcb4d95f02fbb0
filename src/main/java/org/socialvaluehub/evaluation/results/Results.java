package org.socialvaluehub.evaluation.results;

import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.core.WeightedSumResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The results of an evaluation: worked out from the moderated scores until a decision is recorded, and from
 * then on the ranking the decision was made on, so the pages, the report and the letters show what was decided.
 */
@Service
public class Results {

    private final Calculation calculation;
    private final DecidedRankings decided;
    private final double abnormallyLowBelowMedian;

    Results(
            Calculation calculation,
            DecidedRankings decided,
            @Value("${svh.evaluation.abnormally-low-below-median:30}") double abnormallyLowBelowMedian) {
        this.calculation = calculation;
        this.decided = decided;
        this.abnormallyLowBelowMedian = abnormallyLowBelowMedian;
    }

    /** The results as decided once a decision is recorded, else worked out now; refused while they cannot be. */
    public Evaluated evaluate(Evaluation evaluation) {
        return decided.find(evaluation)
                .map(snapshot -> calculation
                        .evaluate(evaluation, snapshot.consensus())
                        .asDecided(new WeightedSumResult(snapshot.rows())))
                .orElseGet(() -> calculation.evaluate(evaluation, null))
                .checkingPrices(abnormallyLowBelowMedian);
    }

    /** The results worked out now from the moderated scores, whatever was decided before. */
    public Evaluated calculate(Evaluation evaluation) {
        return calculation.evaluate(evaluation, null).checkingPrices(abnormallyLowBelowMedian);
    }

    /** Keeps these results with the evaluation's recorded decision, as what it was made on. */
    public void remember(Evaluated evaluated) {
        decided.save(
                evaluated.evaluation(),
                new DecidedRankings.Snapshot(
                        evaluated.consensus(), evaluated.result().rows()));
    }
}
