package org.socialvaluehub.organisations;

/**
 * A coordinator merged a duplicate into the surviving organisation. Published before the merged one
 * is deleted, in the same transaction: modules with rows for the merged organisation move them now.
 */
public record OrganisationsMerged(long survivorId, long mergedId) {
}
