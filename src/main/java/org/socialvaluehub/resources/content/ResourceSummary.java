package org.socialvaluehub.resources.content;

import java.util.List;

/** A resource in a list: enough to show it and its tags and to link to it. */
public record ResourceSummary(
        long id,
        String slug,
        ResourceKind kind,
        String title,
        String summary,
        List<String> roles,
        List<String> stages,
        List<String> themes) {}
