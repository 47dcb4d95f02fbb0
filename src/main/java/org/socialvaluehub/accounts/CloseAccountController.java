package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person closes their own account, after a page that says what goes and what is kept, and asks to confirm. */
@Controller
class CloseAccountController {

    private final UserRepository users;
    private final AccountErasure erasure;

    CloseAccountController(UserRepository users, AccountErasure erasure) {
        this.users = users;
        this.erasure = erasure;
    }

    @GetMapping("/account/close")
    String confirm() {
        return "accounts/close-account";
    }

    @PostMapping("/account/close")
    String close(SignedInUser user, @RequestParam(name = "confirm", defaultValue = "") String confirm,
                 HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!"yes".equals(confirm) && !"no".equals(confirm)) {
            model.addAttribute("confirmError", true);
            return "accounts/close-account";
        }
        if ("no".equals(confirm)) {
            return "redirect:/account";
        }
        users.find(user.id()).ifPresent(account -> erasure.erase(account, AuditLog.EventType.ACCOUNT_CLOSED, "the person"));
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        redirect.addFlashAttribute("notice", "closeAccount.done");
        return "redirect:/";
    }
}
