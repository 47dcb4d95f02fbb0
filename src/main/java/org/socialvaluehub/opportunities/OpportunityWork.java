package org.socialvaluehub.opportunities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Service;

/**
 * The opportunities work that waits for a person: a buyer's drafts and opportunities with unanswered questions,
 * and the answers a supplier's questions received while bids are still open. The home page counts these lists
 * and the pages linked from it show them.
 */
@Service
class OpportunityWork {

    /** A buyer's list of waiting opportunities, by the word in {@code /opportunities/manage?waiting=...}. */
    enum Kind {
        DRAFTS,
        QUESTIONS;

        String word() {
            return name().toLowerCase(Locale.ROOT);
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

    /** An answered question of the supplier's, with the opportunity it is about. */
    record Answered(Opportunity opportunity, Clarifications.Question question) {}

    private final Pipeline pipeline;
    private final Clarifications clarifications;
    private final Opportunities opportunities;

    OpportunityWork(Pipeline pipeline, Clarifications clarifications, Opportunities opportunities) {
        this.pipeline = pipeline;
        this.clarifications = clarifications;
        this.opportunities = opportunities;
    }

    List<OpportunityDetails> asBuyer(Kind kind, SignedInUser user) {
        return pipeline.ofBuyers(user.organisationsWhere(Role.BUYER)).stream()
                .filter(o -> switch (kind) {
                    case DRAFTS -> o.status() == OpportunityStatus.DRAFT;
                    case QUESTIONS -> clarifications.hasUnanswered(o.id());
                })
                .toList();
    }

    /** Answers to the supplier's questions on opportunities still taking bids (planned or open). */
    List<Answered> answers(SignedInUser user) {
        List<Answered> found = new ArrayList<>();
        for (Clarifications.Question question : clarifications.answeredFor(user.organisationsWhere(Role.SUPPLIER))) {
            opportunities
                    .find(question.opportunityId())
                    .filter(o -> o.status() == OpportunityStatus.PLANNED || o.status() == OpportunityStatus.OPEN)
                    .ifPresent(o -> found.add(new Answered(o, question)));
        }
        return found;
    }
}
