package org.socialvaluehub.evaluation.results;

import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.core.SensitivityAnalysis;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The sensitivity page: charts with tables beside them, so the decision can be defended. */
@Controller
class SensitivityController {

    private final EvaluationAccess access;
    private final Results results;

    SensitivityController(EvaluationAccess access, Results results) {
        this.access = access;
        this.results = results;
    }

    @GetMapping({"/evaluations/{id}/sensitivity", "/evaluations/{id}/lots/{lot}/sensitivity"})
    String show(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @RequestParam(defaultValue = "" + SensitivityAnalysis.DEFAULT_DRAWS) int draws,
            @RequestParam(defaultValue = "20") double spread,
            SignedInUser user,
            Model model) {
        Evaluation evaluation = access.asReader(id, lot, user);
        Evaluated evaluated = results.evaluate(evaluation);
        int boundedDraws = Math.max(100, Math.min(draws, 100_000));
        double boundedSpread = Math.max(0, Math.min(spread, 90));
        model.addAttribute("opportunity", evaluated.evaluation());
        model.addAttribute("sensitivity", Sensitivity.of(evaluated, boundedDraws, boundedSpread / 100));
        return "evaluation/sensitivity";
    }
}
