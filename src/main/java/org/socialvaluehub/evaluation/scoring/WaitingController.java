package org.socialvaluehub.evaluation.scoring;

import org.socialvaluehub.evaluation.scoring.EvaluationWork.Kind;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** One kind of evaluation work waiting for the person, as the home page counts it: {@code /evaluations?waiting=...}. */
@Controller
class WaitingController {

    private final EvaluationWork work;

    WaitingController(EvaluationWork work) {
        this.work = work;
    }

    @GetMapping(value = "/evaluations", params = "waiting")
    String waiting(@RequestParam String waiting, SignedInUser user, Model model) {
        Kind kind = Kind.of(waiting).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("kind", kind.word());
        model.addAttribute("items", work.list(kind, user));
        return "evaluation/waiting";
    }
}
