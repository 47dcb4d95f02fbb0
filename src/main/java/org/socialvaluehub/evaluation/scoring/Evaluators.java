package org.socialvaluehub.evaluation.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.Contact;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.DecisionLock;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluators of an opportunity: named by the buyer from its people with the evaluator role; each
 * declares any conflict of interest with every bidding organisation before reading a bid, and a conflict
 * keeps them away from that bid.
 */
@Service
@NamedInterface("scoring")
public class Evaluators {

    private final EvaluatorRepository repository;
    private final Accounts accounts;
    private final SealedBids sealed;
    private final EvaluationAudit audit;
    private final DecisionLock lock;

    Evaluators(
            EvaluatorRepository repository,
            Accounts accounts,
            SealedBids sealed,
            EvaluationAudit audit,
            DecisionLock lock) {
        this.repository = repository;
        this.accounts = accounts;
        this.sealed = sealed;
        this.audit = audit;
        this.lock = lock;
    }

    /** The buyer's people who may be named: those with the evaluator role in the buyer organisation. */
    public List<Contact> candidates(Evaluation evaluation) {
        return accounts.membersWithRole(evaluation.buyerId(), Role.EVALUATOR);
    }

    @Transactional
    public void name(Evaluation evaluation, long userId, SignedInUser user) {
        lock.requireUndecided(evaluation);
        Contact member = candidates(evaluation).stream()
                .filter(m -> m.id() == userId)
                .findFirst()
                .orElseThrow(() -> Refused.conflict("evaluation.refused.notEvaluator"));
        repository.name(evaluation, userId, member.displayName());
        audit.record(evaluation, user, "evaluator.named", member.displayName() + " <" + member.email() + ">");
    }

    public List<Evaluator> list(Evaluation evaluation) {
        return repository.evaluators(evaluation);
    }

    public List<Long> opportunitiesOf(long userId) {
        return repository.opportunitiesOf(userId);
    }

    public Optional<Evaluator> evaluator(Evaluation evaluation, SignedInUser user) {
        return user == null
                ? Optional.empty()
                : list(evaluation).stream().filter(e -> e.userId() == user.id()).findFirst();
    }

    public Evaluator requireEvaluator(Evaluation evaluation, SignedInUser user) {
        return evaluator(evaluation, user).orElseThrow(() -> Refused.forbidden("evaluation.refused.notNamed"));
    }

    /** The bidding organisations' declarations so far: supplier id to whether there is a conflict. */
    public Map<Long, Boolean> declarations(Evaluation evaluation, SignedInUser user) {
        return repository.declarations(evaluation, user.id());
    }

    /** Records declarations for bidders not yet declared; a declaration, once made, stands. */
    @Transactional
    public void declare(Evaluation evaluation, SignedInUser user, Map<Long, Boolean> conflicts) {
        lock.requireUndecided(evaluation);
        requireEvaluator(evaluation, user);
        Map<Long, Boolean> already = declarations(evaluation, user);
        for (Bid bid : sealed.opened(evaluation)) {
            Boolean conflicted = conflicts.get(bid.supplierId());
            if (conflicted != null && !already.containsKey(bid.supplierId())) {
                repository.declare(evaluation, user.id(), bid.supplierId(), conflicted, "");
                audit.record(
                        evaluation,
                        user,
                        conflicted ? "conflict.declared" : "conflict.none",
                        "organisation " + bid.supplierId());
            }
        }
    }

    /** The bids this evaluator may read and score: all without a declared conflict, once every bidder is declared. */
    public List<Bid> bidsFor(Evaluation evaluation, SignedInUser user) {
        requireEvaluator(evaluation, user);
        List<Bid> bids = sealed.opened(evaluation);
        Map<Long, Boolean> declared = declarations(evaluation, user);
        if (bids.stream().anyMatch(bid -> !declared.containsKey(bid.supplierId()))) {
            throw Refused.forbidden("evaluation.refused.declareFirst");
        }
        return bids.stream().filter(bid -> !declared.get(bid.supplierId())).toList();
    }

    boolean markSubmitted(Evaluation evaluation, long userId, Instant at) {
        return repository.submit(evaluation, userId, at);
    }
}
