package org.socialvaluehub.evaluation.bids;

import jakarta.validation.Valid;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A supplier adds and removes the social value commitments of its bid. */
@Controller
class CommitmentController {

    private final BidController bidPage;
    private final Bids bids;

    CommitmentController(BidController bidPage, Bids bids) {
        this.bidPage = bidPage;
        this.bids = bids;
    }

    @PostMapping({"/evaluations/{id}/bid/commitments", "/evaluations/{id}/lots/{lot}/bid/commitments"})
    String add(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            SignedInUser user,
            @Valid @ModelAttribute("commitment") CommitmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Evaluation evaluation = bidPage.publicEvaluation(id, lot);
        long supplier = BidController.supplierOf(user);
        boolean known = bidPage.modelOf(evaluation).measures().stream()
                .anyMatch(m -> m.measureCode().equals(form.getMeasureCode()));
        if (!result.hasFieldErrors("measureCode") && !known) {
            result.rejectValue("measureCode", "evaluation.model.measure.unknown");
        }
        if (result.hasErrors()) {
            return bidPage.page(evaluation, supplier, model);
        }
        bids.addCommitment(
                evaluation,
                supplier,
                form.getMeasureCode(),
                form.getQuantity(),
                form.getDeliveryDate(),
                form.getLocality(),
                user);
        redirect.addFlashAttribute("notice", "evaluation.bid.commitmentAdded");
        return "redirect:" + evaluation.path() + "/bid";
    }

    @PostMapping({
        "/evaluations/{id}/bid/commitments/{commitmentId}/delete",
        "/evaluations/{id}/lots/{lot}/bid/commitments/{commitmentId}/delete"
    })
    String remove(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @PathVariable long commitmentId,
            SignedInUser user,
            RedirectAttributes redirect) {
        Evaluation evaluation = bidPage.publicEvaluation(id, lot);
        bids.removeCommitment(evaluation, BidController.supplierOf(user), commitmentId, user);
        redirect.addFlashAttribute("notice", "evaluation.bid.commitmentRemoved");
        return "redirect:" + evaluation.path() + "/bid";
    }
}
