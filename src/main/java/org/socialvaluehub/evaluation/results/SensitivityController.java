package org.socialvaluehub.evaluation.results;

import java.math.BigDecimal;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.core.SensitivityAnalysis;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sensitivity page: charts with tables beside them, for assurance only (it cannot change the award). The buyer's
 * own people may run it again with other settings, and each such run is audited; anyone who may only view it (a
 * coordinator it is shared with) sees the default run, whatever the address asks for.
 */
@Controller
class SensitivityController {

    /** {@link SensitivityAnalysis#DEFAULT_SPREAD} in percent, as the address gives it. */
    private static final int DEFAULT_SPREAD_PERCENT = 20;

    private final EvaluationAccess access;
    private final Results results;
    private final EvaluationAudit audit;

    SensitivityController(EvaluationAccess access, Results results, EvaluationAudit audit) {
        this.access = access;
        this.results = results;
        this.audit = audit;
    }

    @GetMapping({"/evaluations/{id}/sensitivity", "/evaluations/{id}/lots/{lot}/sensitivity"})
    String show(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @RequestParam(defaultValue = "" + SensitivityAnalysis.DEFAULT_DRAWS) int draws,
            @RequestParam(defaultValue = "" + DEFAULT_SPREAD_PERCENT) double spread,
            SignedInUser user,
            Model model) {
        Evaluation evaluation = access.asReader(id, lot, user);
        boolean mayRun = access.isBuyer(user, evaluation);
        int boundedDraws = mayRun ? Math.max(100, Math.min(draws, 100_000)) : SensitivityAnalysis.DEFAULT_DRAWS;
        double boundedSpread = mayRun ? Math.max(0, Math.min(spread, 90)) : DEFAULT_SPREAD_PERCENT;
        Evaluated evaluated = results.evaluate(evaluation);
        if (boundedDraws != SensitivityAnalysis.DEFAULT_DRAWS || boundedSpread != DEFAULT_SPREAD_PERCENT) {
            audit.record(
                    evaluation,
                    user,
                    "sensitivity.run",
                    boundedDraws + " draws, weights within ±"
                            + BigDecimal.valueOf(boundedSpread)
                                    .stripTrailingZeros()
                                    .toPlainString()
                            + "%");
        }
        model.addAttribute("opportunity", evaluated.evaluation());
        model.addAttribute("mayRun", mayRun);
        model.addAttribute("sensitivity", Sensitivity.of(evaluated, boundedDraws, boundedSpread / 100));
        return "evaluation/sensitivity";
    }
}
