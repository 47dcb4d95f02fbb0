package org.socialvaluehub.evaluation.results;

import java.util.LinkedHashMap;
import java.util.Map;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.core.WeightedSumResult;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The results that explain themselves: each bid's total, every criterion's and measure's contribution, and the money
 * estimates.
 */
@Controller
class ResultsController {

    private final EvaluationAccess access;
    private final Results results;
    private final Valuations valuations;

    ResultsController(EvaluationAccess access, Results results, Valuations valuations) {
        this.access = access;
        this.results = results;
        this.valuations = valuations;
    }

    @GetMapping({"/evaluations/{id}/results", "/evaluations/{id}/lots/{lot}/results"})
    String show(@PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user, Model model) {
        Evaluation evaluation = access.asReader(id, lot, user);
        Evaluated evaluated = results.evaluate(evaluation);
        model.addAttribute("opportunity", evaluated.evaluation());
        model.addAttribute("shared", access.isShared(evaluation));
        model.addAttribute("mayShare", access.isBuyer(user, evaluation));
        model.addAllAttributes(explained(evaluated, valuations));
        return "evaluation/results";
    }

    /** The model attributes of the results, shared with the report. */
    static Map<String, Object> explained(Evaluated evaluated, Valuations valuations) {
        Map<String, CommitmentLines> commitments = new LinkedHashMap<>();
        for (WeightedSumResult.Row row : evaluated.result().rows()) {
            commitments.put(row.id(), CommitmentLines.of(evaluated, evaluated.bid(row.id()), valuations));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("evaluated", evaluated);
        attributes.put("rows", evaluated.result().rows());
        attributes.put("commitments", commitments);
        return attributes;
    }
}
