package org.socialvaluehub.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An opportunity as other modules see it. {@code frameworkVersion} is the social value framework
 * version pinned when it was published (null while a draft); {@code deadline} is when bids close.
 */
public record Opportunity(
        long id,
        long buyerId,
        String title,
        OpportunityKind kind,
        OpportunityStatus status,
        List<String> cpvCodes,
        BigDecimal estimatedValue,
        Instant questionsClose,
        Instant deadline,
        Integer frameworkVersion,
        List<Lot> lots) {

    public Opportunity {
        cpvCodes = List.copyOf(cpvCodes);
        lots = List.copyOf(lots);
    }

    /** Bids are sealed until this moment has passed. */
    public boolean deadlinePassed(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }
}
