package org.socialvaluehub.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A platform administrator sees the partnership team and grants or revokes each member's coordinator roles. */
@Controller
class CoordinatorsController {

    private final CoordinatorTeam team;

    CoordinatorsController(CoordinatorTeam team) {
        this.team = team;
    }

    @GetMapping("/coordinator/coordinators")
    String list(Model model) {
        model.addAttribute("members", team.members());
        model.addAttribute("roles", CoordinatorRole.values());
        return "accounts/coordinators";
    }

    @PostMapping("/coordinator/coordinators/{id}/roles")
    String changeRoles(
            @PathVariable long id,
            @RequestParam(name = "roles", required = false) List<String> roles,
            SignedInUser user,
            RedirectAttributes redirect) {
        Set<CoordinatorRole> wanted = EnumSet.noneOf(CoordinatorRole.class);
        for (CoordinatorRole role : CoordinatorRole.values()) {
            if (roles != null && roles.contains(role.name())) {
                wanted.add(role);
            }
        }
        CoordinatorTeam.Refusal refusal = team.setRoles(id, wanted, user);
        if (refusal == CoordinatorTeam.Refusal.NOT_A_COORDINATOR) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute(
                refusal == null ? "notice" : "refusal",
                refusal == null ? "coordinators.saved" : "coordinators.lastPlatformAdministrator");
        return "redirect:/coordinator/coordinators";
    }
}
