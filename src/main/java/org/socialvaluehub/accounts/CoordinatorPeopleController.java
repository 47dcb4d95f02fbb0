package org.socialvaluehub.accounts;

import jakarta.validation.Valid;
import java.util.Optional;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.SignedInUser;
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

/** Coordinators find a person by e-mail, correct their details, and disable or re-enable their account. */
@Controller
class CoordinatorPeopleController {

    private final UserRepository users;
    private final AccountStatus status;
    private final Organisations organisations;

    CoordinatorPeopleController(UserRepository users, AccountStatus status, Organisations organisations) {
        this.users = users;
        this.status = status;
        this.organisations = organisations;
    }

    @GetMapping("/coordinator/people")
    String find(@RequestParam(name = "email", defaultValue = "") String email, Model model) {
        model.addAttribute("email", email);
        if (email.isBlank()) {
            return "accounts/people";
        }
        Optional<UserAccount> account = users.findByEmail(email);
        if (account.isEmpty()) {
            model.addAttribute("notFound", true);
            return "accounts/people";
        }
        return "redirect:/coordinator/people/" + account.get().id();
    }

    @GetMapping("/coordinator/people/{id}")
    String person(@PathVariable long id, Model model) {
        UserAccount account = account(id);
        model.addAttribute("detailsForm", PersonDetailsForm.of(account));
        return show(account, model);
    }

    @PostMapping("/coordinator/people/{id}/details")
    String correct(
            @PathVariable long id,
            SignedInUser user,
            @Valid @ModelAttribute("detailsForm") PersonDetailsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UserAccount account = account(id);
        if (!result.hasErrors()) {
            status.correct(account, form.getDisplayName(), form.getEmail(), user)
                    .ifPresent(refusal -> result.rejectValue("email", "people.refused." + refusal));
        }
        if (result.hasErrors()) {
            return show(account, model);
        }
        return done(id, "people.corrected", redirect);
    }

    @GetMapping("/coordinator/people/{id}/disable")
    String confirmDisable(@PathVariable long id, Model model) {
        model.addAttribute("person", account(id));
        return "accounts/person-disable";
    }

    @PostMapping("/coordinator/people/{id}/disable")
    String disable(@PathVariable long id, SignedInUser user, Model model, RedirectAttributes redirect) {
        UserAccount account = account(id);
        Optional<AccountStatus.Refusal> refusal = status.disable(account, user);
        if (refusal.isPresent()) {
            model.addAttribute("person", account);
            model.addAttribute("refusal", "people.refused." + refusal.get());
            return "accounts/person-disable";
        }
        return done(id, "people.disabled", redirect);
    }

    @PostMapping("/coordinator/people/{id}/enable")
    String enable(@PathVariable long id, SignedInUser user, RedirectAttributes redirect) {
        status.enable(account(id), user);
        return done(id, "people.enabled.notice", redirect);
    }

    private String show(UserAccount account, Model model) {
        model.addAttribute("person", account);
        model.addAttribute(
                "memberships", organisations.findAll(users.rolesOf(account.id()).keySet()));
        return "accounts/person";
    }

    private UserAccount account(long id) {
        return users.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String done(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/coordinator/people/" + id;
    }
}
