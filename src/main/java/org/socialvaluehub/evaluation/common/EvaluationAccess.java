package org.socialvaluehub.evaluation.common;

import java.time.Clock;
import java.time.Instant;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Finds the opportunity an evaluation belongs to, tells who is its buyer, and what time it is. */
@Component
public class EvaluationAccess {

    private final Opportunities opportunities;
    private final Clock clock;

    EvaluationAccess(Opportunities opportunities, Clock clock) {
        this.opportunities = opportunities;
        this.clock = clock;
    }

    /** The opportunity, or 404. */
    public Opportunity opportunity(long id) {
        return opportunities.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The opportunity if this person is its buyer (or a coordinator); 404 for drafts of others, else 403. */
    public Opportunity asBuyer(long id, SignedInUser user) {
        Opportunity opportunity = opportunity(id);
        if (!opportunity.status().isPublic() && !isBuyer(user, opportunity)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Access.requireRole(user, opportunity.buyerId(), Role.BUYER, Role.ORG_ADMIN);
        return opportunity;
    }

    public boolean isBuyer(SignedInUser user, Opportunity opportunity) {
        return user != null && (user.coordinator() || user.hasRole(opportunity.buyerId(), Role.BUYER)
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
