package org.socialvaluehub.evaluation.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.socialvaluehub.evaluation.bids.Bids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Service;

/**
 * The evaluations that wait for a person to act: a supplier's bids still in draft while bids are open, the
 * scoring and moderation an evaluator owes, and a buyer's evaluations past the deadline with no decision yet.
 * The home page counts these lists and {@code /evaluations?waiting=...} shows them.
 */
@Service
class EvaluationWork {

    /** What a list of waiting work holds, by the word in its address. */
    enum Kind {
        DRAFTS,
        TO_SCORE,
        TO_MODERATE,
        NEXT_STEP;

        String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<Kind> of(String word) {
            for (Kind kind : values()) {
                if (kind.word().equals(word)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** One evaluation waiting, and the page where the person acts on it. */
    record Waiting(String title, String path) {}

    private final EvaluationAccess access;
    private final EvaluationModels models;
    private final Evaluators evaluators;
    private final Scores scores;
    private final Bids bids;

    EvaluationWork(EvaluationAccess access, EvaluationModels models, Evaluators evaluators, Scores scores, Bids bids) {
        this.access = access;
        this.models = models;
        this.evaluators = evaluators;
        this.scores = scores;
        this.bids = bids;
    }

    List<Waiting> list(Kind kind, SignedInUser user) {
        return switch (kind) {
            case DRAFTS -> draftBids(user);
            case TO_SCORE -> asEvaluator(user, (e, self) -> !self.submitted() && access.deadlinePassed(e), "/score");
            case TO_MODERATE ->
                asEvaluator(user, (e, self) -> self.submitted() && scores.allSubmitted(e), "/moderation");
            case NEXT_STEP -> asBuyer(user);
        };
    }

    private List<Waiting> draftBids(SignedInUser user) {
        List<Waiting> waiting = new ArrayList<>();
        for (Opportunity opportunity :
                opportunities(bids.opportunitiesWithDrafts(user.organisationsWhere(Role.SUPPLIER)))) {
            if (!access.deadlinePassed(opportunity)) {
                waiting.add(new Waiting(opportunity.title(), "/evaluations/" + opportunity.id() + "/bid"));
            }
        }
        return waiting;
    }

    private List<Waiting> asEvaluator(SignedInUser user, BiPredicate<Evaluation, Evaluator> due, String page) {
        if (!user.hasRoleAnywhere(Role.EVALUATOR)) {
            return List.of();
        }
        return evaluations(
                        evaluators.opportunitiesOf(user.id()),
                        e -> evaluators
                                .evaluator(e, user)
                                .filter(self -> !scores.decided(e) && due.test(e, self))
                                .isPresent())
                .stream()
                .map(e -> new Waiting(e.title(), e.path() + page))
                .toList();
    }

    private List<Waiting> asBuyer(SignedInUser user) {
        return evaluations(
                        models.opportunitiesOfBuyers(user.organisationsWhere(Role.BUYER)),
                        e -> e.status().isPublic() && access.deadlinePassed(e) && !scores.decided(e))
                .stream()
                .map(e -> new Waiting(e.title(), e.path()))
                .toList();
    }

    private List<Evaluation> evaluations(List<Long> opportunityIds, Predicate<Evaluation> waiting) {
        return opportunities(opportunityIds).stream()
                .flatMap(o -> Evaluation.of(o).stream())
                .filter(waiting)
                .toList();
    }

    private List<Opportunity> opportunities(List<Long> ids) {
        List<Opportunity> found = new ArrayList<>();
        ids.forEach(id -> access.opportunities().find(id).ifPresent(found::add));
        return found;
    }
}
