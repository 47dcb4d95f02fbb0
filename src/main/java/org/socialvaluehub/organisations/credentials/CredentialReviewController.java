package org.socialvaluehub.organisations.credentials;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialvaluehub.organisations.Credential;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.Pagination;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators check claimed credentials against their evidence and verify or reject them. */
@Controller
class CredentialReviewController {

    private final Credentials credentials;
    private final CredentialQueue queue;
    private final Organisations organisations;

    CredentialReviewController(Credentials credentials, CredentialQueue queue, Organisations organisations) {
        this.credentials = credentials;
        this.queue = queue;
        this.organisations = organisations;
    }

    @GetMapping("/coordinator/credentials")
    String list(
            @RequestParam(defaultValue = "CLAIMED") String status,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "1") int page,
            SignedInUser user,
            Model model) {
        Access.requireCoordinator(user);
        CredentialQueueFilter filter = CredentialQueueFilter.of(status, type, organisation, page);
        CredentialQueue.Page found = queue.find(filter);
        int pages = Pagination.pagesFor(found.total(), CredentialQueue.PAGE_SIZE);
        Map<Long, Organisation> byId =
                organisations
                        .findAll(found.credentials().stream()
                                .map(c -> c.organisationId())
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Organisation::id, Function.identity()));
        model.addAttribute("claimed", found.credentials());
        model.addAttribute("total", found.total());
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", Credential.Status.values());
        model.addAttribute("types", credentials.types());
        model.addAttribute("pager", Pagination.of(Math.min(filter.page(), pages), pages, filter::link));
        model.addAttribute("organisations", byId);
        return "organisations/coordinator-credentials";
    }

    @PostMapping("/coordinator/credentials/{id}/verify")
    String verify(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "1") int page,
            SignedInUser user,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        credentials.verify(id, user.displayName());
        redirect.addFlashAttribute("notice", "credential.verified");
        return "redirect:"
                + CredentialQueueFilter.of("CLAIMED", type, organisation, page).link(page);
    }

    @PostMapping("/coordinator/credentials/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "1") int page,
            SignedInUser user,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        String back =
                CredentialQueueFilter.of("CLAIMED", type, organisation, page).link(page);
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("rejectError", id);
            return "redirect:" + back;
        }
        credentials.reject(id, user.displayName(), reason.strip());
        redirect.addFlashAttribute("notice", "credential.rejected");
        return "redirect:" + back;
    }

    @GetMapping("/coordinator/credential-types")
    String types(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("types", credentials.types());
        return "organisations/coordinator-credential-types";
    }

    @PostMapping("/coordinator/credential-types")
    String addType(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String levels,
            SignedInUser user,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        if (name == null || name.isBlank() || name.length() > 120) {
            redirect.addFlashAttribute("nameError", true);
            return "redirect:/coordinator/credential-types";
        }
        credentials.addType(name, levels);
        redirect.addFlashAttribute("notice", "credentialType.added");
        return "redirect:/coordinator/credential-types";
    }
}
