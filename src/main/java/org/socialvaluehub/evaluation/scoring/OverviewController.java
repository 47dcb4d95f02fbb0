package org.socialvaluehub.evaluation.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.socialvaluehub.evaluation.bids.Bids;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluations a person takes part in, and one evaluation's overview: its stage, its bids count, its evaluators. */
@Controller
class OverviewController {

    private final EvaluationAccess access;
    private final EvaluationModels models;
    private final SealedBids sealed;
    private final Evaluators evaluators;
    private final Bids bids;

    OverviewController(EvaluationAccess access, EvaluationModels models, SealedBids sealed, Evaluators evaluators,
                       Bids bids) {
        this.access = access;
        this.models = models;
        this.sealed = sealed;
        this.evaluators = evaluators;
        this.bids = bids;
    }

    @GetMapping("/evaluations")
    String list(SignedInUser user, Model model) {
        Set<Long> buyerOrgs = new LinkedHashSet<>();
        Set<Long> supplierOrgs = new LinkedHashSet<>();
        for (long org : user.organisationIds()) {
            if (user.hasRole(org, Role.BUYER) || user.hasRole(org, Role.ORG_ADMIN)) {
                buyerOrgs.add(org);
            }
            if (user.hasRole(org, Role.SUPPLIER)) {
                supplierOrgs.add(org);
            }
        }
        model.addAttribute("asBuyer", opportunities(models.opportunitiesOfBuyers(buyerOrgs)));
        model.addAttribute("asEvaluator", opportunities(evaluators.opportunitiesOf(user.id())));
        model.addAttribute("asSupplier", opportunities(bids.opportunitiesOfSuppliers(supplierOrgs)));
        return "evaluation/list";
    }

    @GetMapping("/evaluations/{id}")
    String show(@PathVariable long id, SignedInUser user, Model model) {
        Opportunity opportunity = access.opportunity(id);
        boolean buyer = access.isBuyer(user, opportunity);
        if (!buyer) {
            evaluators.requireEvaluator(opportunity, user);
        }
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("buyer", buyer);
        model.addAttribute("evaluationModel", models.find(opportunity).orElse(null));
        model.addAttribute("received", sealed.received(opportunity));
        model.addAttribute("deadlinePassed", access.deadlinePassed(opportunity));
        model.addAttribute("evaluators", evaluators.list(opportunity));
        model.addAttribute("candidates", buyer ? evaluators.candidates(opportunity) : List.of());
        model.addAttribute("self", evaluators.evaluator(opportunity, user).orElse(null));
        return "evaluation/overview";
    }

    @PostMapping("/evaluations/{id}/evaluators")
    String name(@PathVariable long id, @RequestParam long userId, SignedInUser user, RedirectAttributes redirect) {
        evaluators.name(access.asBuyer(id, user), userId, user);
        redirect.addFlashAttribute("notice", "evaluation.evaluators.named");
        return "redirect:/evaluations/" + id;
    }

    private List<Opportunity> opportunities(List<Long> ids) {
        List<Opportunity> found = new ArrayList<>();
        ids.forEach(id -> access.opportunities().find(id).ifPresent(found::add));
        return found;
    }
}
