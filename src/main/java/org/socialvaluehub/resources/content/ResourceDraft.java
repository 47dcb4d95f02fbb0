package org.socialvaluehub.resources.content;

import java.time.Instant;

/** The newest version of a resource as its editors see it, and whether and which version is published. */
public record ResourceDraft(
        long id, String slug, ResourceKind kind, int number, Integer publishedNumber, ResourceContent content) {

    public boolean unpublishedChanges() {
        return publishedNumber == null || publishedNumber != number;
    }

    /** A resource in the editors' list. */
    public record Listed(
            long id,
            String slug,
            ResourceKind kind,
            String title,
            int number,
            Integer publishedNumber,
            Instant savedAt) {

        public boolean unpublishedChanges() {
            return publishedNumber == null || publishedNumber != number;
        }
    }

    /** One saved version in a resource's history. */
    public record Version(int number, String title, String savedBy, Instant savedAt, Instant publishedAt) {}
}
