package org.socialvaluehub.resources.journey;

import jakarta.validation.Valid;
import org.socialvaluehub.resources.core.Stage;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators change the self-assessment's questions and which stage each answer shows. */
@Controller
class QuestionEditorController {

    private final QuestionRepository questions;

    QuestionEditorController(QuestionRepository questions) {
        this.questions = questions;
    }

    @GetMapping("/coordinator/journey")
    String list(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("buyer", questions.questionnaire("BUYER"));
        model.addAttribute("supplier", questions.questionnaire("SUPPLIER"));
        return "resources/journey-editor";
    }

    @GetMapping("/coordinator/journey/questions/{id}")
    String initQuestionForm(@PathVariable long id, SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        Questionnaire.Item question = find(id);
        model.addAttribute("question", question);
        model.addAttribute("form", QuestionForm.of(question));
        model.addAttribute("stageValues", Stage.values());
        return "resources/journey-question";
    }

    @PostMapping("/coordinator/journey/questions/{id}")
    String processQuestionForm(
            @PathVariable long id,
            SignedInUser user,
            @Valid @ModelAttribute("form") QuestionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        Questionnaire.Item question = find(id);
        if (result.hasErrors()) {
            model.addAttribute("question", question);
            model.addAttribute("stageValues", Stage.values());
            return "resources/journey-question";
        }
        questions.update(
                id,
                form.getText().strip(),
                form.getOptions().stream()
                        .map(o ->
                                new Questionnaire.Option(o.getId(), o.getText().strip(), o.getStage()))
                        .toList());
        redirect.addFlashAttribute("notice", "journey.edit.saved");
        return "redirect:/coordinator/journey";
    }

    private Questionnaire.Item find(long id) {
        return questions.question(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
