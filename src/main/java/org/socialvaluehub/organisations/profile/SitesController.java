package org.socialvaluehub.organisations.profile;

import jakarta.validation.Valid;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.OrganisationChecks;
import org.socialvaluehub.organisations.Organisations;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's admins list, add and remove its sites. */
@Controller
class SitesController {

    private final Organisations organisations;
    private final Sites sites;
    private final OrganisationChecks checks;

    SitesController(Organisations organisations, Sites sites, OrganisationChecks checks) {
        this.organisations = organisations;
        this.sites = sites;
        this.checks = checks;
    }

    @GetMapping("/organisations/{id}/sites")
    String initSiteForm(@PathVariable long id, SignedInUser user, Model model) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        return page(id, new SiteForm(), model);
    }

    @PostMapping("/organisations/{id}/sites")
    String processSiteForm(
            @PathVariable long id,
            SignedInUser user,
            @Valid @ModelAttribute("site") SiteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        find(id);
        checks.checkPostcode("postcode", form.getPostcode(), true, result);
        if (result.hasErrors()) {
            return page(id, form, model);
        }
        sites.add(id, form.getName(), form.getPostcode());
        redirect.addFlashAttribute("notice", "site.added");
        return "redirect:/organisations/" + id + "/sites";
    }

    @PostMapping("/organisations/{id}/sites/{siteId}/remove")
    String remove(@PathVariable long id, @PathVariable long siteId, SignedInUser user, RedirectAttributes redirect) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        sites.remove(id, siteId);
        redirect.addFlashAttribute("notice", "site.removed");
        return "redirect:/organisations/" + id + "/sites";
    }

    private String page(long id, SiteForm form, Model model) {
        model.addAttribute("organisation", find(id));
        model.addAttribute("sites", sites.of(id));
        model.addAttribute("site", form);
        return "organisations/sites";
    }

    private Organisation find(long id) {
        return organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
