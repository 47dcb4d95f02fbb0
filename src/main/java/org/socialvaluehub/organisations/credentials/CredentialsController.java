package org.socialvaluehub.organisations.credentials;

import java.util.stream.Collectors;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
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

/** An organisation's credentials: its people see them; its admins claim new ones with evidence. */
@Controller
class CredentialsController {

    private final Organisations organisations;
    private final Credentials credentials;
    private final CredentialChecks checks;

    CredentialsController(Organisations organisations, Credentials credentials, CredentialChecks checks) {
        this.organisations = organisations;
        this.credentials = credentials;
        this.checks = checks;
    }

    @GetMapping("/organisations/{id}/credentials")
    String initCredentialForm(@PathVariable long id, SignedInUser user, Model model) {
        Access.requireRole(user, id, Role.values());
        return page(id, new CredentialForm(), user, model);
    }

    @PostMapping("/organisations/{id}/credentials")
    String processCredentialForm(
            @PathVariable long id,
            SignedInUser user,
            @ModelAttribute("credential") @jakarta.validation.Valid CredentialForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        find(id);
        NewCredential credential = checks.check(form, result);
        if (credential == null) {
            return page(id, form, user, model);
        }
        credentials.claim(id, credential);
        redirect.addFlashAttribute("notice", "credential.claimed");
        return "redirect:/organisations/" + id + "/credentials";
    }

    private String page(long id, CredentialForm form, SignedInUser user, Model model) {
        model.addAttribute("organisation", find(id));
        model.addAttribute("credentials", credentials.of(id));
        model.addAttribute(
                "expiringSoon",
                credentials.expiringSoon(id).stream().map(c -> c.id()).collect(Collectors.toSet()));
        model.addAttribute("types", credentials.types());
        model.addAttribute("credential", form);
        model.addAttribute("canEdit", user.coordinates(CoordinatorRole.DIRECTORY) || user.hasRole(id, Role.ORG_ADMIN));
        return "organisations/credentials";
    }

    private Organisation find(long id) {
        return organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
