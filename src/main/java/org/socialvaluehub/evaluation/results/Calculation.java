package org.socialvaluehub.evaluation.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.common.BidderNames;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.core.Alternative;
import org.socialvaluehub.evaluation.core.Criterion;
import org.socialvaluehub.evaluation.core.DecisionMatrix;
import org.socialvaluehub.evaluation.core.Direction;
import org.socialvaluehub.evaluation.core.Scoring;
import org.socialvaluehub.evaluation.core.WeightedSum;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.model.MeasureCriterion;
import org.socialvaluehub.evaluation.model.Question;
import org.socialvaluehub.evaluation.model.WeightedCriterion;
import org.socialvaluehub.evaluation.scoring.Score;
import org.socialvaluehub.evaluation.scoring.Scores;
import org.springframework.stereotype.Component;

/**
 * Puts the opened bids still assessed (none disregarded) through the published model with the scoring core: price, the
 * moderated scores of
 * every answer and the commitments per measure become a decision matrix scored by the weighted sum.
 */
@Component
class Calculation {

    private final EvaluationModels models;
    private final Disregards disregards;
    private final Scores scores;
    private final Valuations valuations;
    private final BidderNames names;

    Calculation(
            EvaluationModels models, Disregards disregards, Scores scores, Valuations valuations, BidderNames names) {
        this.models = models;
        this.disregards = disregards;
        this.scores = scores;
        this.valuations = valuations;
        this.names = names;
    }

    /**
     * The evaluated bids on the moderated scores given (bid id and question id to score), or on those recorded
     * now when null; refused while sealed, without bids, or while any answer lacks a moderated score.
     */
    Evaluated evaluate(Evaluation evaluation, Map<String, Integer> moderated) {
        EvaluationModel model =
                models.find(evaluation).orElseThrow(() -> Refused.conflict("evaluation.refused.noModel"));
        List<Bid> bids = disregards.assessed(evaluation);
        if (bids.isEmpty()) {
            throw Refused.conflict("evaluation.refused.noBids");
        }
        Map<String, Integer> consensus = new HashMap<>();
        if (moderated != null) {
            consensus.putAll(moderated);
        } else {
            for (Score score : scores.consensus(evaluation)) {
                consensus.put(score.bidId() + "-" + score.questionId(), score.score());
            }
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (Bid bid : bids) {
            Map<String, Double> values = new HashMap<>();
            values.put("price", bid.price().doubleValue());
            for (Question question : model.questions()) {
                Integer score = consensus.get(bid.id() + "-" + question.id());
                if (score == null) {
                    throw Refused.conflict("evaluation.refused.notModerated");
                }
                values.put(question.criterionId(), score.doubleValue());
            }
            for (MeasureCriterion measure : model.measures()) {
                BigDecimal quantity = bid.quantity(measure.measureCode());
                values.put(
                        measure.criterionId(),
                        measure.scoring().equals("monetised-over-best")
                                ? valuations.central(evaluation, measure.measureCode(), quantity)
                                : quantity.doubleValue());
            }
            alternatives.add(new Alternative(String.valueOf(bid.id()), values));
        }
        DecisionMatrix matrix = DecisionMatrix.of(criteria(model), alternatives);
        return new Evaluated(
                evaluation,
                model,
                bids,
                matrix,
                WeightedSum.evaluate(matrix),
                names.of(bids.stream().map(Bid::supplierId).toList()),
                Map.copyOf(consensus),
                false,
                Map.of());
    }

    private static List<Criterion> criteria(EvaluationModel model) {
        List<Criterion> criteria = new ArrayList<>();
        for (WeightedCriterion c : model.criteria()) {
            Double contractValue = model.estimatedValue() == null
                    ? null
                    : model.estimatedValue().doubleValue();
            Scoring scoring = Scoring.named(
                    c.scoring(),
                    c.id(),
                    new Scoring.Parameters(
                            100.0, c.target() == null ? null : c.target().doubleValue(), contractValue));
            criteria.add(new Criterion(
                    c.id(), c.group().equals("price") ? Direction.COST : Direction.BENEFIT, c.percent(), scoring));
        }
        return criteria;
    }
}
