package org.socialvaluehub.evaluation.bids;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.evaluation.common.DecisionLock;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.Question;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers write, submit, withdraw and resubmit their bids while the opportunity is open and its deadline
 * has not passed; after the deadline every bid is frozen.
 */
@Service
@NamedInterface("bids")
public class Bids {

    private final BidRepository bids;
    private final EvaluationAccess access;
    private final EvaluationAudit audit;
    private final AnswerFileRepository files;
    private final DecisionLock lock;

    Bids(
            BidRepository bids,
            EvaluationAccess access,
            EvaluationAudit audit,
            AnswerFileRepository files,
            DecisionLock lock) {
        this.bids = bids;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.lock = lock;
    }

    /** The opportunities for which one of the suppliers has a bid in draft, newest first. */
    public List<Long> opportunitiesWithDrafts(Collection<Long> supplierIds) {
        return bids.opportunitiesWithDrafts(supplierIds);
    }

    public List<Long> opportunitiesOfSuppliers(Collection<Long> supplierIds) {
        return bids.opportunitiesOfSuppliers(supplierIds);
    }

    /**
     * Saves the price and answers as a draft (a submitted bid goes back to draft until submitted again); refused
     * (400) with nothing saved when an answer is to a question that is not in this evaluation's model, or the price
     * is not above £0 (price is scored lowest ÷ this price, which a price of £0 or less breaks).
     */
    @Transactional
    public long saveDraft(
            Evaluation evaluation,
            EvaluationModel model,
            long supplierId,
            BigDecimal price,
            Map<Long, String> answers,
            SignedInUser user) {
        requireOpenForBids(evaluation);
        if (price != null && price.signum() <= 0) {
            throw new Refused(HttpStatus.BAD_REQUEST, "evaluation.bid.price.invalid", null);
        }
        if (!answersItsOwnQuestions(model, answers.keySet())) {
            throw new Refused(HttpStatus.BAD_REQUEST, "evaluation.bid.answers.unknown", null);
        }
        long id = bids.saveDraft(evaluation, supplierId, price, user.id());
        answers.forEach((question, answer) -> bids.saveAnswer(id, question, answer == null ? "" : answer.strip()));
        bids.setStatus(id, Bid.Status.DRAFT, null);
        audit.record(evaluation, user, "bid.saved", "bid " + id);
        return id;
    }

    /** Submits the saved bid; an error message key when it is incomplete, and then it stays a draft. */
    @Transactional
    public Optional<String> submit(Evaluation evaluation, EvaluationModel model, long supplierId, SignedInUser user) {
        requireOpenForBids(evaluation);
        Bid bid = bids.find(evaluation, supplierId).orElseThrow(() -> Refused.conflict("evaluation.refused.noBid"));
        if (bid.price() == null) {
            return Optional.of("evaluation.bid.price.missing");
        }
        if (bid.price().signum() <= 0) {
            return Optional.of("evaluation.bid.price.invalid");
        }
        for (Question question : model.questions()) {
            if (bid.answer(question.id()).isBlank()) {
                return Optional.of("evaluation.bid.answers.missing");
            }
        }
        bids.setStatus(bid.id(), Bid.Status.SUBMITTED, access.now());
        audit.record(evaluation, user, "bid.submitted", "bid " + bid.id());
        return Optional.empty();
    }

    /** Withdraws the bid; its attached files go with it, so a resubmission attaches them again. */
    @Transactional
    public void withdraw(Evaluation evaluation, long supplierId, SignedInUser user) {
        requireOpenForBids(evaluation);
        Bid bid = bids.find(evaluation, supplierId).orElseThrow(() -> Refused.conflict("evaluation.refused.noBid"));
        bids.setStatus(bid.id(), Bid.Status.WITHDRAWN, null);
        files.removeAll(bid.id());
        audit.record(evaluation, user, "bid.withdrawn", "bid " + bid.id());
    }

    @Transactional
    public void addCommitment(
            Evaluation evaluation,
            long supplierId,
            String measureCode,
            BigDecimal quantity,
            LocalDate deliveryDate,
            String locality,
            SignedInUser user) {
        requireOpenForBids(evaluation);
        long id = bids.find(evaluation, supplierId)
                .map(Bid::id)
                .orElseGet(() -> bids.saveDraft(evaluation, supplierId, null, user.id()));
        bids.addCommitment(id, measureCode, quantity, deliveryDate, locality == null ? "" : locality.strip());
        audit.record(evaluation, user, "bid.commitment.added", "bid " + id);
    }

    @Transactional
    public void removeCommitment(Evaluation evaluation, long supplierId, long commitmentId, SignedInUser user) {
        requireOpenForBids(evaluation);
        bids.find(evaluation, supplierId)
                .filter(bid -> bids.removeCommitment(bid.id(), commitmentId))
                .ifPresent(bid -> audit.record(evaluation, user, "bid.commitment.removed", "bid " + bid.id()));
    }

    /** Whether every answer is to one of the model's own questions. */
    public static boolean answersItsOwnQuestions(EvaluationModel model, Collection<Long> questionIds) {
        return model.questions().stream().map(Question::id).toList().containsAll(questionIds);
    }

    /** Whether bids may still be changed: the opportunity is open and its deadline has not passed. */
    public boolean openForBids(Evaluation evaluation) {
        return evaluation.status() == OpportunityStatus.OPEN && !access.deadlinePassed(evaluation);
    }

    void requireOpenForBids(Evaluation evaluation) {
        lock.requireUndecided(evaluation);
        if (access.deadlinePassed(evaluation)) {
            throw Refused.conflict("evaluation.refused.bidsFrozen");
        }
        if (evaluation.status() != OpportunityStatus.OPEN) {
            throw Refused.conflict("evaluation.refused.notOpen");
        }
    }
}
