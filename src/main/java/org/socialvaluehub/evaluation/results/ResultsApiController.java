package org.socialvaluehub.evaluation.results;

import java.util.List;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.core.Contribution;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The results as JSON for the buyer's systems; sealed like every other read of bids. */
@RestController
class ResultsApiController {

    private final EvaluationAccess access;
    private final Results results;

    ResultsApiController(EvaluationAccess access, Results results) {
        this.access = access;
        this.results = results;
    }

    /** One bid's result. */
    record BidResult(
            long bidId, String bidder, double price, double total, int rank, List<Contribution> contributions) {}

    /** {@code lot} and {@code lotTitle} are null for an opportunity without lots. */
    record ResultsJson(long opportunityId, Integer lot, String lotTitle, String method, List<BidResult> results) {}

    @GetMapping({"/api/v1/evaluations/{id}/results", "/api/v1/evaluations/{id}/lots/{lot}/results"})
    ResultsJson results(@PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user) {
        Evaluation evaluation = access.asReader(id, lot, user);
        Evaluated evaluated = results.evaluate(evaluation);
        return new ResultsJson(
                id,
                evaluation.hasLot() ? evaluation.lotNumber() : null,
                evaluation.hasLot() ? evaluation.lot().title() : null,
                "weighted-sum",
                evaluated.result().rows().stream()
                        .map(row -> new BidResult(
                                Long.parseLong(row.id()),
                                evaluated.name(row.id()),
                                evaluated.bid(row.id()).price().doubleValue(),
                                row.score(),
                                row.rank(),
                                row.contributions()))
                        .toList());
    }
}
