package org.socialvaluehub.evaluation.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.Question;
import org.socialvaluehub.evaluation.model.RubricLevel;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Independent scoring: each evaluator scores each answer with a justification and sees nobody else's
 * scores until they have submitted their own; then moderation records a consensus score per answer.
 */
@Service
public class Scores {

    private final ScoreRepository scores;
    private final Evaluators evaluators;
    private final EvaluationAccess access;
    private final EvaluationAudit audit;

    Scores(ScoreRepository scores, Evaluators evaluators, EvaluationAccess access, EvaluationAudit audit) {
        this.scores = scores;
        this.evaluators = evaluators;
        this.access = access;
        this.audit = audit;
    }

    /** Saves one evaluator's scores for one bid; an error message key when any is missing or off the rubric. */
    @Transactional
    public Optional<String> save(Opportunity opportunity, EvaluationModel model, SignedInUser user, long bidId,
                                 Map<Long, Integer> marks, Map<Long, String> justifications) {
        requireNotSubmitted(opportunity, user);
        Bid bid = evaluators.bidsFor(opportunity, user).stream().filter(b -> b.id() == bidId).findFirst()
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
            scores.save(bid.id(), question.id(), user.id(), marks.get(question.id()), justifications.get(question.id()).strip());
            audit.record(opportunity.id(), user, "score.saved", "bid " + bid.id() + ", question " + question.id() + ": "
                    + marks.get(question.id()) + " (" + justifications.get(question.id()).strip() + ")");
        }
        return Optional.empty();
    }

    /** This evaluator's own scores. */
    public List<Score> mine(Opportunity opportunity, SignedInUser user) {
        return scores.byEvaluator(opportunity.id(), user.id());
    }

    /** Submits the evaluator's scores once every answer they may read is scored; after that they cannot change. */
    @Transactional
    public Optional<String> submit(Opportunity opportunity, EvaluationModel model, SignedInUser user) {
        requireNotSubmitted(opportunity, user);
        int expected = evaluators.bidsFor(opportunity, user).size() * model.questions().size();
        if (mine(opportunity, user).size() < expected) {
            return Optional.of("evaluation.score.incomplete");
        }
        evaluators.markSubmitted(opportunity, user.id(), access.now());
        audit.record(opportunity.id(), user, "scores.submitted", expected + " scores");
        return Optional.empty();
    }

    /**
     * Every submitted evaluator's scores, side by side, for the buyer or an evaluator who has submitted their
     * own; an evaluator who has not submitted yet is refused.
     */
    public List<Score> sideBySide(Opportunity opportunity, SignedInUser user) {
        Optional<Evaluator> self = evaluators.evaluator(opportunity, user);
        if (self.isPresent() && !self.get().submitted()) {
            throw Refused.forbidden("evaluation.refused.submitFirst");
        }
        if (self.isEmpty() && !access.isBuyer(user, opportunity)) {
            throw Refused.forbidden("evaluation.refused.notNamed");
        }
        List<Long> submitted = evaluators.list(opportunity).stream().filter(Evaluator::submitted)
                .map(Evaluator::userId).toList();
        return scores.all(opportunity.id()).stream().filter(s -> submitted.contains(s.evaluatorId())).toList();
    }

    public List<Evaluator> evaluators(Opportunity opportunity) {
        return evaluators.list(opportunity);
    }

    public boolean allSubmitted(Opportunity opportunity) {
        List<Evaluator> named = evaluators.list(opportunity);
        return !named.isEmpty() && named.stream().allMatch(Evaluator::submitted);
    }

    /** Records the consensus for one answer, once every evaluator has submitted. */
    @Transactional
    public void moderate(Opportunity opportunity, SignedInUser user, long bidId, long questionId, int score,
                         String rationale) {
        sideBySide(opportunity, user);
        if (!allSubmitted(opportunity)) {
            throw Refused.conflict("evaluation.refused.notAllSubmitted");
        }
        scores.moderate(bidId, questionId, score, rationale.strip(), user.id());
        audit.record(opportunity.id(), user, "moderation.recorded", "bid " + bidId + ", question " + questionId + ": "
                + score + " (" + rationale.strip() + ")");
    }

    /** The moderated scores: the consensus per bid and question. */
    public List<Score> consensus(Opportunity opportunity) {
        return scores.consensus(opportunity.id());
    }

    private void requireNotSubmitted(Opportunity opportunity, SignedInUser user) {
        if (evaluators.requireEvaluator(opportunity, user).submitted()) {
            throw Refused.conflict("evaluation.refused.alreadySubmitted");
        }
    }
}
