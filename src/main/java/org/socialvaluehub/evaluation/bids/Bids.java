package org.socialvaluehub.evaluation.bids;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.Question;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers write, submit, withdraw and resubmit their bids while the opportunity is open and its deadline
 * has not passed; after the deadline every bid is frozen.
 */
@Service
public class Bids {

    private final BidRepository bids;
    private final EvaluationAccess access;
    private final EvaluationAudit audit;
    private final AnswerFileRepository files;

    Bids(BidRepository bids, EvaluationAccess access, EvaluationAudit audit, AnswerFileRepository files) {
        this.bids = bids;
        this.files = files;
        this.access = access;
        this.audit = audit;
    }

    public java.util.List<Long> opportunitiesOfSuppliers(java.util.Collection<Long> supplierIds) {
        return bids.opportunitiesOfSuppliers(supplierIds);
    }

    /** Saves the price and answers as a draft (a submitted bid goes back to draft until submitted again). */
    @Transactional
    public long saveDraft(Opportunity opportunity, long supplierId, BigDecimal price, Map<Long, String> answers,
                          SignedInUser user) {
        requireOpenForBids(opportunity);
        long id = bids.saveDraft(opportunity.id(), supplierId, price, user.id());
        answers.forEach((question, answer) -> bids.saveAnswer(id, question, answer == null ? "" : answer.strip()));
        bids.setStatus(id, Bid.Status.DRAFT, null);
        audit.record(opportunity.id(), user, "bid.saved", "bid " + id);
        return id;
    }

    /** Submits the saved bid; an error message key when it is incomplete, and then it stays a draft. */
    @Transactional
    public Optional<String> submit(Opportunity opportunity, EvaluationModel model, long supplierId, SignedInUser user) {
        requireOpenForBids(opportunity);
        Bid bid = bids.find(opportunity.id(), supplierId).orElseThrow(() -> Refused.conflict("evaluation.refused.noBid"));
        if (bid.price() == null) {
            return Optional.of("evaluation.bid.price.missing");
        }
        for (Question question : model.questions()) {
            if (bid.answer(question.id()).isBlank()) {
                return Optional.of("evaluation.bid.answers.missing");
            }
        }
        bids.setStatus(bid.id(), Bid.Status.SUBMITTED, access.now());
        audit.record(opportunity.id(), user, "bid.submitted", "bid " + bid.id());
        return Optional.empty();
    }

    /** Withdraws the bid; its attached files go with it, so a resubmission attaches them again. */
    @Transactional
    public void withdraw(Opportunity opportunity, long supplierId, SignedInUser user) {
        requireOpenForBids(opportunity);
        Bid bid = bids.find(opportunity.id(), supplierId).orElseThrow(() -> Refused.conflict("evaluation.refused.noBid"));
        bids.setStatus(bid.id(), Bid.Status.WITHDRAWN, null);
        files.removeAll(bid.id());
        audit.record(opportunity.id(), user, "bid.withdrawn", "bid " + bid.id());
    }

    @Transactional
    public void addCommitment(Opportunity opportunity, long supplierId, String measureCode, BigDecimal quantity,
                              LocalDate deliveryDate, String locality, SignedInUser user) {
        requireOpenForBids(opportunity);
        long id = bids.find(opportunity.id(), supplierId).map(Bid::id)
                .orElseGet(() -> bids.saveDraft(opportunity.id(), supplierId, null, user.id()));
        bids.addCommitment(id, measureCode, quantity, deliveryDate, locality == null ? "" : locality.strip());
        audit.record(opportunity.id(), user, "bid.commitment.added", "bid " + id);
    }

    @Transactional
    public void removeCommitment(Opportunity opportunity, long supplierId, long commitmentId, SignedInUser user) {
        requireOpenForBids(opportunity);
        bids.find(opportunity.id(), supplierId).filter(bid -> bids.removeCommitment(bid.id(), commitmentId))
                .ifPresent(bid -> audit.record(opportunity.id(), user, "bid.commitment.removed", "bid " + bid.id()));
    }

    /** Whether bids may still be changed: the opportunity is open and its deadline has not passed. */
    public boolean openForBids(Opportunity opportunity) {
        return opportunity.status() == OpportunityStatus.OPEN && !access.deadlinePassed(opportunity);
    }

    void requireOpenForBids(Opportunity opportunity) {
        if (access.deadlinePassed(opportunity)) {
            throw Refused.conflict("evaluation.refused.bidsFrozen");
        }
        if (opportunity.status() != OpportunityStatus.OPEN) {
            throw Refused.conflict("evaluation.refused.notOpen");
        }
    }
}
