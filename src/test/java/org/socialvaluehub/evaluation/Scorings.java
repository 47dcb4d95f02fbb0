package org.socialvaluehub.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.model.Question;
import org.socialvaluehub.evaluation.scoring.Evaluators;
import org.socialvaluehub.evaluation.scoring.Scores;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/** Test fixture: names the scenario's evaluators, has them declare, score and submit, and moderates. */
@Component
public class Scorings {

    private final Evaluations evaluations;
    private final Opportunities opportunities;
    private final EvaluationModels models;
    private final Evaluators evaluators;
    private final Scores scores;

    Scorings(
            Evaluations evaluations,
            Opportunities opportunities,
            EvaluationModels models,
            Evaluators evaluators,
            Scores scores) {
        this.evaluations = evaluations;
        this.opportunities = opportunities;
        this.models = models;
        this.evaluators = evaluators;
        this.scores = scores;
    }

    /** The scenario's evaluation: the whole opportunity, which has no lots. */
    public Evaluation opportunity(Evaluations.Scenario scenario) {
        return Evaluation.whole(opportunities.find(scenario.opportunityId()).orElseThrow());
    }

    public SignedInUser buyer(Evaluations.Scenario scenario) {
        return evaluations.user(scenario.buyerId(), scenario.buyerEmail(), Role.BUYER);
    }

    public SignedInUser evaluator(Evaluations.Scenario scenario, int i) {
        return evaluations.user(scenario.buyerId(), scenario.evaluatorEmails().get(i), Role.EVALUATOR);
    }

    public void nameEvaluators(Evaluations.Scenario scenario) {
        for (int i = 0; i < scenario.evaluatorEmails().size(); i++) {
            evaluators.name(opportunity(scenario), evaluator(scenario, i).id(), buyer(scenario));
        }
    }

    /** Every evaluator declares no conflict, scores every answer (bid A higher on quality) and submits. */
    public void scoreAll(Evaluations.Scenario scenario) {
        scoreAll(scenario, Map.of());
    }

    /**
     * Every evaluator declares a conflict with the supplier given for its index (none with the others), scores every
     * answer it may read (bid A higher on quality) and submits.
     */
    public void scoreAll(Evaluations.Scenario scenario, Map<Integer, Long> conflicts) {
        Evaluation opportunity = opportunity(scenario);
        EvaluationModel model = models.find(opportunity).orElseThrow();
        for (int i = 0; i < scenario.evaluatorEmails().size(); i++) {
            SignedInUser evaluator = evaluator(scenario, i);
            Long conflicted = conflicts.get(i);
            evaluators.declare(
                    opportunity,
                    evaluator,
                    Map.of(
                            scenario.supplierIds().get(0),
                            scenario.supplierIds().get(0).equals(conflicted),
                            scenario.supplierIds().get(1),
                            scenario.supplierIds().get(1).equals(conflicted)));
            for (Bid bid : evaluators.bidsFor(opportunity, evaluator)) {
                int mark = bid.supplierId() == scenario.supplierIds().get(0) ? 75 : 50;
                Map<Long, Integer> marks = new HashMap<>();
                Map<Long, String> why = new HashMap<>();
                for (Question q : model.questions()) {
                    marks.put(q.id(), mark);
                    why.put(q.id(), "Evaluator " + i + " justification " + mark);
                }
                scores.save(opportunity, model, evaluator, bid.id(), marks, why).ifPresent(e -> {
                    throw new IllegalStateException(e);
                });
            }
            scores.submit(opportunity, model, evaluator).ifPresent(e -> {
                throw new IllegalStateException(e);
            });
        }
    }

    /** The buyer records the consensus of every answer as the evaluators' common score. */
    public void moderateAll(Evaluations.Scenario scenario, SealedBids sealed) {
        Evaluation opportunity = opportunity(scenario);
        EvaluationModel model = models.find(opportunity).orElseThrow();
        for (Bid bid : sealed.opened(opportunity)) {
            for (Question q : model.questions()) {
                int mark = bid.supplierId() == scenario.supplierIds().get(0) ? 75 : 50;
                scores.moderate(opportunity, buyer(scenario), bid.id(), q.id(), mark, "Agreed at " + mark);
            }
        }
    }

    public List<Long> bidIds(Evaluations.Scenario scenario, SealedBids sealed) {
        return scenario.supplierIds().stream()
                .map(s -> sealed.own(opportunity(scenario), s).orElseThrow().id())
                .toList();
    }
}
