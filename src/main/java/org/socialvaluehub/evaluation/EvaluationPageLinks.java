package org.socialvaluehub.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.scoring.Evaluators;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.opportunities.OpportunityPageLinks;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The evaluation's links on an opportunity's page: the published model, the bid, and the evaluation itself; with
 * lots, the bid and evaluation links lead to a choice of lot.
 */
@Component
class EvaluationPageLinks implements OpportunityPageLinks {

    private final EvaluationModels models;
    private final Evaluators evaluators;
    private final EvaluationAccess access;

    EvaluationPageLinks(EvaluationModels models, Evaluators evaluators, EvaluationAccess access) {
        this.models = models;
        this.evaluators = evaluators;
        this.access = access;
    }

    @Override
    public List<PageLink> linksFor(Opportunity opportunity, SignedInUser user) {
        List<PageLink> links = new ArrayList<>();
        String base = "/evaluations/" + opportunity.id();
        boolean buyer = access.isBuyer(user, opportunity);
        boolean hasModel =
                Evaluation.of(opportunity).stream().anyMatch(e -> models.find(e).isPresent());
        if (hasModel && (opportunity.status().isPublic() || buyer)) {
            links.add(new PageLink("evaluation.pageLink.scoring", base + "/how-bids-are-scored"));
        }
        if (hasModel
                && opportunity.status() == OpportunityStatus.OPEN
                && user != null
                && user.organisationIds().stream().anyMatch(org -> user.hasRole(org, Role.SUPPLIER))) {
            links.add(new PageLink("evaluation.pageLink.bid", base + "/bid"));
        }
        boolean evaluator = Evaluation.of(opportunity).stream()
                .anyMatch(e -> evaluators.evaluator(e, user).isPresent());
        if (buyer || evaluator) {
            links.add(new PageLink(
                    "evaluation.pageLink.evaluation",
                    buyer
                                    && !opportunity.status().isPublic()
                                    && opportunity.lots().isEmpty()
                            ? base + "/model"
                            : base));
        }
        return links;
    }
}
