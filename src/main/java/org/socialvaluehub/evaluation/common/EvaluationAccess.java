package org.socialvaluehub.evaluation.common;

import java.time.Clock;
import java.time.Instant;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds the opportunity (and lot) an evaluation belongs to, tells who is its buyer (its council's own people), and what
 * time it is.
 */
@Component
public class EvaluationAccess {

    private final Opportunities opportunities;
    private final Clock clock;
    private final EvaluationShares shares;

    EvaluationAccess(Opportunities opportunities, Clock clock, EvaluationShares shares) {
        this.opportunities = opportunities;
        this.clock = clock;
        this.shares = shares;
    }

    /** The opportunity, or 404. */
    public Opportunity opportunity(long id) {
        return opportunities.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The evaluation of the opportunity without lots ({@code lot} null), or of one of its lots; 404 when the
     * opportunity has lots and none is named, or has no such lot.
     */
    public Evaluation evaluation(long id, Integer lot) {
        Opportunity opportunity = opportunity(id);
        if (lot == null) {
            if (!opportunity.lots().isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return Evaluation.whole(opportunity);
        }
        return opportunity.lots().stream()
                .filter(l -> l.number() == lot)
                .findFirst()
                .map(l -> new Evaluation(opportunity, l))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The evaluation if this person is one of its council's own people; 404 for drafts of others, else 403. No
     * coordinator passes: a council's evaluations are its own.
     */
    public Evaluation asBuyer(long id, Integer lot, SignedInUser user) {
        Evaluation evaluation = evaluation(id, lot);
        if (!evaluation.status().isPublic() && !isBuyer(user, evaluation)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Access.requireMember(user, evaluation.buyerId(), Role.BUYER, Role.ORG_ADMIN);
        return evaluation;
    }

    /**
     * The evaluation to read (results, sensitivity, report): its council's own people, or a coordinator of
     * partnership reporting when the council has shared it with the partnership team; otherwise as {@link #asBuyer}.
     */
    public Evaluation asReader(long id, Integer lot, SignedInUser user) {
        Evaluation evaluation = evaluation(id, lot);
        if (user != null
                && user.coordinates(CoordinatorRole.REPORTING)
                && !isBuyer(user, evaluation)
                && shares.isShared(evaluation)) {
            return evaluation;
        }
        return asBuyer(id, lot, user);
    }

    public boolean isShared(Evaluation evaluation) {
        return shares.isShared(evaluation);
    }

    /** The same evaluation read again, after its opportunity has moved on. */
    public Evaluation reread(Evaluation evaluation) {
        return evaluation(evaluation.id(), evaluation.hasLot() ? evaluation.lotNumber() : null);
    }

    public boolean isBuyer(SignedInUser user, Evaluation evaluation) {
        return isBuyer(user, evaluation.opportunity());
    }

    public boolean deadlinePassed(Evaluation evaluation) {
        return deadlinePassed(evaluation.opportunity());
    }

    public boolean isBuyer(SignedInUser user, Opportunity opportunity) {
        return user != null
                && (user.hasRole(opportunity.buyerId(), Role.BUYER)
                        || user.hasRole(opportunity.buyerId(), Role.ORG_ADMIN));
    }

    public boolean deadlinePassed(Opportunity opportunity) {
        return opportunity.deadlinePassed(now());
    }

    public Instant now() {
        return clock.instant();
    }

    public Opportunities opportunities() {
        return opportunities;
    }
}
