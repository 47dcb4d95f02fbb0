package org.socialvaluehub.evaluation.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.BidderNames;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An evaluator declares, for each bidding organisation, whether they have a conflict of interest. */
@Controller
class ConflictController {

    private final EvaluationAccess access;
    private final Evaluators evaluators;
    private final SealedBids sealed;
    private final BidderNames names;

    ConflictController(EvaluationAccess access, Evaluators evaluators, SealedBids sealed, BidderNames names) {
        this.access = access;
        this.evaluators = evaluators;
        this.sealed = sealed;
        this.names = names;
    }

    @GetMapping({"/evaluations/{id}/conflicts", "/evaluations/{id}/lots/{lot}/conflicts"})
    String initConflictsForm(
            @PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user, Model model) {
        Evaluation evaluation = access.evaluation(id, lot);
        evaluators.requireEvaluator(evaluation, user);
        List<Long> bidders =
                sealed.opened(evaluation).stream().map(b -> b.supplierId()).toList();
        model.addAttribute("opportunity", evaluation);
        model.addAttribute("bidders", names.of(bidders));
        model.addAttribute("declared", evaluators.declarations(evaluation, user));
        return "evaluation/conflicts";
    }

    @PostMapping({"/evaluations/{id}/conflicts", "/evaluations/{id}/lots/{lot}/conflicts"})
    String processConflictsForm(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @RequestParam Map<String, String> form,
            SignedInUser user,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.evaluation(id, lot);
        Map<Long, Boolean> conflicts = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.matches("supplier-\\d{1,18}") && (value.equals("none") || value.equals("conflict"))) {
                conflicts.put(Long.parseLong(key.substring("supplier-".length())), value.equals("conflict"));
            }
        });
        evaluators.declare(evaluation, user, conflicts);
        redirect.addFlashAttribute("notice", "evaluation.conflicts.saved");
        return "redirect:" + evaluation.path() + "/score";
    }
}
