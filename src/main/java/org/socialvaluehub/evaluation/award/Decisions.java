package org.socialvaluehub.evaluation.award;

import java.util.Optional;
import org.socialvaluehub.evaluation.ContractAwarded;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award: the buyer records the decision (which closes and marks the opportunity evaluated), named people
 * approve it, and the award moves the opportunity to awarded and hands the winning commitments on.
 */
@Service
public class Decisions {

    private final DecisionRepository decisions;
    private final EvaluationAccess access;
    private final SealedBids sealed;
    private final EvaluationAudit audit;
    private final ApplicationEventPublisher events;

    Decisions(DecisionRepository decisions, EvaluationAccess access, SealedBids sealed, EvaluationAudit audit,
              ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.access = access;
        this.sealed = sealed;
        this.audit = audit;
        this.events = events;
    }

    public Optional<Decision> find(Opportunity opportunity) {
        return decisions.find(opportunity.id());
    }

    @Transactional
    public void record(Opportunity opportunity, long bidId, String rationale, SignedInUser user) {
        requireNotAwarded(opportunity);
        Bid bid = sealed.opened(opportunity, bidId);
        decisions.record(opportunity.id(), bid.id(), rationale.strip(), user.id());
        moveOn(opportunity, OpportunityStatus.CLOSED);
        moveOn(access.opportunity(opportunity.id()), OpportunityStatus.EVALUATED);
        audit.record(opportunity.id(), user, "decision.recorded", "bid " + bid.id() + ": " + rationale.strip());
    }

    @Transactional
    public void approve(Opportunity opportunity, SignedInUser user) {
        requireNotAwarded(opportunity);
        decisions.find(opportunity.id()).orElseThrow(() -> Refused.conflict("evaluation.refused.noDecision"));
        decisions.approve(opportunity.id(), user.id(), user.displayName());
        audit.record(opportunity.id(), user, "decision.approved", user.displayName());
    }

    @Transactional
    public void award(Opportunity opportunity, SignedInUser user) {
        requireNotAwarded(opportunity);
        Decision decision = decisions.find(opportunity.id())
                .orElseThrow(() -> Refused.conflict("evaluation.refused.noDecision"));
        if (decision.approvals().isEmpty()) {
            throw Refused.conflict("evaluation.refused.noApproval");
        }
        Bid winner = sealed.opened(opportunity, decision.bidId());
        access.opportunities().moveTo(opportunity.id(), OpportunityStatus.AWARDED);
        decisions.awarded(opportunity.id(), access.now());
        audit.record(opportunity.id(), user, "contract.awarded", "bid " + winner.id() + " of organisation "
                + winner.supplierId());
        events.publishEvent(new ContractAwarded(opportunity.id(), opportunity.buyerId(), winner.supplierId(),
                winner.commitments().stream().map(c -> new ContractAwarded.Commitment(c.measureCode(), c.quantity(),
                        c.deliveryDate(), c.locality())).toList()));
    }

    private void moveOn(Opportunity opportunity, OpportunityStatus target) {
        if (opportunity.status().canMoveTo(target)) {
            access.opportunities().moveTo(opportunity.id(), target);
        }
    }

    private void requireNotAwarded(Opportunity opportunity) {
        if (decisions.find(opportunity.id()).map(Decision::awarded).orElse(false)) {
            throw Refused.conflict("evaluation.refused.awarded");
        }
    }
}
