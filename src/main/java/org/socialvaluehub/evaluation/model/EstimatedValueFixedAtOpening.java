package org.socialvaluehub.evaluation.model;

import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.opportunities.OpportunityStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * As an opportunity opens, each of its models keeps the estimated contract value the target-per-£1m formulas
 * read, so a later edit of the opportunity's value cannot change how bids are scored after bidders relied on it.
 * It runs in the opening's own transaction: an opportunity is never open with its value unfixed.
 */
@Component
class EstimatedValueFixedAtOpening {

    private final Opportunities opportunities;
    private final ModelRepository repository;

    EstimatedValueFixedAtOpening(Opportunities opportunities, ModelRepository repository) {
        this.opportunities = opportunities;
        this.repository = repository;
    }

    @EventListener
    void on(OpportunityStatusChanged changed) {
        if (changed.to() != OpportunityStatus.OPEN) {
            return;
        }
        opportunities.find(changed.opportunityId()).stream()
                .flatMap(opportunity -> Evaluation.of(opportunity).stream())
                .forEach(evaluation -> repository.fixEstimatedValue(evaluation, evaluation.estimatedValue()));
    }
}
