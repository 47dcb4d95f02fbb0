package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.PublicAddress;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's admins make partner API tokens for their own systems, see them and revoke them. */
@Controller
class ApiTokenController {

    private final Organisations organisations;
    private final ApiTokens tokens;
    private final PublicAddress publicAddress;

    ApiTokenController(Organisations organisations, ApiTokens tokens, PublicAddress publicAddress) {
        this.organisations = organisations;
        this.tokens = tokens;
        this.publicAddress = publicAddress;
    }

    @GetMapping("/organisations/{id}/api-tokens")
    String list(@PathVariable long id, SignedInUser user, Model model) {
        show(allowed(id, user), model);
        model.addAttribute("form", new ApiTokenForm());
        return "accounts/api-tokens";
    }

    @PostMapping("/organisations/{id}/api-tokens")
    String create(
            @PathVariable long id,
            SignedInUser user,
            @Valid @ModelAttribute("form") ApiTokenForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        Organisation organisation = allowed(id, user);
        if (result.hasErrors()) {
            show(organisation, model);
            return "accounts/api-tokens";
        }
        String token = tokens.create(id, form.getName(), form.mayWrite(), form.lifetime(), user.id());
        // Shown on this answer only: never stored, never cached, never in a redirect.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("organisation", organisation);
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        model.addAttribute(
                "example", "curl -H \"Authorization: Bearer " + token + "\" " + publicAddress.link("/api/v1/token"));
        return "accounts/api-token-created";
    }

    @GetMapping("/organisations/{id}/api-tokens/{token}/revoke")
    String confirmRevoke(@PathVariable long id, @PathVariable long token, SignedInUser user, Model model) {
        model.addAttribute("organisation", allowed(id, user));
        model.addAttribute("apiToken", found(id, token));
        return "accounts/api-token-revoke";
    }

    @PostMapping("/organisations/{id}/api-tokens/{token}/revoke")
    String revoke(
            @PathVariable long id,
            @PathVariable long token,
            @RequestParam(required = false) String confirm,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = allowed(id, user);
        ApiToken apiToken = found(id, token);
        if (!"yes".equals(confirm) && !"no".equals(confirm)) {
            model.addAttribute("organisation", organisation);
            model.addAttribute("apiToken", apiToken);
            model.addAttribute("confirmMissing", true);
            return "accounts/api-token-revoke";
        }
        if ("yes".equals(confirm) && tokens.revoke(id, token, user.id())) {
            redirect.addFlashAttribute("notice", "apiTokens.revoked");
            redirect.addFlashAttribute("noticeArgument", apiToken.name());
        }
        return "redirect:/organisations/" + id + "/api-tokens";
    }

    private Organisation allowed(long id, SignedInUser user) {
        // The organisation's own admins only: a token reads the organisation's data, so no coordinator makes one.
        Access.requireMember(user, id, Role.ORG_ADMIN);
        return organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ApiToken found(long organisationId, long token) {
        return tokens.find(organisationId, token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void show(Organisation organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("apiTokens", tokens.of(organisation.id()));
    }
}
