package org.socialvaluehub.resources.content;

import org.socialvaluehub.resources.core.Markdown;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public library: the list with search and filters, and each resource with related ones. */
@Controller
class ResourcesController {

    private final ResourceLibrary library;

    ResourcesController(ResourceLibrary library) {
        this.library = library;
    }

    @GetMapping("/resources")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String theme,
            Model model) {
        ResourceFilter filter = new ResourceFilter(q, kind, role, stage, theme);
        model.addAttribute("filter", filter);
        model.addAttribute("results", library.search(filter));
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("roles", Tags.ROLES);
        model.addAttribute("stages", Tags.STAGES);
        model.addAttribute("themes", Tags.THEMES);
        return "resources/list";
    }

    @GetMapping("/resources/{slug}")
    String show(@PathVariable String slug, Model model) {
        Resource resource =
                library.published(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("resource", resource);
        model.addAttribute("page", Markdown.render(resource.content().body()));
        model.addAttribute("related", library.related(resource.id()));
        return "resources/show";
    }
}
