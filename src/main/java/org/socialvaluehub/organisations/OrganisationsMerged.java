package org.socialvaluehub.organisations;

import java.util.Map;

/**
 * A coordinator merged a duplicate into the surviving organisation, and the merged one is gone from the directory.
 * Every module that keeps organisation ids moves its rows to the survivor when it hears this, after the merge commits
 * (decision 0005); the event publication registry keeps a listener's publication until it succeeds, and a failed one
 * runs again when the application restarts.
 */
public record OrganisationsMerged(long survivorId, long mergedId) {

    /** The two ids as named SQL parameters, {@code :survivor} and {@code :merged}. */
    public Map<String, Long> ids() {
        return Map.of("survivor", survivorId, "merged", mergedId);
    }
}
