package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forgotten password: ask for a link by e-mail, then set a new password from it (single use, one hour).
 * Asking is limited per client (answered 429) and per address (quietly: no more mail, the same answer),
 * so the answer never tells whether an account exists and nobody can flood someone's inbox.
 */
@Controller
class PasswordResetController {

    static final RateLimit PER_CLIENT = new RateLimit("password-reset-per-client", 10, Duration.ofHours(1));
    static final RateLimit PER_ADDRESS = new RateLimit("password-reset-per-address", 3, Duration.ofHours(1));

    private final Passwords passwords;
    private final PasswordChecks checks;
    private final RateLimits limits;
    private final SignInThrottle throttle;
    private final Registrations registrations;

    PasswordResetController(
            Passwords passwords,
            PasswordChecks checks,
            RateLimits limits,
            SignInThrottle throttle,
            Registrations registrations) {
        this.passwords = passwords;
        this.checks = checks;
        this.limits = limits;
        this.throttle = throttle;
        this.registrations = registrations;
    }

    @GetMapping("/password/forgotten")
    String initForgottenForm(Model model) {
        model.addAttribute("emailForm", new EmailForm());
        return "accounts/forgotten-password";
    }

    @PostMapping("/password/forgotten")
    String processForgottenForm(
            @Valid @ModelAttribute("emailForm") EmailForm form,
            BindingResult result,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "accounts/forgotten-password";
        }
        limits.tryAcquire(PER_CLIENT, request.getRemoteAddr()).ifPresent(wait -> {
            throw new TooManyRequests(wait);
        });
        if (limits.tryAcquire(PER_ADDRESS, form.getEmail()).isEmpty()) {
            passwords.requestReset(form.getEmail());
        }
        redirect.addFlashAttribute("email", form.getEmail());
        return "redirect:/password/forgotten/sent";
    }

    @GetMapping("/password/forgotten/sent")
    String sent() {
        return "accounts/reset-sent";
    }

    @GetMapping("/password/reset")
    String initResetForm(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
        OneTimeLinks.Outcome outcome = passwords.checkLink(token);
        if (!(outcome instanceof OneTimeLinks.Outcome.Valid)) {
            model.addAttribute("outcome", outcome.getClass().getSimpleName());
            return "accounts/link-problem";
        }
        model.addAttribute("token", token);
        model.addAttribute("passwordForm", new PasswordForm());
        return "accounts/reset-password";
    }

    @PostMapping("/password/reset")
    String processResetForm(
            @RequestParam(name = "token", defaultValue = "") String token,
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var account = passwords.accountForLink(token);
        if (account.isEmpty()) {
            model.addAttribute("outcome", passwords.checkLink(token).getClass().getSimpleName());
            return "accounts/link-problem";
        }
        checks.check("password", form.getPassword(), account.get().email(), result);
        checks.checkConfirmation("confirmPassword", form.getPassword(), form.getConfirmPassword(), result);
        if (result.hasErrors()) {
            model.addAttribute("token", token);
            return "accounts/reset-password";
        }
        OneTimeLinks.Outcome outcome = passwords.setFromLink(token, form.getPassword());
        if (!(outcome instanceof OneTimeLinks.Outcome.Valid)) {
            model.addAttribute("outcome", outcome.getClass().getSimpleName());
            return "accounts/link-problem";
        }
        // The owner has proved who they are: any sign-in block on their address ends here.
        throttle.clear(account.get().email());
        // A reset link confirms the address too (someone whose confirmation link expired is told to use one).
        registrations.listOrganisationsOf(account.get().id());
        redirect.addFlashAttribute("notice", "password.reset.done");
        return "redirect:/sign-in";
    }
}
