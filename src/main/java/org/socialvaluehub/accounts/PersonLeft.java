package org.socialvaluehub.accounts;

/**
 * A person lost access to the hub: their account was disabled, closed or erased, or they were removed
 * from their last organisation. Modules stop what they send the person (alerts, digests).
 */
public record PersonLeft(long personId, String email) {}
