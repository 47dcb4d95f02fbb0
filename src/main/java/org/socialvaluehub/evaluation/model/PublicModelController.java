package org.socialvaluehub.evaluation.model;

import java.util.List;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The published model: anyone can read exactly how an opportunity's bids (each lot's, with lots) will be scored. */
@Controller
class PublicModelController {

    private final EvaluationAccess access;
    private final EvaluationModels models;

    PublicModelController(EvaluationAccess access, EvaluationModels models) {
        this.access = access;
        this.models = models;
    }

    /** A published model, and the lot it is for (none for an opportunity without lots). */
    record Published(Evaluation evaluation, EvaluationModel model) {}

    /** One page for the whole opportunity: with lots, each lot's model in turn. */
    @GetMapping("/evaluations/{id}/how-bids-are-scored")
    String show(@PathVariable long id, SignedInUser user, Model model) {
        Opportunity opportunity = access.opportunity(id);
        if (!opportunity.status().isPublic() && !access.isBuyer(user, opportunity)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<Published> published = Evaluation.of(opportunity).stream()
                .flatMap(e -> models.find(e).map(m -> new Published(e, m)).stream())
                .toList();
        if (published.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("published", published);
        return "evaluation/how-bids-are-scored";
    }
}
