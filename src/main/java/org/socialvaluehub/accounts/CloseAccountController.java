package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person closes their own account, after a page that says what goes and what is kept, and asks to confirm. The
 * only admin of an organisation is asked to make someone else admin first, so no organisation is left without one.
 */
@Controller
class CloseAccountController {

    private final UserRepository users;
    private final AccountErasure erasure;
    private final Organisations organisations;

    CloseAccountController(UserRepository users, AccountErasure erasure, Organisations organisations) {
        this.users = users;
        this.erasure = erasure;
        this.organisations = organisations;
    }

    @GetMapping("/account/close")
    String confirm(SignedInUser user, Model model) {
        return page(user, model);
    }

    /** The confirmation page, or the page that asks the only admin of an organisation to hand it over first. */
    private String page(SignedInUser user, Model model) {
        List<Organisation> onlyAdminOf = organisations.findAll(users.organisationsOnlyAdministeredBy(user.id()));
        if (!onlyAdminOf.isEmpty()) {
            model.addAttribute("onlyAdminOf", onlyAdminOf);
            return "accounts/close-account-refused";
        }
        return "accounts/close-account";
    }

    @PostMapping("/account/close")
    String close(
            SignedInUser user,
            @RequestParam(name = "confirm", defaultValue = "") String confirm,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if ("no".equals(confirm)) {
            return "redirect:/account";
        }
        if (!"yes".equals(confirm)) {
            model.addAttribute("confirmError", true);
            return page(user, model);
        }
        if (!users.organisationsOnlyAdministeredBy(user.id()).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(user, model);
        }
        users.find(user.id())
                .ifPresent(account -> erasure.erase(account, AuditLog.EventType.ACCOUNT_CLOSED, "the person"));
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        redirect.addFlashAttribute("notice", "closeAccount.done");
        return "redirect:/";
    }
}
