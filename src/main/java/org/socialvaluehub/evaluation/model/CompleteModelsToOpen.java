package org.socialvaluehub.evaluation.model;

import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.opportunities.OpeningCheck;
import org.socialvaluehub.opportunities.OpeningRefused;
import org.socialvaluehub.opportunities.Opportunity;
import org.springframework.stereotype.Component;

/**
 * An opportunity opens for bids only when every weighted part of each of its evaluation models has something
 * to score, so the weights bidders read are the weights applied (Procurement Act 2023, s. 23(3)(b)).
 */
@Component
class CompleteModelsToOpen implements OpeningCheck {

    private final ModelRepository repository;

    CompleteModelsToOpen(ModelRepository repository) {
        this.repository = repository;
    }

    @Override
    public void check(Opportunity opportunity) {
        for (Evaluation evaluation : Evaluation.of(opportunity)) {
            repository
                    .find(evaluation)
                    .flatMap(model -> model.emptyWeightedParts().stream().findFirst())
                    .ifPresent(part -> {
                        throw new OpeningRefused("evaluation.model.open.empty." + part, evaluation.lotNumber());
                    });
        }
    }
}
