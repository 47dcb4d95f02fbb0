package org.socialvaluehub.evaluation.model;

import jakarta.validation.Valid;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buyer adds and removes the model's qualitative questions and social value measures. */
@Controller
class ModelCriteriaController {

    private final EvaluationAccess access;
    private final EvaluationModels models;
    private final ModelController page;

    ModelCriteriaController(EvaluationAccess access, EvaluationModels models, ModelController page) {
        this.access = access;
        this.models = models;
        this.page = page;
    }

    @PostMapping({"/evaluations/{id}/model/questions", "/evaluations/{id}/lots/{lot}/model/questions"})
    String addQuestion(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            SignedInUser user,
            @Valid @ModelAttribute("question") QuestionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        if (result.hasErrors()) {
            return page.page(evaluation, model);
        }
        models.addQuestion(
                evaluation,
                Question.Section.valueOf(form.getSection()),
                form.getTitle(),
                form.getGuidance(),
                form.getWeight(),
                user);
        redirect.addFlashAttribute("notice", "evaluation.model.questionAdded");
        return "redirect:" + evaluation.path() + "/model";
    }

    @PostMapping({
        "/evaluations/{id}/model/questions/{questionId}/delete",
        "/evaluations/{id}/lots/{lot}/model/questions/{questionId}/delete"
    })
    String removeQuestion(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @PathVariable long questionId,
            SignedInUser user,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        models.removeQuestion(evaluation, questionId, user);
        redirect.addFlashAttribute("notice", "evaluation.model.removed");
        return "redirect:" + evaluation.path() + "/model";
    }

    @PostMapping({"/evaluations/{id}/model/measures", "/evaluations/{id}/lots/{lot}/model/measures"})
    String addMeasure(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            SignedInUser user,
            @Valid @ModelAttribute("measure") MeasureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        if (!result.hasErrors()) {
            models.addMeasure(
                            evaluation,
                            form.getMeasureCode(),
                            form.getScoring(),
                            form.getTarget(),
                            form.getWeight(),
                            user)
                    .ifPresent(error -> result.rejectValue("measureCode", error));
        }
        if (result.hasErrors()) {
            return page.page(evaluation, model);
        }
        redirect.addFlashAttribute("notice", "evaluation.model.measureAdded");
        return "redirect:" + evaluation.path() + "/model";
    }

    @PostMapping({
        "/evaluations/{id}/model/measures/{measureId}/delete",
        "/evaluations/{id}/lots/{lot}/model/measures/{measureId}/delete"
    })
    String removeMeasure(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @PathVariable long measureId,
            SignedInUser user,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        models.removeMeasure(evaluation, measureId, user);
        redirect.addFlashAttribute("notice", "evaluation.model.removed");
        return "redirect:" + evaluation.path() + "/model";
    }
}
