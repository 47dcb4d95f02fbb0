package org.socialvaluehub.evaluation.bids;

import jakarta.validation.Valid;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A supplier prepares its bid: price and answers, saved as a draft, submitted, withdrawn or resubmitted. */
@Controller
class BidController {

    private final EvaluationAccess access;
    private final EvaluationModels models;
    private final Bids bids;
    private final SealedBids sealed;
    private final AnswerFiles files;

    BidController(EvaluationAccess access, EvaluationModels models, Bids bids, SealedBids sealed, AnswerFiles files) {
        this.files = files;
        this.access = access;
        this.models = models;
        this.bids = bids;
        this.sealed = sealed;
    }

    @GetMapping({"/evaluations/{id}/bid", "/evaluations/{id}/lots/{lot}/bid"})
    String initBidForm(
            @PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user, Model model) {
        if (lot == null && !access.opportunity(id).lots().isEmpty()) {
            model.addAttribute("opportunity", publicEvaluation(id, 1).opportunity());
            supplierOf(user);
            model.addAttribute("then", "/bid");
            return "evaluation/lots";
        }
        Evaluation evaluation = publicEvaluation(id, lot);
        return page(evaluation, supplierOf(user), model);
    }

    @PostMapping({"/evaluations/{id}/bid", "/evaluations/{id}/lots/{lot}/bid"})
    String processBidForm(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @RequestParam(defaultValue = "save") String action,
            SignedInUser user,
            @Valid @ModelAttribute("bid") BidForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Evaluation evaluation = publicEvaluation(id, lot);
        long supplier = supplierOf(user);
        EvaluationModel evaluationModel = modelOf(evaluation);
        if (!Bids.answersItsOwnQuestions(
                evaluationModel, form.answersByQuestion().keySet())) {
            result.reject("evaluation.bid.answers.unknown");
        }
        if (result.hasErrors()) {
            return page(evaluation, supplier, model);
        }
        bids.saveDraft(evaluation, evaluationModel, supplier, form.getPrice(), form.answersByQuestion(), user);
        if (action.equals("submit")) {
            var error = bids.submit(evaluation, evaluationModel, supplier, user);
            if (error.isPresent()) {
                result.reject(error.get());
                return page(evaluation, supplier, model);
            }
        }
        redirect.addFlashAttribute(
                "notice", action.equals("submit") ? "evaluation.bid.submitted" : "evaluation.bid.saved");
        return "redirect:" + evaluation.path() + "/bid";
    }

    @PostMapping({"/evaluations/{id}/bid/withdraw", "/evaluations/{id}/lots/{lot}/bid/withdraw"})
    String withdraw(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            SignedInUser user,
            RedirectAttributes redirect) {
        Evaluation evaluation = publicEvaluation(id, lot);
        bids.withdraw(evaluation, supplierOf(user), user);
        redirect.addFlashAttribute("notice", "evaluation.bid.withdrawn");
        return "redirect:" + evaluation.path() + "/bid";
    }

    String page(Evaluation evaluation, long supplier, Model model) {
        model.addAttribute("opportunity", evaluation);
        model.addAttribute("evaluationModel", modelOf(evaluation));
        model.addAttribute("ownBid", sealed.own(evaluation, supplier).orElse(null));
        model.addAttribute("openForBids", bids.openForBids(evaluation));
        model.addAttribute("fileMaxSize", files.maxSize());
        model.addAttribute("base", evaluation.path());
        if (!model.containsAttribute("bid")) {
            model.addAttribute(
                    "bid", sealed.own(evaluation, supplier).map(BidForm::of).orElseGet(BidForm::new));
        }
        if (!model.containsAttribute("commitment")) {
            model.addAttribute("commitment", new CommitmentForm());
        }
        return "evaluation/bid";
    }

    /** The evaluation of a public opportunity (or of one of its lots); 404 for drafts and for unknown lots. */
    Evaluation publicEvaluation(long id, Integer lot) {
        Evaluation evaluation = access.evaluation(id, lot);
        if (!evaluation.status().isPublic()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return evaluation;
    }

    EvaluationModel modelOf(Evaluation evaluation) {
        return models.find(evaluation).orElseThrow(() -> Refused.conflict("evaluation.refused.noModel"));
    }

    /** The supplier organisation the person bids for: the first where they hold the supplier role. */
    static long supplierOf(SignedInUser user) {
        if (user == null) {
            throw new org.springframework.security.access.AccessDeniedException("Not signed in");
        }
        return user.organisationIds().stream()
                .filter(org -> user.hasRole(org, Role.SUPPLIER))
                .sorted()
                .findFirst()
                .orElseThrow(() -> Refused.forbidden("evaluation.refused.notSupplier"));
    }
}
