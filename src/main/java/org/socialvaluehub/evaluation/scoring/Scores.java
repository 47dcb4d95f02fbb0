package org.socialvaluehub.evaluation.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.common.DecisionLock;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.Question;
import org.socialvaluehub.evaluation.model.RubricLevel;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Independent scoring: each evaluator scores each answer with a justification and sees nobody else's
 * scores until they have submitted their own; then moderation records a consensus score per answer.
 */
@Service
@NamedInterface("scoring")
public class Scores {

    private final ScoreRepository scores;
    private final Evaluators evaluators;
    private final EvaluationAccess access;
    private final EvaluationAudit audit;
    private final DecisionLock lock;

    Scores(
            ScoreRepository scores,
            Evaluators evaluators,
            EvaluationAccess access,
            EvaluationAudit audit,
            DecisionLock lock) {
        this.scores = scores;
        this.evaluators = evaluators;
        this.access = access;
        this.audit = audit;
        this.lock = lock;
    }

    /** Saves one evaluator's scores for one bid; an error message key when any is missing or off the rubric. */
    @Transactional
    public Optional<String> save(
            Evaluation evaluation,
            EvaluationModel model,
            SignedInUser user,
            long bidId,
            Map<Long, Integer> marks,
            Map<Long, String> justifications) {
        requireNotSubmitted(evaluation, user);
        Bid bid = evaluators.bidsFor(evaluation, user).stream()
                .filter(b -> b.id() == bidId)
                .findFirst()
                .orElseThrow(() -> Refused.forbidden("evaluation.refused.notYourBid"));
        for (Question question : model.questions()) {
            Integer mark = marks.get(question.id());
            String why = justifications.getOrDefault(question.id(), "");
            if (mark == null || !RubricLevel.SCORES.contains(mark)) {
                return Optional.of("evaluation.score.missing");
            }
            if (why == null || why.isBlank()) {
                return Optional.of("evaluation.score.justification");
            }
        }
        for (Question question : model.questions()) {
            scores.save(
                    bid.id(),
                    question.id(),
                    user.id(),
                    marks.get(question.id()),
                    justifications.get(question.id()).strip());
            audit.record(
                    evaluation,
                    user,
                    "score.saved",
                    "bid " + bid.id() + ", question " + question.id() + ": " + marks.get(question.id()) + " ("
                            + justifications.get(question.id()).strip() + ")");
        }
        return Optional.empty();
    }

    /** This evaluator's own scores. */
    public List<Score> mine(Evaluation evaluation, SignedInUser user) {
        return scores.byEvaluator(evaluation, user.id());
    }

    /** Submits the evaluator's scores once every answer they may read is scored; after that they cannot change. */
    @Transactional
    public Optional<String> submit(Evaluation evaluation, EvaluationModel model, SignedInUser user) {
        requireNotSubmitted(evaluation, user);
        int expected =
                evaluators.bidsFor(evaluation, user).size() * model.questions().size();
        if (mine(evaluation, user).size() < expected) {
            return Optional.of("evaluation.score.incomplete");
        }
        evaluators.markSubmitted(evaluation, user.id(), access.now());
        audit.record(evaluation, user, "scores.submitted", expected + " scores");
        return Optional.empty();
    }

    /**
     * Every submitted evaluator's scores, side by side, for the buyer or an evaluator who has submitted their
     * own; an evaluator who has not submitted yet is refused.
     */
    public List<Score> sideBySide(Evaluation evaluation, SignedInUser user) {
        Optional<Evaluator> self = evaluators.evaluator(evaluation, user);
        if (self.isPresent() && !self.get().submitted()) {
            throw Refused.forbidden("evaluation.refused.submitFirst");
        }
        if (self.isEmpty() && !access.isBuyer(user, evaluation)) {
            throw Refused.forbidden("evaluation.refused.notNamed");
        }
        List<Long> submitted = evaluators.list(evaluation).stream()
                .filter(Evaluator::submitted)
                .map(Evaluator::userId)
                .toList();
        return scores.all(evaluation).stream()
                .filter(s -> submitted.contains(s.evaluatorId()))
                .toList();
    }

    public List<Evaluator> evaluators(Evaluation evaluation) {
        return evaluators.list(evaluation);
    }

    public boolean allSubmitted(Evaluation evaluation) {
        List<Evaluator> named = evaluators.list(evaluation);
        return !named.isEmpty() && named.stream().allMatch(Evaluator::submitted);
    }

    /**
     * The bids this person may moderate: an evaluator only those they declared no conflict with, the buyer all the
     * opened ones.
     */
    public List<Bid> bidsToModerate(Evaluation evaluation, SignedInUser user, List<Bid> opened) {
        return evaluators.evaluator(evaluation, user).isPresent() ? evaluators.bidsFor(evaluation, user) : opened;
    }

    /**
     * Records the consensus for one answer, once every evaluator has submitted: not by an evaluator with a conflict
     * with the bidder, and only with at least one evaluator's score behind it other than the moderator's own.
     */
    @Transactional
    public void moderate(
            Evaluation evaluation, SignedInUser user, long bidId, long questionId, int score, String rationale) {
        lock.requireUndecided(evaluation);
        List<Score> submitted = sideBySide(evaluation, user);
        if (!allSubmitted(evaluation)) {
            throw Refused.conflict("evaluation.refused.notAllSubmitted");
        }
        if (evaluators.evaluator(evaluation, user).isPresent()
                && evaluators.bidsFor(evaluation, user).stream().noneMatch(b -> b.id() == bidId)) {
            throw Refused.forbidden("evaluation.refused.conflictedModeration");
        }
        boolean independent = submitted.stream()
                .anyMatch(s -> s.bidId() == bidId && s.questionId() == questionId && s.evaluatorId() != user.id());
        if (!independent) {
            throw Refused.conflict("evaluation.refused.noIndependentScore");
        }
        scores.moderate(bidId, questionId, score, rationale.strip(), user.id());
        audit.record(
                evaluation,
                user,
                "moderation.recorded",
                "bid " + bidId + ", question " + questionId + ": " + score + " (" + rationale.strip() + ")");
    }

    /** Whether a decision is recorded, which freezes every score and the consensus. */
    public boolean decided(Evaluation evaluation) {
        return lock.decided(evaluation);
    }

    /** The moderated scores: the consensus per bid and question. */
    public List<Score> consensus(Evaluation evaluation) {
        return scores.consensus(evaluation);
    }

    private void requireNotSubmitted(Evaluation evaluation, SignedInUser user) {
        lock.requireUndecided(evaluation);
        if (evaluators.requireEvaluator(evaluation, user).submitted()) {
            throw Refused.conflict("evaluation.refused.alreadySubmitted");
        }
    }
}
