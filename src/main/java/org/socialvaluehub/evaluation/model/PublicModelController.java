package org.socialvaluehub.evaluation.model;

import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The published model: anyone can read exactly how an opportunity's bids will be scored. */
@Controller
class PublicModelController {

    private final EvaluationAccess access;
    private final EvaluationModels models;

    PublicModelController(EvaluationAccess access, EvaluationModels models) {
        this.access = access;
        this.models = models;
    }

    @GetMapping("/evaluations/{id}/how-bids-are-scored")
    String show(@PathVariable long id, SignedInUser user, Model model) {
        Opportunity opportunity = access.opportunity(id);
        if (!opportunity.status().isPublic() && !access.isBuyer(user, opportunity)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        EvaluationModel evaluationModel = models.find(opportunity)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("evaluationModel", evaluationModel);
        model.addAttribute("criteria", evaluationModel.criteria());
        return "evaluation/how-bids-are-scored";
    }
}
