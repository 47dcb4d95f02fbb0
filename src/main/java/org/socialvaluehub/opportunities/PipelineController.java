package org.socialvaluehub.opportunities;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.socialvaluehub.opportunities.core.ValueBand;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A buyer's pipeline: the list of their opportunities, writing and editing drafts, and moving them on. */
@Controller
class PipelineController {

    private final Pipeline pipeline;
    private final Opportunities opportunities;
    private final BuyerAccess access;
    private final CpvCatalogue catalogue;
    private final PriorityChoices priorities;

    PipelineController(
            Pipeline pipeline,
            Opportunities opportunities,
            BuyerAccess access,
            CpvCatalogue catalogue,
            PriorityChoices priorities) {
        this.pipeline = pipeline;
        this.opportunities = opportunities;
        this.access = access;
        this.catalogue = catalogue;
        this.priorities = priorities;
    }

    @GetMapping("/opportunities/manage")
    String manage(SignedInUser user, Model model) {
        List<Organisation> buyers = access.buyersOf(user);
        if (buyers.isEmpty()) {
            throw new AccessDeniedException("Buyers only");
        }
        model.addAttribute("buyers", buyers);
        model.addAttribute(
                "opportunities",
                user.coordinates(CoordinatorRole.DIRECTORY)
                        ? pipeline.all()
                        : pipeline.ofBuyers(
                                buyers.stream().map(Organisation::id).toList()));
        return "opportunities/manage";
    }

    @GetMapping("/opportunities/new")
    String initCreationForm(SignedInUser user, Model model) {
        OpportunityForm form = new OpportunityForm();
        List<Organisation> buyers = requireBuyers(user);
        form.setBuyerId(buyers.get(0).id());
        return showForm(form, null, user, model);
    }

    @PostMapping("/opportunities/new")
    String processCreationForm(
            @jakarta.validation.Valid @ModelAttribute("opportunity") OpportunityForm form,
            BindingResult result,
            @RequestParam(required = false) String action,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        if (form.getBuyerId() == null || requireBuyers(user).stream().noneMatch(b -> b.id() == form.getBuyerId())) {
            throw new AccessDeniedException("Not a buyer of " + form.getBuyerId());
        }
        OpportunityDraft draft = form.toDraft(catalogue, result);
        if ("search".equals(action) || result.hasErrors()) {
            return showForm(form, null, user, model);
        }
        try {
            long id = pipeline.createDraft(form.getBuyerId(), draft);
            redirect.addFlashAttribute("notice", "opportunity.saved");
            return "redirect:/opportunities/" + id;
        } catch (InvalidDraftException e) {
            OpportunityErrors.reject(e, result);
            return showForm(form, null, user, model);
        }
    }

    @GetMapping("/opportunities/{id}/edit")
    String initUpdateForm(@PathVariable long id, SignedInUser user, Model model, HttpServletResponse response) {
        OpportunityDetails o = access.manageable(id, user);
        if (o.status().isFinal()) {
            return editRefused(o, response, model);
        }
        return showForm(OpportunityForm.of(o), o, user, model);
    }

    @PostMapping("/opportunities/{id}/edit")
    String processUpdateForm(
            @PathVariable long id,
            @jakarta.validation.Valid @ModelAttribute("opportunity") OpportunityForm form,
            BindingResult result,
            @RequestParam(required = false) String action,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        OpportunityDetails o = access.manageable(id, user);
        if (o.status().isFinal()) {
            return editRefused(o, response, model);
        }
        form.setBuyerId(o.buyerId());
        OpportunityDraft draft = form.toDraft(catalogue, result);
        if ("search".equals(action) || result.hasErrors()) {
            return showForm(form, o, user, model);
        }
        try {
            pipeline.update(id, draft);
        } catch (InvalidDraftException e) {
            OpportunityErrors.reject(e, result);
            return showForm(form, o, user, model);
        } catch (IllegalStatusChangeException awardedMeanwhile) {
            return editRefused(o, response, model);
        }
        redirect.addFlashAttribute("notice", "opportunity.saved");
        return "redirect:/opportunities/" + id;
    }

    @PostMapping("/opportunities/{id}/status")
    String move(
            @PathVariable long id,
            @RequestParam OpportunityStatus target,
            SignedInUser user,
            RedirectAttributes redirect) {
        access.manageable(id, user);
        try {
            opportunities.moveTo(id, target);
            redirect.addFlashAttribute("notice", "opportunity.moved." + target.name());
        } catch (IllegalStatusChangeException e) {
            redirect.addFlashAttribute("warning", "opportunity.moveRefused");
        } catch (OpeningRefused e) {
            redirect.addFlashAttribute("moveProblem", e.messageKey());
            redirect.addFlashAttribute("moveProblemArgument", e.argument());
        }
        return "redirect:/opportunities/" + id;
    }

    /** An awarded or cancelled opportunity keeps the details it was decided on; nothing is saved. */
    private static String editRefused(OpportunityDetails o, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("existing", o);
        return "opportunities/edit-refused";
    }

    private List<Organisation> requireBuyers(SignedInUser user) {
        List<Organisation> buyers = access.buyersOf(user);
        if (buyers.isEmpty()) {
            Access.requireRole(user, -1, Role.BUYER);
        }
        return buyers;
    }

    private String showForm(OpportunityForm form, OpportunityDetails existing, SignedInUser user, Model model) {
        model.addAttribute("opportunity", form);
        model.addAttribute("existing", existing);
        model.addAttribute("buyers", access.buyersOf(user));
        model.addAttribute("kinds", OpportunityKind.values());
        model.addAttribute("valueBands", ValueBand.values());
        model.addAttribute("priorityChoices", priorities.choices());
        model.addAttribute(
                "chosenCpv",
                form.getCpvCodes().stream()
                        .map(c -> catalogue.find(c).orElse(new CpvCatalogue.Entry(c, c, "?")))
                        .toList());
        model.addAttribute(
                "cpvResults",
                catalogue.search(form.getCpvQuery(), 30).stream()
                        .filter(e -> !form.getCpvCodes().contains(e.digits()))
                        .toList());
        return "opportunities/form";
    }
}
