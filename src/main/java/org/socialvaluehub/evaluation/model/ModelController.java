package org.socialvaluehub.evaluation.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buyer sets an opportunity's evaluation model: weights and rubric here, questions and measures beside. */
@Controller
class ModelController {

    private final EvaluationAccess access;
    private final EvaluationModels models;
    private final MessageSource messages;

    ModelController(EvaluationAccess access, EvaluationModels models, MessageSource messages) {
        this.access = access;
        this.models = models;
        this.messages = messages;
    }

    @GetMapping({"/evaluations/{id}/model", "/evaluations/{id}/lots/{lot}/model"})
    String initModelForm(
            @PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user, Model model) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        Optional<EvaluationModel> saved = models.find(evaluation);
        model.addAttribute("weights", saved.map(WeightsForm::of).orElseGet(() -> WeightsForm.defaults(defaults())));
        return page(evaluation, model);
    }

    @PostMapping({"/evaluations/{id}/model", "/evaluations/{id}/lots/{lot}/model"})
    String processModelForm(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            SignedInUser user,
            @Valid @ModelAttribute("weights") WeightsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        List<String> descriptors = form.getDescriptors();
        if (descriptors.size() != RubricLevel.SCORES.size()
                || descriptors.stream().anyMatch(d -> d == null || d.isBlank())) {
            result.reject("evaluation.model.descriptors.missing");
        }
        if (!result.hasErrors()) {
            models.saveWeights(
                            evaluation,
                            form.getPriceWeight(),
                            form.getQualityWeight(),
                            form.getSocialWeight(),
                            form.getSocialJustification(),
                            descriptors.stream().map(String::strip).toList(),
                            user)
                    .ifPresent(result::reject);
        }
        if (result.hasErrors()) {
            return page(evaluation, model);
        }
        redirect.addFlashAttribute("notice", "evaluation.model.saved");
        return "redirect:" + evaluation.path() + "/model";
    }

    String page(Evaluation evaluation, Model model) {
        model.addAttribute("opportunity", evaluation);
        model.addAttribute("evaluationModel", models.find(evaluation).orElse(null));
        model.addAttribute("editable", models.editable(evaluation));
        model.addAttribute("floor", models.socialValueWeighting().partnershipFloor());
        model.addAttribute("hardFloor", models.socialValueWeighting().hardFloor());
        model.addAttribute("measures", models.measures(evaluation));
        model.addAttribute("scorings", MeasureCriterion.SCORINGS);
        model.addAttribute("sections", Question.Section.values());
        model.addAttribute("levels", RubricLevel.SCORES);
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", new QuestionForm());
        }
        if (!model.containsAttribute("measure")) {
            model.addAttribute("measure", new MeasureForm());
        }
        if (!model.containsAttribute("weights")) {
            model.addAttribute(
                    "weights",
                    models.find(evaluation).map(WeightsForm::of).orElseGet(() -> WeightsForm.defaults(defaults())));
        }
        return "evaluation/model";
    }

    private List<String> defaults() {
        return RubricLevel.SCORES.stream()
                .map(score -> messages.getMessage("evaluation.rubric.default." + score, null, Locale.UK))
                .toList();
    }
}
