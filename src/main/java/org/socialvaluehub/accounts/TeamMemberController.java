package org.socialvaluehub.accounts;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation admin removes a member or changes their roles, each after a page that asks to confirm. */
@Controller
class TeamMemberController {

    private final Organisations organisations;
    private final Memberships memberships;

    TeamMemberController(Organisations organisations, Memberships memberships) {
        this.organisations = organisations;
        this.memberships = memberships;
    }

    @GetMapping("/organisations/{id}/team/{memberId}/remove")
    String confirmRemoval(@PathVariable long id, @PathVariable long memberId, SignedInUser user, Model model) {
        show(id, memberId, user, model);
        return "accounts/team-remove";
    }

    @PostMapping("/organisations/{id}/team/{memberId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long memberId,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        TeamMember member = show(id, memberId, user, model);
        Optional<Memberships.Refusal> refusal = memberships.remove(id, member, user);
        if (refusal.isPresent()) {
            model.addAttribute("refusal", "team.refused." + refusal.get());
            return "accounts/team-remove";
        }
        return done(id, "team.removed", member, redirect);
    }

    @GetMapping("/organisations/{id}/team/{memberId}/roles")
    String initRolesForm(@PathVariable long id, @PathVariable long memberId, SignedInUser user, Model model) {
        TeamMember member = show(id, memberId, user, model);
        model.addAttribute("chosen", member.roles());
        return "accounts/team-roles";
    }

    /** The first post shows the change to confirm; the second, with {@code confirmed}, makes it. */
    @PostMapping("/organisations/{id}/team/{memberId}/roles")
    String processRolesForm(
            @PathVariable long id,
            @PathVariable long memberId,
            SignedInUser user,
            @RequestParam(name = "roles", required = false) Set<String> chosen,
            @RequestParam(name = "confirmed", defaultValue = "false") boolean confirmed,
            Model model,
            RedirectAttributes redirect) {
        TeamMember member = show(id, memberId, user, model);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : TeamController.rolesFor(organisation(id))) {
            if (chosen != null && chosen.contains(role.name())) {
                roles.add(role);
            }
        }
        model.addAttribute("chosen", roles.stream().map(Role::name).toList());
        if (roles.isEmpty()) {
            model.addAttribute("refusal", "team.refused." + Memberships.Refusal.NO_ROLES);
            return "accounts/team-roles";
        }
        if (!confirmed) {
            return "accounts/team-roles-confirm";
        }
        Optional<Memberships.Refusal> refusal = memberships.changeRoles(id, member, roles, user);
        if (refusal.isPresent()) {
            model.addAttribute("refusal", "team.refused." + refusal.get());
            return "accounts/team-roles";
        }
        return done(id, "team.rolesChanged", member, redirect);
    }

    private TeamMember show(long id, long memberId, SignedInUser user, Model model) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        Organisation organisation = organisation(id);
        TeamMember member =
                memberships.member(id, memberId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organisation", organisation);
        model.addAttribute("member", member);
        model.addAttribute("roleChoices", TeamController.rolesFor(organisation));
        return member;
    }

    private Organisation organisation(long id) {
        return organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String done(long id, String notice, TeamMember member, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArgument", member.displayName());
        return "redirect:/organisations/" + id + "/team";
    }
}
