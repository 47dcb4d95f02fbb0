package org.socialvaluehub.evaluation.award;

import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.results.Disregarded;
import org.socialvaluehub.evaluation.results.Disregards;
import org.socialvaluehub.evaluation.results.Evaluated;
import org.socialvaluehub.evaluation.results.Results;
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
    private final Disregards disregards;

    DecisionController(
            EvaluationAccess access,
            Results results,
            Decisions decisions,
            EvaluationAudit audit,
            Disregards disregards) {
        this.access = access;
        this.results = results;
        this.decisions = decisions;
        this.audit = audit;
        this.disregards = disregards;
    }

    @GetMapping({"/evaluations/{id}/decision", "/evaluations/{id}/lots/{lot}/decision"})
    String initDecisionForm(
            @PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user, Model model) {
        return page(access.asBuyer(id, lot, user), null, user, model);
    }

    @PostMapping({"/evaluations/{id}/decision", "/evaluations/{id}/lots/{lot}/decision"})
    String processDecisionForm(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @RequestParam(required = false) Long bidId,
            @RequestParam(defaultValue = "") String rationale,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        if (bidId == null || rationale.isBlank()) {
            return page(evaluation, "evaluation.decision.invalid", user, model);
        }
        var refused = decisions.record(evaluation, bidId, rationale, user);
        if (refused.isPresent()) {
            return page(evaluation, refused.get(), user, model);
        }
        redirect.addFlashAttribute("notice", "evaluation.decision.recorded");
        return "redirect:" + evaluation.path() + "/decision";
    }

    /** Disregards a tender before the decision, on a ground of s. 19(3) with reasons; the results leave it out. */
    @PostMapping({"/evaluations/{id}/disregard", "/evaluations/{id}/lots/{lot}/disregard"})
    String disregard(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @RequestParam(required = false) Long bidId,
            @RequestParam(required = false) Disregarded.Ground ground,
            @RequestParam(defaultValue = "") String reasons,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        if (bidId == null) {
            return page(evaluation, "evaluation.disregard.invalid", user, model);
        }
        var refused = disregards.disregard(evaluation, bidId, ground, reasons, user);
        if (refused.isPresent()) {
            return page(evaluation, refused.get(), user, model);
        }
        redirect.addFlashAttribute("notice", "evaluation.disregard.done");
        return "redirect:" + evaluation.path() + "/decision";
    }

    @PostMapping({"/evaluations/{id}/decision/approve", "/evaluations/{id}/lots/{lot}/decision/approve"})
    String approve(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            SignedInUser user,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        decisions.approve(evaluation, user);
        redirect.addFlashAttribute("notice", "evaluation.decision.approved");
        return "redirect:" + evaluation.path() + "/decision";
    }

    @PostMapping({"/evaluations/{id}/decision/withdraw", "/evaluations/{id}/lots/{lot}/decision/withdraw"})
    String withdraw(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @RequestParam(defaultValue = "") String reason,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        var error = decisions.withdraw(evaluation, reason, user);
        if (error.isPresent()) {
            return page(evaluation, error.get(), user, model);
        }
        redirect.addFlashAttribute("notice", "evaluation.decision.withdrawn");
        return "redirect:" + evaluation.path() + "/decision";
    }

    @PostMapping({"/evaluations/{id}/award", "/evaluations/{id}/lots/{lot}/award"})
    String award(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            SignedInUser user,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        decisions.award(evaluation, user);
        redirect.addFlashAttribute("notice", "evaluation.decision.awarded");
        return "redirect:" + evaluation.path() + "/decision";
    }

    @GetMapping({"/evaluations/{id}/audit", "/evaluations/{id}/lots/{lot}/audit"})
    String audit(@PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user, Model model) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        model.addAttribute("opportunity", evaluation);
        model.addAttribute("entries", audit.trail(evaluation, access.deadlinePassed(evaluation)));
        model.addAttribute("bidsOpen", access.deadlinePassed(evaluation));
        return "evaluation/audit";
    }

    private String page(Evaluation evaluation, String error, SignedInUser user, Model model) {
        Evaluated evaluated = results.evaluate(evaluation);
        model.addAttribute("opportunity", access.reread(evaluation));
        model.addAttribute("evaluated", evaluated);
        model.addAttribute("rows", evaluated.result().rows());
        Decision decision = decisions.find(evaluation).orElse(null);
        model.addAttribute("decision", decision);
        model.addAttribute("mayApprove", decision != null && decision.recordedBy() != user.id());
        model.addAttribute("error", error);
        model.addAttribute("mayWithdraw", decisions.mayWithdraw(evaluation, user));
        model.addAttribute("disregarded", disregards.all(evaluation));
        model.addAttribute("grounds", Disregarded.Ground.values());
        return "evaluation/decision";
    }
}
