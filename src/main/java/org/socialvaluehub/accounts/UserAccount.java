package org.socialvaluehub.accounts;

import java.time.Instant;

/** A stored account, as the accounts module reads it. */
record UserAccount(
        long id,
        String email,
        String displayName,
        String passwordHash,
        Instant emailConfirmedAt,
        boolean coordinator,
        boolean enabled) {

    boolean confirmed() {
        return emailConfirmedAt != null;
    }
}
