package org.socialvaluehub.demo.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.evaluation.award.Decisions;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.model.Question;
import org.socialvaluehub.evaluation.scoring.Evaluators;
import org.socialvaluehub.evaluation.scoring.Scores;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Demo data: evaluators score the demo bids, the buyer moderates and decides, its organisation admin approves, and the
 * award.
 */
@Component
class DemoScoring {

    static final List<String> RUBRIC = List.of(
            "No answer, or it does not address the question.",
            "Poor: addresses the question in part, with little evidence.",
            "Satisfactory: some evidence and detail.",
            "Good: full answer with clear evidence and a credible plan.",
            "Excellent: strong evidence, a credible plan " + "and added value.");
    /** Each demo bidder's marks, by bid order: the first strongest on quality, the third weakest. */
    private static final int[][] MARKS = {{75, 75}, {75, 50}, {50, 50}};

    private final EvaluationModels models;
    private final Evaluators evaluators;
    private final Scores scores;
    private final Decisions decisions;
    private final SealedBids sealed;

    DemoScoring(EvaluationModels models, Evaluators evaluators, Scores scores, Decisions decisions, SealedBids sealed) {
        this.sealed = sealed;
        this.models = models;
        this.evaluators = evaluators;
        this.scores = scores;
        this.decisions = decisions;
    }

    static String answer(Question question, int bidder) {
        return switch (bidder) {
            case 0 ->
                "We supervise every site daily and inspect weekly with the client; "
                        + question.title().toLowerCase() + " We work with Aspire Oxford and Restore on recruitment.";
            case 1 ->
                "A named supervisor checks each site twice a week; we report monthly. We advertise jobs with "
                        + "the Jobcentre and local charities.";
            default -> "Our team leaders check the work regularly. We will consider local applicants.";
        };
    }

    void complete(
            Evaluation opportunity, SignedInUser buyer, SignedInUser approver, List<SignedInUser> evaluatorUsers) {
        EvaluationModel model = models.find(opportunity).orElseThrow();
        List<SignedInUser> named = evaluatorUsers.subList(0, Math.min(2, evaluatorUsers.size()));
        named.forEach(evaluator -> evaluators.name(opportunity, evaluator.id(), buyer));
        for (int e = 0; e < named.size(); e++) {
            SignedInUser evaluator = named.get(e);
            List<Bid> bids = evaluatorsBids(opportunity, evaluator);
            for (int b = 0; b < bids.size(); b++) {
                Map<Long, Integer> marks = new HashMap<>();
                Map<Long, String> why = new HashMap<>();
                for (int q = 0; q < model.questions().size(); q++) {
                    int mark = MARKS[b][q % 2] - (e == 1 && b == 1 ? 25 : 0);
                    marks.put(model.questions().get(q).id(), mark);
                    why.put(
                            model.questions().get(q).id(),
                            mark >= 75
                                    ? "Clear evidence and a credible plan."
                                    : mark >= 50
                                            ? "Some evidence, little detail on delivery."
                                            : "Little evidence given.");
                }
                scores.save(opportunity, model, evaluator, bids.get(b).id(), marks, why);
            }
            scores.submit(opportunity, model, evaluator);
        }
        List<Bid> all = sealed.opened(opportunity);
        for (int b = 0; b < all.size(); b++) {
            for (int q = 0; q < model.questions().size(); q++) {
                scores.moderate(
                        opportunity,
                        buyer,
                        all.get(b).id(),
                        model.questions().get(q).id(),
                        MARKS[b][q % 2],
                        b == 1
                                ? "Agreed after discussion: the plan is credible, the evidence adequate."
                                : "Both evaluators agreed.");
            }
        }
        decisions
                .record(
                        opportunity,
                        all.get(0).id(),
                        "Highest total score under the published weighted sum; the panel reviewed the sensitivity"
                                + " checks, including where TOPSIS ranks it differently, before the award.",
                        buyer)
                .ifPresent(refused -> {
                    throw new IllegalStateException(refused);
                });
        decisions.approve(opportunity, approver);
        decisions.award(opportunity, buyer);
    }

    /** Declares no conflict with any bidder (the demo evaluators have none), then reads the bids. */
    private List<Bid> evaluatorsBids(Evaluation opportunity, SignedInUser evaluator) {
        Map<Long, Boolean> none = new HashMap<>();
        sealed.opened(opportunity).forEach(bid -> none.put(bid.supplierId(), false));
        evaluators.declare(opportunity, evaluator, none);
        return evaluators.bidsFor(opportunity, evaluator);
    }
}
