package org.socialvaluehub.evaluation.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.common.BidderNames;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An evaluator reads the bids they may score and scores each answer on the rubric, then submits. */
@Controller
class ScoringController {

    private final EvaluationAccess access;
    private final EvaluationModels models;
    private final Evaluators evaluators;
    private final Scores scores;
    private final BidderNames names;

    ScoringController(
            EvaluationAccess access, EvaluationModels models, Evaluators evaluators, Scores scores, BidderNames names) {
        this.access = access;
        this.models = models;
        this.evaluators = evaluators;
        this.scores = scores;
        this.names = names;
    }

    @GetMapping({"/evaluations/{id}/score", "/evaluations/{id}/lots/{lot}/score"})
    String show(@PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user, Model model) {
        Evaluation evaluation = access.evaluation(id, lot);
        Evaluator self = evaluators.requireEvaluator(evaluation, user);
        List<Bid> bids = evaluators.bidsFor(evaluation, user);
        Map<String, Score> mine = new HashMap<>();
        scores.mine(evaluation, user).forEach(s -> mine.put(s.bidId() + "-" + s.questionId(), s));
        model.addAttribute("opportunity", evaluation);
        model.addAttribute("evaluationModel", model(evaluation));
        model.addAttribute("bids", bids);
        model.addAttribute("names", names.of(bids.stream().map(Bid::supplierId).toList()));
        model.addAttribute("mine", mine);
        model.addAttribute("self", self);
        return "evaluation/score";
    }

    @PostMapping({"/evaluations/{id}/score/{bidId}", "/evaluations/{id}/lots/{lot}/score/{bidId}"})
    String save(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @PathVariable long bidId,
            @RequestParam Map<String, String> form,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.evaluation(id, lot);
        Map<Long, Integer> marks = new HashMap<>();
        Map<Long, String> justifications = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.matches("score-\\d{1,18}") && value.matches("\\d{1,3}")) {
                marks.put(Long.parseLong(key.substring(6)), Integer.parseInt(value));
            } else if (key.matches("justification-\\d{1,18}")) {
                justifications.put(Long.parseLong(key.substring(14)), value);
            }
        });
        Optional<String> error = scores.save(evaluation, model(evaluation), user, bidId, marks, justifications);
        if (error.isPresent()) {
            model.addAttribute("error", error.get());
            model.addAttribute("errorBid", bidId);
            return show(id, lot, user, model);
        }
        redirect.addFlashAttribute("notice", "evaluation.score.saved");
        return "redirect:" + evaluation.path() + "/score";
    }

    @PostMapping({"/evaluations/{id}/score/submit", "/evaluations/{id}/lots/{lot}/score/submit"})
    String submit(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.evaluation(id, lot);
        Optional<String> error = scores.submit(evaluation, model(evaluation), user);
        if (error.isPresent()) {
            model.addAttribute("error", error.get());
            return show(id, lot, user, model);
        }
        redirect.addFlashAttribute("notice", "evaluation.score.submitted");
        return "redirect:" + evaluation.path() + "/moderation";
    }

    private EvaluationModel model(Evaluation evaluation) {
        return models.find(evaluation).orElseThrow(() -> Refused.conflict("evaluation.refused.noModel"));
    }
}
