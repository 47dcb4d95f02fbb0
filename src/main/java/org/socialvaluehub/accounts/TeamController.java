package org.socialvaluehub.accounts;

import jakarta.validation.Valid;
import java.util.List;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.OrganisationKind;
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

/** An organisation's team: its admins see who holds which role and invite colleagues. */
@Controller
class TeamController {

    private final Organisations organisations;
    private final UserRepository users;
    private final Invitations invitations;

    TeamController(Organisations organisations, UserRepository users, Invitations invitations) {
        this.organisations = organisations;
        this.users = users;
        this.invitations = invitations;
    }

    @GetMapping("/organisations/{id}/team")
    String team(@PathVariable long id, SignedInUser user, Model model) {
        Organisation organisation = allowed(id, user);
        show(organisation, model);
        model.addAttribute("inviteForm", new InviteForm());
        return "accounts/team";
    }

    @PostMapping("/organisations/{id}/team")
    String processInviteForm(
            @PathVariable long id,
            SignedInUser user,
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = allowed(id, user);
        if (!rolesFor(organisation).containsAll(form.getRoles())) {
            result.rejectValue("roles", "invite.roles.notAllowed");
        }
        if (result.hasErrors()) {
            show(organisation, model);
            return "accounts/team";
        }
        invitations.invite(form.getEmail(), id, organisation.name(), form.getRoles(), user.id(), user.displayName());
        redirect.addFlashAttribute("notice", "invite.sent");
        redirect.addFlashAttribute("noticeArgument", form.getEmail());
        return "redirect:/organisations/" + id + "/team";
    }

    private Organisation allowed(long id, SignedInUser user) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        return organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void show(Organisation organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", users.team(organisation.id()));
        model.addAttribute("pending", invitations.pending(organisation.id()));
        model.addAttribute("roleChoices", rolesFor(organisation));
    }

    static List<Role> rolesFor(Organisation organisation) {
        return organisation.kind() == OrganisationKind.BUYER
                ? List.of(Role.BUYER, Role.EVALUATOR, Role.ORG_ADMIN)
                : List.of(Role.SUPPLIER, Role.ORG_ADMIN);
    }
}
