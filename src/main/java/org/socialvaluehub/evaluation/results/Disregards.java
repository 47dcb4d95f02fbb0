package org.socialvaluehub.evaluation.results;

import java.util.List;
import java.util.Optional;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.DecisionLock;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenders disregarded before the decision, with the ground and reasons the Act asks for (s. 19(3) to (5)): they
 * are left out of the results, whose relative scores are worked out again among the tenders still assessed.
 */
@Service
public class Disregards {

    private final DisregardRepository repository;
    private final SealedBids sealed;
    private final DecisionLock lock;
    private final EvaluationAudit audit;

    Disregards(DisregardRepository repository, SealedBids sealed, DecisionLock lock, EvaluationAudit audit) {
        this.repository = repository;
        this.sealed = sealed;
        this.lock = lock;
        this.audit = audit;
    }

    public List<Disregarded> all(Evaluation evaluation) {
        return repository.all(evaluation);
    }

    /** The opened bids still assessed: every one not disregarded. */
    List<Bid> assessed(Evaluation evaluation) {
        List<Long> out = all(evaluation).stream().map(Disregarded::bidId).toList();
        return sealed.opened(evaluation).stream()
                .filter(bid -> !out.contains(bid.id()))
                .toList();
    }

    /**
     * Disregards an opened bid; refused once a decision is recorded. An error message key, and nothing changed,
     * when the ground or the reasons are missing.
     */
    @Transactional
    public Optional<String> disregard(
            Evaluation evaluation, long bidId, Disregarded.Ground ground, String reasons, SignedInUser user) {
        lock.requireUndecided(evaluation);
        Bid bid = sealed.opened(evaluation, bidId);
        if (ground == null || reasons == null || reasons.isBlank()) {
            return Optional.of("evaluation.disregard.invalid");
        }
        repository.add(evaluation, bid.id(), ground, reasons.strip(), user.id());
        audit.record(evaluation, user, "bid.disregarded", "bid " + bid.id() + " (" + ground + "): " + reasons.strip());
        return Optional.empty();
    }
}
