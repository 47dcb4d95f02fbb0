package org.socialvaluehub.opportunities;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The lists the home page counts: a buyer's waiting opportunities, and the answers to a supplier's questions. */
@Controller
class WorkController {

    static final String MANAGE = "/opportunities/manage";
    static final String ANSWERS = "/opportunities/answers";

    private final OpportunityWork work;

    WorkController(OpportunityWork work) {
        this.work = work;
    }

    @GetMapping(value = MANAGE, params = "waiting")
    String waiting(@RequestParam String waiting, org.socialvaluehub.shared.SignedInUser user, Model model) {
        OpportunityWork.Kind kind =
                OpportunityWork.Kind.of(waiting).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("waiting", kind.word());
        model.addAttribute("opportunities", work.asBuyer(kind, user));
        return "opportunities/manage";
    }

    @GetMapping(ANSWERS)
    String answers(org.socialvaluehub.shared.SignedInUser user, Model model) {
        model.addAttribute("answers", work.answers(user));
        return "opportunities/answers";
    }
}
