package org.socialvaluehub.resources.journey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.resources.content.ResourceLibrary;
import org.socialvaluehub.resources.core.Question;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The self-assessment at /journey: start, answer the questions, see the stages, next steps and progress. */
@Controller
class JourneyController {

    private final SelfAssessment assessment;
    private final ResourceLibrary library;

    JourneyController(SelfAssessment assessment, ResourceLibrary library) {
        this.assessment = assessment;
        this.library = library;
    }

    @GetMapping("/journey")
    String start(SignedInUser user, Model model) {
        List<Organisation> organisations = assessment.organisationsOf(user);
        model.addAttribute(
                "organisations",
                organisations.stream()
                        .map(o -> new JourneyStart(o, assessment.history(o.id())))
                        .toList());
        return "resources/journey";
    }

    @GetMapping("/journey/{organisationId}/questions")
    String initAnswersForm(@PathVariable long organisationId, SignedInUser user, Model model) {
        Organisation organisation = organisation(organisationId, user);
        return questions(organisation, Map.of(), Set.of(), model);
    }

    @PostMapping("/journey/{organisationId}/questions")
    String processAnswersForm(
            @PathVariable long organisationId,
            SignedInUser user,
            @RequestParam Map<String, String> parameters,
            Model model) {
        Organisation organisation = organisation(organisationId, user);
        Map<Long, Long> chosen = chosenOptions(parameters);
        SelfAssessment.Outcome outcome = assessment.submit(organisation, user.displayName(), chosen);
        if (outcome.resultId() == null) {
            return questions(
                    organisation,
                    chosen,
                    outcome.unanswered().stream().map(Question::id).collect(Collectors.toSet()),
                    model);
        }
        return "redirect:/journey/results/" + outcome.resultId();
    }

    @GetMapping("/journey/results/{id}")
    String result(@PathVariable long id, SignedInUser user, Model model) {
        Assessment result = assessment.result(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Organisation organisation = organisation(result.organisationId(), user);
        model.addAttribute("organisation", organisation);
        model.addAttribute("result", result);
        model.addAttribute("nextStage", result.weakest().next());
        model.addAttribute(
                "nextSteps",
                library.forStage(result.audience(), result.weakest().next().name()));
        model.addAttribute("history", assessment.history(organisation.id()));
        return "resources/journey-result";
    }

    private String questions(Organisation organisation, Map<Long, Long> chosen, Set<Long> missing, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("questionnaire", assessment.questionnaireFor(organisation));
        model.addAttribute("chosen", chosen);
        model.addAttribute("missing", missing);
        return "resources/journey-questions";
    }

    private Organisation organisation(long id, SignedInUser user) {
        Access.requireRole(user, id, Role.values());
        return assessment.organisation(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Answers arrive as q{questionId}={optionId}; anything else is ignored. */
    static Map<Long, Long> chosenOptions(Map<String, String> parameters) {
        Map<Long, Long> chosen = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.matches("q\\d{1,15}") && value != null && value.matches("\\d{1,15}")) {
                chosen.put(Long.parseLong(name.substring(1)), Long.parseLong(value));
            }
        });
        return chosen;
    }

    /** An organisation the person can assess, with its past results. */
    public record JourneyStart(Organisation organisation, List<Assessment> history) {}
}
