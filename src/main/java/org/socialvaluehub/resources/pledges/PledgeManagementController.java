package org.socialvaluehub.resources.pledges;

import jakarta.validation.Valid;
import java.util.List;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's admins choose its pledges for a year, record progress with evidence, and renew yearly. */
@Controller
class PledgeManagementController {

    private final Charter charter;

    PledgeManagementController(Charter charter) {
        this.charter = charter;
    }

    @GetMapping("/pledges/manage/{organisationId}")
    String show(
            @PathVariable long organisationId,
            @RequestParam(required = false) Integer year,
            SignedInUser user,
            Model model) {
        Organisation organisation = organisation(organisationId, user);
        int shown = year == null ? charter.currentYear() : year;
        List<Commitment> commitments = charter.commitments(organisationId, shown);
        model.addAttribute("organisation", organisation);
        model.addAttribute("year", shown);
        model.addAttribute("commitments", commitments);
        model.addAttribute(
                "chosen", commitments.stream().map(Commitment::pledgeId).toList());
        model.addAttribute("pledges", charter.pledges(true));
        model.addAttribute(
                "canRenew",
                commitments.isEmpty()
                        && !charter.commitments(organisationId, shown - 1).isEmpty());
        return "resources/pledges-manage";
    }

    @PostMapping("/pledges/manage/{organisationId}/choose")
    String choose(
            @PathVariable long organisationId,
            @RequestParam int year,
            @RequestParam(required = false) List<Long> pledgeIds,
            SignedInUser user,
            RedirectAttributes redirect) {
        organisation(organisationId, user);
        charter.choose(organisationId, year, pledgeIds == null ? List.of() : pledgeIds);
        redirect.addFlashAttribute("notice", "pledges.chosen");
        return "redirect:/pledges/manage/" + organisationId + "?year=" + year;
    }

    @PostMapping("/pledges/manage/{organisationId}/renew")
    String renew(
            @PathVariable long organisationId, @RequestParam int year, SignedInUser user, RedirectAttributes redirect) {
        organisation(organisationId, user);
        redirect.addFlashAttribute("notice", "pledges.renewed");
        redirect.addFlashAttribute("noticeArgument", charter.renew(organisationId, year));
        return "redirect:/pledges/manage/" + organisationId + "?year=" + year;
    }

    @GetMapping("/pledges/manage/{organisationId}/commitments/{id}")
    String initProgressForm(@PathVariable long organisationId, @PathVariable long id, SignedInUser user, Model model) {
        organisation(organisationId, user);
        Commitment commitment = commitment(organisationId, id);
        model.addAttribute("commitment", commitment);
        model.addAttribute("progress", ProgressForm.of(commitment));
        return "resources/pledges-progress";
    }

    @PostMapping("/pledges/manage/{organisationId}/commitments/{id}")
    String processProgressForm(
            @PathVariable long organisationId,
            @PathVariable long id,
            SignedInUser user,
            @Valid @ModelAttribute("progress") ProgressForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        organisation(organisationId, user);
        Commitment commitment = commitment(organisationId, id);
        if (result.hasErrors()) {
            model.addAttribute("commitment", commitment);
            return "resources/pledges-progress";
        }
        charter.record(
                id,
                ProgressForm.clean(form.getBaseline()),
                ProgressForm.clean(form.getProgress()),
                ProgressForm.clean(form.getEvidence()),
                form.isPublished());
        redirect.addFlashAttribute("notice", "pledges.progressSaved");
        return "redirect:/pledges/manage/" + organisationId + "?year=" + commitment.year();
    }

    private Organisation organisation(long id, SignedInUser user) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        return charter.organisation(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Commitment commitment(long organisationId, long id) {
        return charter.commitment(id)
                .filter(c -> c.organisationId() == organisationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
