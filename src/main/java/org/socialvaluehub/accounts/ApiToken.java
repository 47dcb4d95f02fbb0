package org.socialvaluehub.accounts;

import java.time.Instant;

/** One partner API token as its organisation's admins see it: never the token itself, only its first characters. */
record ApiToken(
        long id,
        long organisationId,
        String name,
        String hint,
        boolean mayWrite,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
