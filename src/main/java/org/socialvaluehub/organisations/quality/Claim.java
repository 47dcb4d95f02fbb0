package org.socialvaluehub.organisations.quality;

import java.time.Instant;

/** Someone's request to take over an existing (demo or imported) profile, waiting for a coordinator. */
record Claim(
        long id,
        long organisationId,
        String organisationName,
        long userId,
        String claimantName,
        String message,
        String status,
        Instant createdAt) {}
