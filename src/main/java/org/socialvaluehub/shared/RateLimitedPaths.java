package org.socialvaluehub.shared;

import java.time.Duration;
import java.util.List;

/**
 * URL patterns a module wants limited per client address: at most {@code limit} requests in each
 * {@code window}, shared by all the patterns. Each module declares its limited pages as a bean of this type.
 */
public record RateLimitedPaths(String bucket, int limit, Duration window, List<String> patterns) {

    public RateLimitedPaths {
        patterns = List.copyOf(patterns);
    }
}
