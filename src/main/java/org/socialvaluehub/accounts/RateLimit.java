package org.socialvaluehub.accounts;

import java.time.Duration;

/** A named allowance: at most {@code limit} hits per key in each window of {@code window}. */
public record RateLimit(String bucket, int limit, Duration window) {

    public RateLimit {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive limit and window");
        }
    }
}
