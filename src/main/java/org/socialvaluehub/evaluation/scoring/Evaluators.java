package org.socialvaluehub.evaluation.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.Contact;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluators of an opportunity: named by the buyer from its people with the evaluator role; each
 * declares any conflict of interest with every bidding organisation before reading a bid, and a conflict
 * keeps them away from that bid.
 */
@Service
public class Evaluators {

    private final EvaluatorRepository repository;
    private final Accounts accounts;
    private final SealedBids sealed;
    private final EvaluationAudit audit;

    Evaluators(EvaluatorRepository repository, Accounts accounts, SealedBids sealed, EvaluationAudit audit) {
        this.repository = repository;
        this.accounts = accounts;
        this.sealed = sealed;
        this.audit = audit;
    }

    /** The buyer's people who may be named: those with the evaluator role in the buyer organisation. */
    public List<Contact> candidates(Opportunity opportunity) {
        return accounts.membersWithRole(opportunity.buyerId(), Role.EVALUATOR);
    }

    @Transactional
    public void name(Opportunity opportunity, long userId, SignedInUser user) {
        Contact member = candidates(opportunity).stream().filter(m -> m.id() == userId).findFirst()
                .orElseThrow(() -> Refused.conflict("evaluation.refused.notEvaluator"));
        repository.name(opportunity.id(), userId, member.displayName());
        audit.record(opportunity.id(), user, "evaluator.named", member.displayName() + " <" + member.email() + ">");
    }

    public List<Evaluator> list(Opportunity opportunity) {
        return repository.evaluators(opportunity.id());
    }

    public List<Long> opportunitiesOf(long userId) {
        return repository.opportunitiesOf(userId);
    }

    public Optional<Evaluator> evaluator(Opportunity opportunity, SignedInUser user) {
        return user == null ? Optional.empty()
                : list(opportunity).stream().filter(e -> e.userId() == user.id()).findFirst();
    }

    public Evaluator requireEvaluator(Opportunity opportunity, SignedInUser user) {
        return evaluator(opportunity, user).orElseThrow(() -> Refused.forbidden("evaluation.refused.notNamed"));
    }

    /** The bidding organisations' declarations so far: supplier id to whether there is a conflict. */
    public Map<Long, Boolean> declarations(Opportunity opportunity, SignedInUser user) {
        return repository.declarations(opportunity.id(), user.id());
    }

    /** Records declarations for bidders not yet declared; a declaration, once made, stands. */
    @Transactional
    public void declare(Opportunity opportunity, SignedInUser user, Map<Long, Boolean> conflicts) {
        requireEvaluator(opportunity, user);
        Map<Long, Boolean> already = declarations(opportunity, user);
        for (Bid bid : sealed.opened(opportunity)) {
            Boolean conflicted = conflicts.get(bid.supplierId());
            if (conflicted != null && !already.containsKey(bid.supplierId())) {
                repository.declare(opportunity.id(), user.id(), bid.supplierId(), conflicted, "");
                audit.record(opportunity.id(), user, conflicted ? "conflict.declared" : "conflict.none",
                        "organisation " + bid.supplierId());
            }
        }
    }

    /** The bids this evaluator may read and score: all without a declared conflict, once every bidder is declared. */
    public List<Bid> bidsFor(Opportunity opportunity, SignedInUser user) {
        requireEvaluator(opportunity, user);
        List<Bid> bids = sealed.opened(opportunity);
        Map<Long, Boolean> declared = declarations(opportunity, user);
        if (bids.stream().anyMatch(bid -> !declared.containsKey(bid.supplierId()))) {
            throw Refused.forbidden("evaluation.refused.declareFirst");
        }
        return bids.stream().filter(bid -> !declared.get(bid.supplierId())).toList();
    }

    boolean markSubmitted(Opportunity opportunity, long userId, java.time.Instant at) {
        return repository.submit(opportunity.id(), userId, at);
    }
}
