package org.socialvaluehub.accounts;

import java.time.Duration;

/** Thrown by a page whose rate limit is used up; answered with 429, {@code Retry-After} and a page that says when. */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super("Rate limit reached; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
