package org.socialvaluehub.accounts;

import java.time.Instant;
import java.util.Set;
import org.socialvaluehub.shared.Role;

/** An invitation to join an organisation with some roles, as stored. */
record Invitation(
        String tokenHash,
        String email,
        long organisationId,
        Set<Role> roles,
        Instant expiresAt,
        Instant acceptedAt,
        Instant createdAt) {

    boolean expired(Instant now) {
        return expiresAt.isBefore(now);
    }
}
