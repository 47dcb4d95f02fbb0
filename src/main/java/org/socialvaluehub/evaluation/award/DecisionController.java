package org.socialvaluehub.evaluation.award;

import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.results.Evaluated;
import org.socialvaluehub.evaluation.results.Results;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buyer records the award decision, colleagues approve it, and the contract is awarded; the audit trail beside. */
@Controller
class DecisionController {

    private final EvaluationAccess access;
    private final Results results;
    private final Decisions decisions;
    private final EvaluationAudit audit;

    DecisionController(EvaluationAccess access, Results results, Decisions decisions, EvaluationAudit audit) {
        this.access = access;
        this.results = results;
        this.decisions = decisions;
        this.audit = audit;
    }

    @GetMapping("/evaluations/{id}/decision")
    String initDecisionForm(@PathVariable long id, SignedInUser user, Model model) {
        return page(access.asBuyer(id, user), null, model);
    }

    @PostMapping("/evaluations/{id}/decision")
    String processDecisionForm(@PathVariable long id, @RequestParam(required = false) Long bidId,
                               @RequestParam(defaultValue = "") String rationale, SignedInUser user, Model model,
                               RedirectAttributes redirect) {
        Opportunity opportunity = access.asBuyer(id, user);
        if (bidId == null || rationale.isBlank()) {
            return page(opportunity, "evaluation.decision.invalid", model);
        }
        decisions.record(opportunity, bidId, rationale, user);
        redirect.addFlashAttribute("notice", "evaluation.decision.recorded");
        return "redirect:/evaluations/" + id + "/decision";
    }

    @PostMapping("/evaluations/{id}/decision/approve")
    String approve(@PathVariable long id, SignedInUser user, RedirectAttributes redirect) {
        decisions.approve(access.asBuyer(id, user), user);
        redirect.addFlashAttribute("notice", "evaluation.decision.approved");
        return "redirect:/evaluations/" + id + "/decision";
    }

    @PostMapping("/evaluations/{id}/award")
    String award(@PathVariable long id, SignedInUser user, RedirectAttributes redirect) {
        decisions.award(access.asBuyer(id, user), user);
        redirect.addFlashAttribute("notice", "evaluation.decision.awarded");
        return "redirect:/evaluations/" + id + "/decision";
    }

    @GetMapping("/evaluations/{id}/audit")
    String audit(@PathVariable long id, SignedInUser user, Model model) {
        Opportunity opportunity = access.asBuyer(id, user);
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("entries", audit.trail(opportunity.id(), access.deadlinePassed(opportunity)));
        model.addAttribute("bidsOpen", access.deadlinePassed(opportunity));
        return "evaluation/audit";
    }

    private String page(Opportunity opportunity, String error, Model model) {
        Evaluated evaluated = results.evaluate(opportunity);
        model.addAttribute("opportunity", access.opportunity(opportunity.id()));
        model.addAttribute("evaluated", evaluated);
        model.addAttribute("rows", evaluated.result().rows());
        model.addAttribute("decision", decisions.find(opportunity).orElse(null));
        model.addAttribute("error", error);
        return "evaluation/decision";
    }
}
