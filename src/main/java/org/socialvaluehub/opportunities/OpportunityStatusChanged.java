package org.socialvaluehub.opportunities;

/** Published whenever an opportunity moves on in its life (for example opened, closed or awarded). */
public record OpportunityStatusChanged(
        long opportunityId, long buyerId, OpportunityStatus from, OpportunityStatus to) {}
