package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import org.socialvaluehub.organisations.DirectoryListing;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.OrganisationChecks;
import org.socialvaluehub.organisations.SizeBand;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Supplier self-registration (a few per client address an hour) and e-mail confirmation. */
@Controller
class RegistrationController {

    static final RateLimit PER_CLIENT = new RateLimit("registration-per-client", 10, Duration.ofHours(1));

    private final Registrations registrations;
    private final PasswordChecks passwordChecks;
    private final OrganisationChecks organisationChecks;
    private final UserRepository users;
    private final RateLimits limits;

    RegistrationController(
            Registrations registrations,
            PasswordChecks passwordChecks,
            OrganisationChecks organisationChecks,
            UserRepository users,
            RateLimits limits) {
        this.registrations = registrations;
        this.passwordChecks = passwordChecks;
        this.organisationChecks = organisationChecks;
        this.users = users;
        this.limits = limits;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("sizeBands", SizeBand.values());
    }

    @GetMapping("/register")
    String initRegistrationForm(Model model) {
        model.addAttribute("registration", new RegistrationForm());
        return "accounts/register";
    }

    @PostMapping("/register")
    String processRegistrationForm(
            @Valid @ModelAttribute("registration") RegistrationForm form,
            BindingResult result,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("email") && users.emailTaken(form.getEmail())) {
            result.rejectValue("email", "email.taken");
        }
        passwordChecks.check("password", form.getPassword(), form.getEmail(), result);
        organisationChecks.checkPostcode("postcode", form.getPostcode(), true, result);
        organisationChecks.checkCompanyNumber("companyNumber", form.getCompanyNumber(), result);
        organisationChecks.checkCharityNumber("charityNumber", form.getCharityNumber(), result);
        if (form.getListing() == DirectoryListing.PARTNERS && form.getLegalForm() != LegalForm.SOLE_TRADER) {
            result.rejectValue("listing", "registration.listing.soleTradersOnly");
        }
        if (result.hasErrors()) {
            return "accounts/register";
        }
        limits.tryAcquire(PER_CLIENT, request.getRemoteAddr()).ifPresent(wait -> {
            throw new TooManyRequests(wait);
        });
        registrations.register(form);
        redirect.addFlashAttribute("email", form.getEmail());
        return "redirect:/register/check-email";
    }

    @GetMapping("/register/check-email")
    String checkEmail() {
        return "accounts/check-email";
    }

    @GetMapping("/register/confirm")
    String confirm(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
        OneTimeLinks.Outcome outcome = registrations.confirm(token);
        model.addAttribute("outcome", outcome.getClass().getSimpleName());
        return "accounts/confirmed";
    }
}
