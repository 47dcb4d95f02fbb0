package org.socialvaluehub.evaluation.results;

import java.util.List;
import java.util.Map;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.core.DecisionMatrix;
import org.socialvaluehub.evaluation.core.WeightedSumResult;
import org.socialvaluehub.evaluation.model.EvaluationModel;

/**
 * An opportunity's bids put through its model: the decision matrix of moderated scores, prices and
 * commitments, and the weighted-sum result, with the bidders' names by supplier id, the moderated scores
 * (bid id and question id to score), and whether this is the ranking a recorded decision was made on.
 */
public record Evaluated(
        Evaluation evaluation,
        EvaluationModel model,
        List<Bid> bids,
        DecisionMatrix matrix,
        WeightedSumResult result,
        Map<Long, String> names,
        Map<String, Integer> consensus,
        boolean decided) {

    /** The same bids with the ranking a decision was recorded on. */
    Evaluated asDecided(WeightedSumResult ranking) {
        return new Evaluated(evaluation, model, bids, matrix, ranking, names, consensus, true);
    }

    public Bid bid(String alternativeId) {
        long id = Long.parseLong(alternativeId);
        return bids.stream().filter(b -> b.id() == id).findFirst().orElseThrow();
    }

    public String name(String alternativeId) {
        return names.getOrDefault(bid(alternativeId).supplierId(), alternativeId);
    }

    /** The criterion's words: the question, the measure, or null for price (the page words it). */
    public String label(String criterionId) {
        if (criterionId.equals("price")) {
            return null;
        }
        return model.criteria().stream()
                .filter(c -> c.id().equals(criterionId))
                .findFirst()
                .map(c -> c.label())
                .orElse(criterionId);
    }
}
