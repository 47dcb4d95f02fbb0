package org.socialvaluehub.organisations;

import jakarta.validation.Valid;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.CoordinatorRole;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's own view of its profile, and editing it (its admins and coordinators). */
@Controller
class ProfileController {

    private final Organisations organisations;
    private final OrganisationChecks checks;
    private final SicCatalogue sic;
    private final OrganisationFacts facts;

    ProfileController(
            Organisations organisations, OrganisationChecks checks, SicCatalogue sic, OrganisationFacts facts) {
        this.organisations = organisations;
        this.checks = checks;
        this.sic = sic;
        this.facts = facts;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("sizeBands", SizeBand.values());
        model.addAttribute("sicCodes", sic.all());
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable long id, SignedInUser user, Model model) {
        Access.requireRole(user, id, Role.values());
        model.addAttribute("organisation", find(id));
        model.addAttribute("view", facts.profile(id).orElseThrow());
        model.addAttribute("canEdit", user.coordinates(CoordinatorRole.DIRECTORY) || user.hasRole(id, Role.ORG_ADMIN));
        return "organisations/show";
    }

    @GetMapping("/organisations/{id}/profile")
    String initProfileForm(@PathVariable long id, SignedInUser user, Model model) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        Organisation organisation = find(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "profile",
                ProfileForm.of(organisation, organisations.details(id).orElseThrow()));
        return "organisations/edit";
    }

    @PostMapping("/organisations/{id}/profile")
    String processProfileForm(
            @PathVariable long id,
            SignedInUser user,
            @Valid @ModelAttribute("profile") ProfileForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        Organisation organisation = find(id);
        checks.checkPostcode("postcode", form.getPostcode(), organisation.kind() == OrganisationKind.SUPPLIER, result);
        checks.checkCompanyNumber("companyNumber", form.getCompanyNumber(), result);
        checks.checkCharityNumber("charityNumber", form.getCharityNumber(), result);
        checks.checkMutualNumber("mutualNumber", form.getMutualNumber(), result);
        checks.checkShare("localSpendShare", form.getLocalSpendShare(), result);
        checks.checkShare("localWageShare", form.getLocalWageShare(), result);
        if (form.getSicCode() != null
                && !form.getSicCode().isBlank()
                && sic.description(form.getSicCode()).isEmpty()) {
            result.rejectValue("sicCode", "sicCode.unknown");
        }
        if (result.hasErrors()) {
            model.addAttribute("organisation", organisation);
            return "organisations/edit";
        }
        organisations.updateProfile(id, form.toChanges());
        redirect.addFlashAttribute("notice", "profile.saved");
        return "redirect:/organisations/" + id;
    }

    private Organisation find(long id) {
        return organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
