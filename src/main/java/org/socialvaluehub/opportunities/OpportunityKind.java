package org.socialvaluehub.opportunities;

/** What a buyer offers: a contract (including small quotes), a grant, or a lease of a building or space. */
public enum OpportunityKind {
    CONTRACT,
    GRANT,
    LEASE
}
