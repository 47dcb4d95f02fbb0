package org.socialvaluehub.resources.content;

import java.util.List;
import org.socialvaluehub.resources.core.Markdown;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The published resources as JSON, with the same filters as the library page. */
@RestController
class ResourceApiController {

    /** One resource in the API: its words in Markdown and as sanitised HTML. */
    record ResourceJson(
            String slug,
            ResourceKind kind,
            String title,
            String summary,
            List<String> roles,
            List<String> stages,
            List<String> themes,
            CaseFacts facts,
            String markdown,
            String html,
            String publishedAt) {}

    private final ResourceLibrary library;

    ResourceApiController(ResourceLibrary library) {
        this.library = library;
    }

    @GetMapping("/api/v1/resources")
    List<ResourceSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String theme) {
        return library.search(new ResourceFilter(q, kind, role, stage, theme));
    }

    @GetMapping("/api/v1/resources/{slug}")
    ResourceJson show(@PathVariable String slug) {
        Resource r = library.published(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ResourceContent c = r.content();
        return new ResourceJson(
                r.slug(),
                r.kind(),
                c.title(),
                c.summary(),
                c.roles(),
                c.stages(),
                c.themes(),
                r.kind() == ResourceKind.CASE_STUDY ? c.facts() : null,
                c.body(),
                Markdown.render(c.body()).html(),
                r.publishedAt().toString());
    }
}
