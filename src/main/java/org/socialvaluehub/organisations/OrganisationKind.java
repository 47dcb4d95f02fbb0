package org.socialvaluehub.organisations;

/** Whether an organisation buys as a partner of the partnership or supplies. */
public enum OrganisationKind {
    BUYER,
    SUPPLIER
}
