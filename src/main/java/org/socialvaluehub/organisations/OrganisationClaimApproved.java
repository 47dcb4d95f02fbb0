package org.socialvaluehub.organisations;

/** A coordinator approved a person's claim to an organisation's profile: they become its supplier and admin. */
public record OrganisationClaimApproved(long organisationId, long userId) {}
