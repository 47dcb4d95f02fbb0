package org.socialvaluehub.evaluation.bids;

import java.util.List;
import java.util.Optional;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The seal on bids, the one gate every read of bid content goes through (pages, exports, API, results,
 * reports): before the deadline nobody, the buyer and coordinators included, gets a bid's content, only
 * how many were received; a supplier always reads its own bid.
 */
@Component
@NamedInterface("bids")
public class SealedBids {

    private final BidRepository bids;
    private final EvaluationAccess access;

    SealedBids(BidRepository bids, EvaluationAccess access) {
        this.bids = bids;
        this.access = access;
    }

    /** How many bids have been submitted: the only thing anyone learns before the deadline. */
    public int received(Evaluation evaluation) {
        return bids.countSubmitted(evaluation);
    }

    /** The submitted bids, once the deadline has passed; refused for everyone before it. */
    public List<Bid> opened(Evaluation evaluation) {
        requireDeadlinePassed(evaluation);
        return bids.submitted(evaluation);
    }

    /** One submitted bid, once the deadline has passed; 404 when it is not a submitted bid of this opportunity. */
    public Bid opened(Evaluation evaluation, long bidId) {
        return opened(evaluation).stream()
                .filter(bid -> bid.id() == bidId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The supplier's own bid, draft or not: the caller has checked the person acts for that supplier. */
    public Optional<Bid> own(Evaluation evaluation, long supplierId) {
        return bids.find(evaluation, supplierId);
    }

    /**
     * One bid for one person: to the bidding organisation's own people at any time, to anyone else only once
     * opened (and the caller then checks that they may evaluate it); refused as sealed before the deadline.
     */
    public Bid ownOrOpened(Evaluation evaluation, long bidId, SignedInUser user) {
        Optional<Bid> own = user == null
                ? Optional.empty()
                : user.organisationIds().stream()
                        .map(org -> bids.find(evaluation, org))
                        .flatMap(Optional::stream)
                        .filter(bid -> bid.id() == bidId)
                        .findFirst();
        return own.orElseGet(() -> opened(evaluation, bidId));
    }

    public boolean isOpen(Evaluation evaluation) {
        return access.deadlinePassed(evaluation);
    }

    private void requireDeadlinePassed(Evaluation evaluation) {
        if (!access.deadlinePassed(evaluation)) {
            throw Refused.sealed(evaluation.deadline());
        }
    }
}
