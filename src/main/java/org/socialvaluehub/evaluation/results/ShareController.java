package org.socialvaluehub.evaluation.results;

import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.EvaluationShares;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council's own people share an evaluation's results and report with the partnership team, or stop sharing. */
@Controller
class ShareController {

    private final EvaluationAccess access;
    private final EvaluationShares shares;

    ShareController(EvaluationAccess access, EvaluationShares shares) {
        this.access = access;
        this.shares = shares;
    }

    @PostMapping({"/evaluations/{id}/share", "/evaluations/{id}/lots/{lot}/share"})
    String share(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @RequestParam(defaultValue = "false") boolean shared,
            SignedInUser user,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        shares.share(evaluation, shared, user);
        redirect.addFlashAttribute("notice", shared ? "evaluation.share.shared" : "evaluation.share.unshared");
        return "redirect:" + evaluation.path() + "/results";
    }
}
