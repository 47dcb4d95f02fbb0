package org.socialvaluehub.evaluation.scoring;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.BidderNames;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.model.RubricLevel;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moderation: every evaluator's scores side by side, and the consensus score with its rationale. */
@Controller
class ModerationController {

    private final EvaluationAccess access;
    private final EvaluationModels models;
    private final SealedBids sealed;
    private final Scores scores;
    private final BidderNames names;

    ModerationController(
            EvaluationAccess access, EvaluationModels models, SealedBids sealed, Scores scores, BidderNames names) {
        this.access = access;
        this.models = models;
        this.sealed = sealed;
        this.scores = scores;
        this.names = names;
    }

    @GetMapping({"/evaluations/{id}/moderation", "/evaluations/{id}/lots/{lot}/moderation"})
    String show(@PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user, Model model) {
        Evaluation evaluation = access.evaluation(id, lot);
        List<Score> all = scores.sideBySide(evaluation, user);
        List<Bid> bids = scores.bidsToModerate(evaluation, user, sealed.opened(evaluation));
        List<Long> visible = bids.stream().map(Bid::id).toList();
        model.addAttribute("opportunity", evaluation);
        model.addAttribute("evaluationModel", models.find(evaluation).orElseThrow());
        model.addAttribute("bids", bids);
        model.addAttribute("names", names.of(bids.stream().map(Bid::supplierId).toList()));
        model.addAttribute(
                "scores",
                all.stream()
                        .filter(s -> visible.contains(s.bidId()))
                        .collect(Collectors.groupingBy(s -> s.bidId() + "-" + s.questionId())));
        model.addAttribute(
                "consensus",
                scores.consensus(evaluation).stream()
                        .collect(Collectors.toMap(s -> s.bidId() + "-" + s.questionId(), s -> s)));
        model.addAttribute("evaluatorNames", evaluatorNames(evaluation));
        model.addAttribute("allSubmitted", scores.allSubmitted(evaluation));
        model.addAttribute("decided", scores.decided(evaluation));
        model.addAttribute("levels", RubricLevel.SCORES);
        return "evaluation/moderation";
    }

    @PostMapping({
        "/evaluations/{id}/moderation/{bidId}/{questionId}",
        "/evaluations/{id}/lots/{lot}/moderation/{bidId}/{questionId}"
    })
    String moderate(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @PathVariable long bidId,
            @PathVariable long questionId,
            @RequestParam(required = false) Integer score,
            @RequestParam(defaultValue = "") String rationale,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.evaluation(id, lot);
        Bid bid = sealed.opened(evaluation, bidId);
        boolean known =
                models.find(evaluation).orElseThrow().questions().stream().anyMatch(q -> q.id() == questionId);
        if (score == null || !RubricLevel.SCORES.contains(score) || rationale.isBlank() || !known) {
            model.addAttribute("error", "evaluation.moderation.invalid");
            return show(id, lot, user, model);
        }
        scores.moderate(evaluation, user, bid.id(), questionId, score, rationale);
        redirect.addFlashAttribute("notice", "evaluation.moderation.saved");
        // Back to the answer just moderated, not the top of a long page.
        return "redirect:" + evaluation.path() + "/moderation#moderate-" + bid.id() + "-" + questionId;
    }

    private Map<Long, String> evaluatorNames(Evaluation evaluation) {
        return scoresEvaluators(evaluation).stream()
                .collect(Collectors.toMap(Evaluator::userId, Evaluator::displayName));
    }

    private List<Evaluator> scoresEvaluators(Evaluation evaluation) {
        return scores.evaluators(evaluation);
    }
}
