package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; the form posts to Spring Security. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "next", required = false) String next,
            SignedInUser user,
            HttpServletRequest request,
            Model model) {
        if (user != null) {
            return "redirect:" + LocalPath.of(next).orElse("/home");
        }
        model.addAttribute("error", error);
        model.addAttribute("next", LocalPath.of(next).orElse(null));
        HttpSession session = request.getSession(false); // showing the form starts no session
        Object email = session == null ? null : session.getAttribute("signInEmail");
        model.addAttribute("email", error != null && email != null ? email : "");
        return "accounts/sign-in";
    }
}
