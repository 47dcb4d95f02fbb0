package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accepting an invitation: a new person sets up their account; an existing one adds the roles. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final Organisations organisations;
    private final PasswordChecks checks;
    private final SignedInSession session;

    InvitationController(
            Invitations invitations, Organisations organisations, PasswordChecks checks, SignedInSession session) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.checks = checks;
        this.session = session;
    }

    @GetMapping("/invitations/{token}")
    String initAcceptForm(@PathVariable String token, SignedInUser user, Model model) {
        Optional<Invitation> invitation = invitations.open(token);
        if (invitation.isEmpty()) {
            return problem(token, model);
        }
        describe(invitation.get(), token, user, model);
        model.addAttribute("invitationForm", new InvitationForm());
        return "accounts/invitation";
    }

    @PostMapping("/invitations/{token}")
    String processAcceptForm(
            @PathVariable String token,
            SignedInUser user,
            @ModelAttribute("invitationForm") InvitationForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<Invitation> open = invitations.open(token);
        if (open.isEmpty()) {
            return problem(token, model);
        }
        Invitation invitation = open.get();
        if (invitations.accountExists(invitation)) {
            if (user == null || !user.email().equalsIgnoreCase(invitation.email())) {
                describe(invitation, token, user, model);
                return "accounts/invitation";
            }
            invitations.acceptAsExistingPerson(invitation, user.id());
            session.refresh(user.email(), request, response);
            redirect.addFlashAttribute("notice", "invitation.accepted");
            return "redirect:/account";
        }
        if (form.getDisplayName() == null || form.getDisplayName().isBlank()) {
            result.rejectValue("displayName", "registration.displayName.missing");
        } else if (form.getDisplayName().strip().length() > RegistrationForm.DISPLAY_NAME) {
            result.rejectValue("displayName", "registration.displayName.tooLong");
        }
        checks.check("password", form.getPassword(), invitation.email(), result);
        checks.checkConfirmation("confirmPassword", form.getPassword(), form.getConfirmPassword(), result);
        if (result.hasErrors()) {
            describe(invitation, token, user, model);
            return "accounts/invitation";
        }
        if (!invitations.acceptAsNewPerson(invitation, form.getDisplayName().strip(), form.getPassword())) {
            return problem(token, model);
        }
        redirect.addFlashAttribute("notice", "invitation.accountCreated");
        return "redirect:/sign-in";
    }

    private void describe(Invitation invitation, String token, SignedInUser user, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute(
                "organisation", organisations.find(invitation.organisationId()).orElseThrow());
        model.addAttribute("accountExists", invitations.accountExists(invitation));
        model.addAttribute("signedInAsInvitee", user != null && user.email().equalsIgnoreCase(invitation.email()));
    }

    private String problem(String token, Model model) {
        Optional<Invitation> any = invitations.any(token);
        String outcome = any.isEmpty() ? "Unknown" : any.get().acceptedAt() != null ? "AlreadyUsed" : "Expired";
        model.addAttribute("outcome", outcome);
        return "accounts/link-problem";
    }
}
