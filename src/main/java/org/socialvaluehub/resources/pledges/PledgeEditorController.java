package org.socialvaluehub.resources.pledges;

import jakarta.validation.Valid;
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

/** Coordinators keep the charter's list of pledges: add, reword and retire them. */
@Controller
class PledgeEditorController {

    private final PledgeRepository pledges;

    PledgeEditorController(PledgeRepository pledges) {
        this.pledges = pledges;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", Pledge.CATEGORIES);
    }

    @GetMapping("/coordinator/pledges")
    String initCreationForm(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("all", pledges.all(false));
        model.addAttribute("pledge", new PledgeForm());
        return "resources/pledges-editor";
    }

    @PostMapping("/coordinator/pledges")
    String processCreationForm(
            SignedInUser user,
            @Valid @ModelAttribute("pledge") PledgeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        if (result.hasErrors()) {
            model.addAttribute("all", pledges.all(false));
            return "resources/pledges-editor";
        }
        pledges.insert(form.getCategory(), form.getTitle().strip(), ProgressForm.clean(form.getDescription()));
        redirect.addFlashAttribute("notice", "pledges.added");
        return "redirect:/coordinator/pledges";
    }

    @GetMapping("/coordinator/pledges/{id}")
    String initUpdateForm(@PathVariable long id, SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("pledge", PledgeForm.of(find(id)));
        model.addAttribute("pledgeId", id);
        return "resources/pledge-edit";
    }

    @PostMapping("/coordinator/pledges/{id}")
    String processUpdateForm(
            @PathVariable long id,
            SignedInUser user,
            @Valid @ModelAttribute("pledge") PledgeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        find(id);
        if (result.hasErrors()) {
            model.addAttribute("pledgeId", id);
            return "resources/pledge-edit";
        }
        pledges.update(
                id,
                form.getCategory(),
                form.getTitle().strip(),
                ProgressForm.clean(form.getDescription()),
                form.isActive());
        redirect.addFlashAttribute("notice", "pledges.saved");
        return "redirect:/coordinator/pledges";
    }

    private Pledge find(long id) {
        return pledges.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
