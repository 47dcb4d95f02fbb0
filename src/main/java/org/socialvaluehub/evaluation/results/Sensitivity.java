package org.socialvaluehub.evaluation.results;

import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.evaluation.core.MethodAgreement;
import org.socialvaluehub.evaluation.core.RankAcceptability;
import org.socialvaluehub.evaluation.core.SensitivityAnalysis;
import org.socialvaluehub.evaluation.core.TopsisNormalisation;
import org.socialvaluehub.evaluation.core.WeightInterval;

/**
 * The checks that let a buyer defend the decision, in the bidders' and criteria's words: each weight's
 * stability interval, the rank acceptability of each bid, and the winners under weighted sum, TOPSIS and VIKOR.
 */
public record Sensitivity(
        List<Interval> intervals,
        List<Acceptability> acceptability,
        int draws,
        double spread,
        List<String> weightedSumWinners,
        List<String> topsisWinners,
        List<String> vikorWinners,
        boolean agree) {

    public static final double VIKOR_V = 0.5;

    /** A weight's interval, in percent, within which the winner holds; who overtakes beyond each end. */
    public record Interval(
            String criterionId, String label, double weight, double low, double high, String below, String above) {}

    /** A bid's shares of the draws, in percent, for ranks 1, 2, … */
    public record Acceptability(String bidder, List<Double> shares) {}

    /** The seed is the opportunity id, so the same evaluation always gives the same shares. */
    public static Sensitivity of(Evaluated evaluated, int draws, double spread) {
        SensitivityAnalysis analysis = SensitivityAnalysis.of(evaluated.matrix());
        List<Interval> intervals = new ArrayList<>();
        for (WeightInterval w : analysis.weightStability()) {
            intervals.add(new Interval(
                    w.criterionId(),
                    evaluated.label(w.criterionId()),
                    w.weight() * 100,
                    w.low() * 100,
                    w.high() * 100,
                    w.overtakenBelowBy().map(evaluated::name).orElse(null),
                    w.overtakenAboveBy().map(evaluated::name).orElse(null)));
        }
        RankAcceptability ranks =
                analysis.rankAcceptability(draws, spread, evaluated.evaluation().id());
        List<Acceptability> acceptability = new ArrayList<>();
        for (String id : ranks.alternativeIds()) {
            List<Double> shares = new ArrayList<>();
            for (double share : ranks.shares(id)) {
                shares.add(share * 100);
            }
            acceptability.add(new Acceptability(evaluated.name(id), shares));
        }
        MethodAgreement agreement = analysis.crossCheck(TopsisNormalisation.VECTOR, VIKOR_V);
        return new Sensitivity(
                intervals,
                acceptability,
                draws,
                spread,
                agreement.weightedSumWinners().stream().map(evaluated::name).toList(),
                agreement.topsisWinners().stream().map(evaluated::name).toList(),
                agreement.vikorWinners().stream().map(evaluated::name).toList(),
                agreement.agree());
    }
}
