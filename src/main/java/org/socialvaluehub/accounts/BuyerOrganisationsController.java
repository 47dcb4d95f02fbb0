package org.socialvaluehub.accounts;

import jakarta.validation.Valid;
import java.util.EnumSet;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationChecks;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators add the partnership's buyer organisations and invite each one's first admin. */
@Controller
class BuyerOrganisationsController {

    private final Organisations organisations;
    private final OrganisationChecks checks;
    private final Invitations invitations;
    private final AuditLog audit;

    BuyerOrganisationsController(
            Organisations organisations, OrganisationChecks checks, Invitations invitations, AuditLog audit) {
        this.organisations = organisations;
        this.checks = checks;
        this.invitations = invitations;
        this.audit = audit;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("sizeBands", SizeBand.values());
    }

    @GetMapping("/coordinator/buyers")
    String initBuyerForm(Model model) {
        model.addAttribute("buyers", organisations.buyers());
        model.addAttribute("buyerForm", new BuyerOrganisationForm());
        return "accounts/buyers";
    }

    @PostMapping("/coordinator/buyers")
    @Transactional
    String processBuyerForm(
            SignedInUser user,
            @Valid @ModelAttribute("buyerForm") BuyerOrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        checks.checkPostcode("postcode", form.getPostcode(), true, result);
        if (result.hasErrors()) {
            model.addAttribute("buyers", organisations.buyers());
            return "accounts/buyers";
        }
        long id = organisations.add(new NewOrganisation(
                form.getName(),
                OrganisationKind.BUYER,
                form.getLegalForm(),
                form.getSizeBand(),
                OrganisationChecks.normalisedPostcode(form.getPostcode()),
                null,
                null,
                false));
        audit.record(
                AuditLog.EventType.ORGANISATION_CREATED,
                user.id(),
                user.email(),
                "buyer " + id + " (" + form.getName().strip() + ")");
        invitations.invite(
                form.getAdminEmail(),
                id,
                form.getName().strip(),
                EnumSet.of(Role.ORG_ADMIN, Role.BUYER),
                user.id(),
                user.displayName());
        redirect.addFlashAttribute("notice", "buyers.created");
        redirect.addFlashAttribute("noticeArgument", form.getName().strip());
        return "redirect:/coordinator/buyers";
    }
}
