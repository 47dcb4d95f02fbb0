package org.socialvaluehub.measures;

import jakarta.validation.Valid;
import org.socialvaluehub.measures.core.CsvRejectedException;
import org.socialvaluehub.measures.core.DiscountSchedule;
import org.socialvaluehub.measures.core.EvidenceGrade;
import org.socialvaluehub.measures.core.Factor;
import org.socialvaluehub.measures.core.Framework;
import org.socialvaluehub.measures.core.InvalidInputException;
import org.socialvaluehub.measures.core.Unit;
import org.socialvaluehub.measures.core.ValueType;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators add a measure to the draft or change one and its proxy value; bad input changes nothing. */
@Controller
class MeasureController {

    private final FrameworkDrafts drafts;
    private final MeasureFormWords words;

    MeasureController(FrameworkDrafts drafts, MeasureFormWords words) {
        this.drafts = drafts;
        this.words = words;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("units", Unit.values());
        model.addAttribute("grades", EvidenceGrade.values());
        model.addAttribute("bases", Factor.Basis.values());
        model.addAttribute("valueTypes", ValueType.values());
        model.addAttribute("schedules", DiscountSchedule.values());
    }

    @GetMapping("/coordinator/framework/measures/new")
    String initCreateForm(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        Draft draft = drafts.current();
        MeasureForm form = new MeasureForm();
        form.setDraftId(draft.id());
        return show(draft, form, model);
    }

    @GetMapping("/coordinator/framework/measures/{code}")
    String initUpdateForm(@PathVariable String code, SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        Draft draft = drafts.current();
        MeasureForm form = MeasureForm.of(MeasureEdit.row(draft.content(), code));
        form.setDraftId(draft.id());
        return show(draft, form, model);
    }

    @PostMapping({"/coordinator/framework/measures/new", "/coordinator/framework/measures/{code}"})
    String processForm(
            SignedInUser user,
            @Valid @ModelAttribute("measure") MeasureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        Draft draft = drafts.current();
        if (result.hasErrors()) {
            return show(draft, form, model);
        }
        String original =
                form.getOriginalCode() == null || form.getOriginalCode().isBlank() ? null : form.getOriginalCode();
        try {
            Framework edited = MeasureEdit.apply(draft.content(), original, form.getOutcomeCode(), form.cells());
            drafts.save(form.getDraftId(), edited);
            redirect.addFlashAttribute("notice", "framework.measure.saved");
            redirect.addFlashAttribute("noticeArgument", form.getMeasureCode().strip());
            return "redirect:/coordinator/framework";
        } catch (CsvRejectedException e) {
            e.problems().forEach(p -> reject(result, p.column(), words.reword(p.column(), p.message())));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> reject(result, p.field(), words.reword(p.field(), p.message())));
        } catch (VersionPublishedException e) {
            result.reject("framework.draft.publishedMeanwhile", new Object[] {e.number()}, null);
        }
        return show(draft, form, model);
    }

    /** A problem from the core, shown against its field as "Label message"; problems of no field go to the top. */
    static void reject(BindingResult result, String column, String message) {
        String field = column == null ? null : MeasureForm.field(column);
        if (field != null
                && result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(
                                result.getTarget().getClass(), field)
                        != null) {
            Object label = new DefaultMessageSourceResolvable(new String[] {"measure.field." + field}, column);
            result.rejectValue(field, "framework.fieldProblem", new Object[] {label, message}, null);
        } else {
            result.reject("framework.problem", new Object[] {column == null ? "" : column, message}, null);
        }
    }

    private String show(Draft draft, MeasureForm form, Model model) {
        model.addAttribute("measure", form);
        model.addAttribute("outcomes", draft.content().outcomes());
        return "measures/measure";
    }
}
