package org.socialvaluehub.organisations.quality;

import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.directory.ClaimStatus;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person claims a demo or imported profile; coordinators approve or reject claims. */
@Controller
class ClaimsController {

    private final Organisations organisations;
    private final Claims claims;
    private final ClaimStatus status;

    ClaimsController(Organisations organisations, Claims claims, ClaimStatus status) {
        this.organisations = organisations;
        this.claims = claims;
        this.status = status;
    }

    @GetMapping("/directory/{id}/claim")
    String initClaimForm(@PathVariable long id, SignedInUser user, Model model) {
        model.addAttribute("organisation", claimable(id, user));
        return "organisations/claim";
    }

    @PostMapping("/directory/{id}/claim")
    String processClaimForm(
            @PathVariable long id,
            @RequestParam(required = false) String message,
            SignedInUser user,
            RedirectAttributes redirect) {
        claimable(id, user);
        String text = message == null || message.isBlank() ? null : message.strip();
        claims.claim(
                id,
                user.id(),
                user.displayName(),
                text == null ? null : text.substring(0, Math.min(2000, text.length())));
        redirect.addFlashAttribute("notice", "claim.sent");
        return "redirect:/directory/" + id;
    }

    @GetMapping("/coordinator/claims")
    String list(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("claims", claims.pending());
        return "organisations/coordinator-claims";
    }

    @PostMapping("/coordinator/claims/{id}/approve")
    String approve(@PathVariable long id, SignedInUser user, RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        claims.approve(id, user.displayName());
        redirect.addFlashAttribute("notice", "claim.approved");
        return "redirect:/coordinator/claims";
    }

    @PostMapping("/coordinator/claims/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            SignedInUser user,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        claims.reject(id, user.displayName(), reason == null || reason.isBlank() ? null : reason.strip());
        redirect.addFlashAttribute("notice", "claim.rejected");
        return "redirect:/coordinator/claims";
    }

    private Organisation claimable(long id, SignedInUser user) {
        if (user == null) {
            throw new AccessDeniedException("Sign in to claim a profile");
        }
        Organisation organisation =
                organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!status.claimable(organisation) || user.belongsTo(id)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return organisation;
    }
}
