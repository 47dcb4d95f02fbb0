package org.socialvaluehub.evaluation.award;

import java.util.Optional;
import org.socialvaluehub.evaluation.ContractAwarded;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.results.Evaluated;
import org.socialvaluehub.evaluation.results.Results;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The award: the buyer records the decision (which closes and marks the opportunity evaluated, keeps the
 * ranking it was made on and freezes the evaluation), named people approve it, and the award moves the
 * opportunity to awarded and hands the winning commitments on.
 */
@Service
@NamedInterface("award")
public class Decisions {

    private final DecisionRepository decisions;
    private final EvaluationAccess access;
    private final Results results;
    private final EvaluationAudit audit;
    private final ApplicationEventPublisher events;

    Decisions(
            DecisionRepository decisions,
            EvaluationAccess access,
            Results results,
            EvaluationAudit audit,
            ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.access = access;
        this.results = results;
        this.audit = audit;
        this.events = events;
    }

    public Optional<Decision> find(Evaluation evaluation) {
        return decisions.find(evaluation);
    }

    /**
     * Records the decision for a bid ranked first, the most advantageous tender (Procurement Act 2023, s. 19(1));
     * an error message key, and nothing recorded, for a bid ranked lower.
     */
    @Transactional
    public Optional<String> record(Evaluation evaluation, long bidId, String rationale, SignedInUser user) {
        requireNotAwarded(evaluation);
        Evaluated evaluated = results.calculate(evaluation);
        Bid bid = evaluated.bids().stream()
                .filter(b -> b.id() == bidId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!evaluated.result().winners().contains(String.valueOf(bid.id()))) {
            return Optional.of("evaluation.decision.notFirst");
        }
        decisions.record(evaluation, bid.id(), rationale.strip(), user.id());
        results.remember(evaluated);
        moveOn(evaluation.id(), OpportunityStatus.CLOSED);
        moveOn(evaluation.id(), OpportunityStatus.EVALUATED);
        audit.record(evaluation, user, "decision.recorded", "bid " + bid.id() + ": " + rationale.strip());
        return Optional.empty();
    }

    /** A colleague approves the decision; the person who recorded it may not approve it too (four eyes). */
    @Transactional
    public void approve(Evaluation evaluation, SignedInUser user) {
        requireNotAwarded(evaluation);
        Decision decision =
                decisions.find(evaluation).orElseThrow(() -> Refused.conflict("evaluation.refused.noDecision"));
        if (decision.recordedBy() == user.id()) {
            throw Refused.conflict("evaluation.refused.selfApproval");
        }
        decisions.approve(evaluation, user.id(), user.displayName());
        audit.record(evaluation, user, "decision.approved", user.displayName());
    }

    @Transactional
    public void award(Evaluation evaluation, SignedInUser user) {
        requireNotAwarded(evaluation);
        Decision decision =
                decisions.find(evaluation).orElseThrow(() -> Refused.conflict("evaluation.refused.noDecision"));
        if (decision.approvals().isEmpty()) {
            throw Refused.conflict("evaluation.refused.noApproval");
        }
        Bid winner = results.evaluate(evaluation).bid(String.valueOf(decision.bidId()));
        decisions.awarded(evaluation, access.now());
        if (decisions.allAwarded(Evaluation.of(evaluation.opportunity()))) {
            moveOn(evaluation.id(), OpportunityStatus.AWARDED);
        }
        audit.record(
                evaluation, user, "contract.awarded", "bid " + winner.id() + " of organisation " + winner.supplierId());
        events.publishEvent(new ContractAwarded(
                evaluation.id(),
                evaluation.buyerId(),
                winner.supplierId(),
                winner.commitments().stream()
                        .map(c -> new ContractAwarded.Commitment(
                                c.measureCode(), c.quantity(), c.deliveryDate(), c.locality()))
                        .toList(),
                evaluation.lotNumber()));
    }

    /** Whether this person may withdraw the decision: an organisation admin of the buyer. */
    public boolean mayWithdraw(Evaluation evaluation, SignedInUser user) {
        return user != null && user.hasRole(evaluation.buyerId(), Role.ORG_ADMIN);
    }

    /**
     * Withdraws a decision not yet awarded, so the evaluation may change again; only the buyer's organisation
     * admin may, with a reason, which the audit trail keeps. An error message key when the reason is missing.
     */
    @Transactional
    public Optional<String> withdraw(Evaluation evaluation, String reason, SignedInUser user) {
        if (!mayWithdraw(evaluation, user)) {
            throw Refused.forbidden("evaluation.refused.notOrgAdmin");
        }
        requireNotAwarded(evaluation);
        Decision decision =
                decisions.find(evaluation).orElseThrow(() -> Refused.conflict("evaluation.refused.noDecision"));
        if (reason == null || reason.isBlank()) {
            return Optional.of("evaluation.decision.withdraw.invalid");
        }
        decisions.withdraw(evaluation);
        audit.record(evaluation, user, "decision.withdrawn", "bid " + decision.bidId() + ": " + reason.strip());
        return Optional.empty();
    }

    /** Moves the opportunity on when its life allows; with lots, an earlier lot may have moved it already. */
    private void moveOn(long opportunityId, OpportunityStatus target) {
        if (access.opportunity(opportunityId).status().canMoveTo(target)) {
            access.opportunities().moveTo(opportunityId, target);
        }
    }

    private void requireNotAwarded(Evaluation evaluation) {
        if (decisions.find(evaluation).map(Decision::awarded).orElse(false)) {
            throw Refused.conflict("evaluation.refused.awarded");
        }
    }
}
