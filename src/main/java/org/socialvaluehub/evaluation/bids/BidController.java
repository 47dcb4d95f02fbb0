package org.socialvaluehub.evaluation.bids;

import jakarta.validation.Valid;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.opportunities.Opportunity;
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

    @GetMapping("/evaluations/{id}/bid")
    String initBidForm(@PathVariable long id, SignedInUser user, Model model) {
        Opportunity opportunity = publicOpportunity(id);
        return page(opportunity, supplierOf(user), model);
    }

    @PostMapping("/evaluations/{id}/bid")
    String processBidForm(@PathVariable long id, @RequestParam(defaultValue = "save") String action, SignedInUser user,
                          @Valid @ModelAttribute("bid") BidForm form, BindingResult result, Model model,
                          RedirectAttributes redirect) {
        Opportunity opportunity = publicOpportunity(id);
        long supplier = supplierOf(user);
        EvaluationModel evaluationModel = modelOf(opportunity);
        if (result.hasErrors()) {
            return page(opportunity, supplier, model);
        }
        bids.saveDraft(opportunity, supplier, form.getPrice(), form.answersByQuestion(), user);
        if (action.equals("submit")) {
            var error = bids.submit(opportunity, evaluationModel, supplier, user);
            if (error.isPresent()) {
                result.reject(error.get());
                return page(opportunity, supplier, model);
            }
        }
        redirect.addFlashAttribute("notice", action.equals("submit") ? "evaluation.bid.submitted" : "evaluation.bid.saved");
        return "redirect:/evaluations/" + id + "/bid";
    }

    @PostMapping("/evaluations/{id}/bid/withdraw")
    String withdraw(@PathVariable long id, SignedInUser user, RedirectAttributes redirect) {
        bids.withdraw(publicOpportunity(id), supplierOf(user), user);
        redirect.addFlashAttribute("notice", "evaluation.bid.withdrawn");
        return "redirect:/evaluations/" + id + "/bid";
    }

    String page(Opportunity opportunity, long supplier, Model model) {
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("evaluationModel", modelOf(opportunity));
        model.addAttribute("ownBid", sealed.own(opportunity, supplier).orElse(null));
        model.addAttribute("openForBids", bids.openForBids(opportunity));
        model.addAttribute("fileMaxSize", files.maxSize());
        model.addAttribute("base", "/evaluations/" + opportunity.id());
        if (!model.containsAttribute("bid")) {
            model.addAttribute("bid", sealed.own(opportunity, supplier).map(BidForm::of).orElseGet(BidForm::new));
        }
        if (!model.containsAttribute("commitment")) {
            model.addAttribute("commitment", new CommitmentForm());
        }
        return "evaluation/bid";
    }

    Opportunity publicOpportunity(long id) {
        Opportunity opportunity = access.opportunity(id);
        if (!opportunity.status().isPublic()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return opportunity;
    }

    EvaluationModel modelOf(Opportunity opportunity) {
        return models.find(opportunity).orElseThrow(() -> Refused.conflict("evaluation.refused.noModel"));
    }

    /** The supplier organisation the person bids for: the first where they hold the supplier role. */
    static long supplierOf(SignedInUser user) {
        if (user == null) {
            throw new org.springframework.security.access.AccessDeniedException("Not signed in");
        }
        return user.organisationIds().stream().filter(org -> user.hasRole(org, Role.SUPPLIER)).sorted().findFirst()
                .orElseThrow(() -> Refused.forbidden("evaluation.refused.notSupplier"));
    }
}
