package org.socialvaluehub.resources.content;

import java.time.Instant;

/** A published resource as the public sees it. */
public record Resource(long id, String slug, ResourceKind kind, ResourceContent content, Instant publishedAt) {

    public ResourceSummary summary() {
        return new ResourceSummary(
                id,
                slug,
                kind,
                content.title(),
                content.summary(),
                content.roles(),
                content.stages(),
                content.themes());
    }

    public String title() {
        return content.title();
    }
}
