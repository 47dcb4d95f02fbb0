package org.socialvaluehub.evaluation.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.socialvaluehub.evaluation.bids.Bids;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.Refused;
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

    OverviewController(
            EvaluationAccess access, EvaluationModels models, SealedBids sealed, Evaluators evaluators, Bids bids) {
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

    @GetMapping({"/evaluations/{id}", "/evaluations/{id}/lots/{lot}"})
    String show(@PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user, Model model) {
        Opportunity opportunity = access.opportunity(id);
        if (lot == null && !opportunity.lots().isEmpty()) {
            return lots(opportunity, user, model);
        }
        Evaluation evaluation = access.evaluation(id, lot);
        boolean buyer = access.isBuyer(user, evaluation);
        if (!buyer) {
            evaluators.requireEvaluator(evaluation, user);
        }
        model.addAttribute("opportunity", evaluation);
        model.addAttribute("buyer", buyer);
        model.addAttribute("evaluationModel", models.find(evaluation).orElse(null));
        model.addAttribute("received", sealed.received(evaluation));
        model.addAttribute("deadlinePassed", access.deadlinePassed(evaluation));
        model.addAttribute("evaluators", evaluators.list(evaluation));
        model.addAttribute("candidates", buyer ? evaluators.candidates(evaluation) : List.of());
        model.addAttribute("self", evaluators.evaluator(evaluation, user).orElse(null));
        return "evaluation/overview";
    }

    @PostMapping({"/evaluations/{id}/evaluators", "/evaluations/{id}/lots/{lot}/evaluators"})
    String name(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @RequestParam long userId,
            SignedInUser user,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        evaluators.name(evaluation, userId, user);
        redirect.addFlashAttribute("notice", "evaluation.evaluators.named");
        return "redirect:" + evaluation.path();
    }

    /** An opportunity with lots: its buyer and evaluators choose the lot to work on. */
    private String lots(Opportunity opportunity, SignedInUser user, Model model) {
        if (!access.isBuyer(user, opportunity)
                && Evaluation.of(opportunity).stream()
                        .noneMatch(e -> evaluators.evaluator(e, user).isPresent())) {
            throw Refused.forbidden("evaluation.refused.notNamed");
        }
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("then", "");
        return "evaluation/lots";
    }

    private List<Opportunity> opportunities(List<Long> ids) {
        List<Opportunity> found = new ArrayList<>();
        ids.forEach(id -> access.opportunities().find(id).ifPresent(found::add));
        return found;
    }
}
