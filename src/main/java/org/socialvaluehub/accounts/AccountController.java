package org.socialvaluehub.accounts;

import java.util.List;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Your account": the organisations and roles someone holds, and changing their password. */
@Controller
class AccountController {

    /** One organisation on the account page, with the roles held there. */
    record MembershipView(Organisation organisation, List<String> roles) {}

    private final Organisations organisations;
    private final Passwords passwords;
    private final PasswordChecks checks;

    AccountController(Organisations organisations, Passwords passwords, PasswordChecks checks) {
        this.organisations = organisations;
        this.passwords = passwords;
        this.checks = checks;
    }

    @GetMapping("/account")
    String account(SignedInUser user, Model model) {
        List<MembershipView> memberships = organisations.findAll(user.organisationIds()).stream()
                .map(o -> new MembershipView(
                        o,
                        user.rolesByOrganisation().get(o.id()).stream()
                                .map(Enum::name)
                                .sorted()
                                .toList()))
                .toList();
        model.addAttribute("memberships", memberships);
        return "accounts/account";
    }

    @GetMapping("/account/password")
    String initChangePasswordForm(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return "accounts/change-password";
    }

    @PostMapping("/account/password")
    String processChangePasswordForm(
            SignedInUser user,
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (form.getCurrentPassword() == null || !passwords.matchesCurrent(user.id(), form.getCurrentPassword())) {
            result.rejectValue("currentPassword", "password.currentWrong");
        }
        checks.check("password", form.getPassword(), user.email(), result);
        checks.checkConfirmation("confirmPassword", form.getPassword(), form.getConfirmPassword(), result);
        if (result.hasErrors()) {
            return "accounts/change-password";
        }
        passwords.change(user.id(), form.getPassword());
        redirect.addFlashAttribute("notice", "password.change.done");
        return "redirect:/account";
    }
}
