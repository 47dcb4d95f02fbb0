package org.socialvaluehub.measures;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public framework browser: themes, outcomes and measures of a published version, with contents and a search, and
 * the partnership's local priorities for that version.
 */
@Controller
class FrameworkController {

    private final Frameworks frameworks;
    private final FrameworkVersionRepository versions;
    private final MeasureSearch search;

    FrameworkController(Frameworks frameworks, FrameworkVersionRepository versions, MeasureSearch search) {
        this.frameworks = frameworks;
        this.versions = versions;
        this.search = search;
    }

    @GetMapping("/framework")
    String current(@RequestParam(required = false) String q, Model model) {
        return frameworks.current().map(v -> show(v.number(), q, model)).orElse("measures/no-framework");
    }

    @GetMapping("/framework/versions/{number}")
    String version(@PathVariable int number, @RequestParam(required = false) String q, Model model) {
        return show(number, q, model);
    }

    private String show(int number, String q, Model model) {
        FrameworkVersion version =
                frameworks.version(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String words = q == null ? "" : q.strip();
        Set<String> shown = null;
        if (!words.isEmpty()) {
            long id = versions.published(number).orElseThrow().id();
            shown = search.matching(id, words.length() > 200 ? words.substring(0, 200) : words);
        }
        model.addAttribute("version", version);
        model.addAttribute(
                "latest", frameworks.current().map(FrameworkVersion::number).orElse(number));
        model.addAttribute("q", words);
        model.addAttribute("view", FrameworkView.of(version.content(), shown));
        model.addAttribute(
                "priorities",
                PrioritiesView.of(frameworks.currentPriorities(), version).orElse(null));
        return "measures/framework";
    }
}
