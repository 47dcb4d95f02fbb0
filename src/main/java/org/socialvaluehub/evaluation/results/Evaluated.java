package org.socialvaluehub.evaluation.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.core.DecisionMatrix;
import org.socialvaluehub.evaluation.core.PriceChecks;
import org.socialvaluehub.evaluation.core.WeightedSumResult;
import org.socialvaluehub.evaluation.model.EvaluationModel;

/**
 * An opportunity's bids put through its model: the decision matrix of moderated scores, prices and
 * commitments, and the weighted-sum result, with the bidders' names by supplier id, the moderated scores
 * (bid id and question id to score), whether this is the ranking a recorded decision was made on, and the
 * price checks' flags by bid (alternative) id.
 */
public record Evaluated(
        Evaluation evaluation,
        EvaluationModel model,
        List<Bid> bids,
        DecisionMatrix matrix,
        WeightedSumResult result,
        Map<Long, String> names,
        Map<String, Integer> consensus,
        boolean decided,
        Map<String, Set<PriceChecks.Flag>> priceFlags) {

    /** The same bids with the ranking a decision was recorded on. */
    Evaluated asDecided(WeightedSumResult ranking) {
        return new Evaluated(evaluation, model, bids, matrix, ranking, names, consensus, true, priceFlags);
    }

    /** The same results with the price checks' flags, worked out under the partnership's rule. */
    Evaluated checkingPrices(double percentBelowMedian) {
        Map<String, Double> prices = new LinkedHashMap<>();
        bids.forEach(b -> prices.put(String.valueOf(b.id()), b.price().doubleValue()));
        Double budget =
                model.estimatedValue() == null ? null : model.estimatedValue().doubleValue();
        return new Evaluated(
                evaluation,
                model,
                bids,
                matrix,
                result,
                names,
                consensus,
                decided,
                PriceChecks.check(prices, budget, percentBelowMedian));
    }

    public boolean anyPriceFlagged() {
        return priceFlags.values().stream().anyMatch(flags -> !flags.isEmpty());
    }

    /** The price checks' flags of this bid (alternative id); none before the checks ran. */
    public Set<PriceChecks.Flag> flags(String alternativeId) {
        return priceFlags.getOrDefault(alternativeId, Set.of());
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
