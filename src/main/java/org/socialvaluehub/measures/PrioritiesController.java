package org.socialvaluehub.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialvaluehub.measures.core.Outcome;
import org.socialvaluehub.measures.core.Problem;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The points-allocation screen: coordinators share 100 points across outcomes, explain why, and publish. */
@Controller
class PrioritiesController {

    private final Frameworks frameworks;
    private final Priorities priorities;

    PrioritiesController(Frameworks frameworks, Priorities priorities) {
        this.frameworks = frameworks;
        this.priorities = priorities;
    }

    @GetMapping("/coordinator/framework/priorities")
    String initPrioritiesForm(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        List<Outcome> outcomes = outcomes();
        model.addAttribute(
                "priorityForm",
                PriorityForm.of(outcomes, frameworks.currentPriorities().orElse(null)));
        return show(outcomes, Map.of(), model);
    }

    @PostMapping("/coordinator/framework/priorities")
    String processPrioritiesForm(
            SignedInUser user,
            @ModelAttribute("priorityForm") PriorityForm form,
            Model model,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        List<Outcome> outcomes = outcomes();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> points = form.parsed(outcomes, problems);
        points.values().removeIf(Objects::isNull);
        problems.addAll(priorities.problems(points, form.getReasoning()));
        if (problems.isEmpty()) {
            priorities.publish(points, form.getReasoning(), user.displayName() + " <" + user.email() + ">");
            redirect.addFlashAttribute("notice", "priorities.published");
            return "redirect:/coordinator/framework/priorities";
        }
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
        return show(outcomes, byField, model);
    }

    private List<Outcome> outcomes() {
        return frameworks.current().map(v -> v.content().outcomes()).orElse(List.of());
    }

    private String show(List<Outcome> outcomes, Map<String, String> problems, Model model) {
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("version", frameworks.current().orElse(null));
        model.addAttribute("problems", problems);
        model.addAttribute("history", priorities.history());
        Map<String, String> names = new LinkedHashMap<>();
        frameworks.versions().forEach(v -> v.content().outcomes().forEach(o -> names.putIfAbsent(o.code(), o.name())));
        model.addAttribute("outcomeNames", names);
        return "measures/priorities";
    }
}
