package org.socialvaluehub.resources.content;

import java.util.List;

/** What a coordinator writes for one version of a resource: words, tags and, for case studies, facts. */
public record ResourceContent(
        String title,
        String summary,
        String body,
        List<String> roles,
        List<String> stages,
        List<String> themes,
        CaseFacts facts) {

    public ResourceContent {
        roles = List.copyOf(roles);
        stages = List.copyOf(stages);
        themes = List.copyOf(themes);
        facts = facts == null ? CaseFacts.NONE : facts;
    }
}
