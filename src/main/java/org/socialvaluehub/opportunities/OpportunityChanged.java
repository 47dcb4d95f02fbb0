package org.socialvaluehub.opportunities;

/** Published when a published opportunity's details, documents or answers have changed. */
public record OpportunityChanged(long opportunityId, String what) {}
