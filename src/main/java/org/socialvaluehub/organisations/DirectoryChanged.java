package org.socialvaluehub.organisations;

/**
 * An organisation was added, listed, removed or changed in a way the directory counts (its profile, categories or
 * credentials), so counts kept from before no longer match the rows.
 */
public record DirectoryChanged(long organisationId) {}
