package org.socialvaluehub.opportunities;

import java.util.stream.Collectors;
import org.socialvaluehub.opportunities.Alerts.Frequency;
import org.socialvaluehub.opportunities.core.SearchCriteria;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A supplier's saved searches and followed buyers, and unsubscribing from an e-mail in one click. */
@Controller
class AlertController {

    private final Alerts alerts;
    private final Organisations organisations;

    AlertController(Alerts alerts, Organisations organisations) {
        this.alerts = alerts;
        this.organisations = organisations;
    }

    @GetMapping("/opportunities/alerts")
    String list(SignedInUser user, Model model) {
        requireSignedIn(user);
        model.addAttribute("alerts", alerts.of(user.id()));
        model.addAttribute(
                "buyerNames",
                organisations.buyers().stream()
                        .collect(Collectors.toMap(
                                org.socialvaluehub.organisations.Organisation::id,
                                org.socialvaluehub.organisations.Organisation::name)));
        return "opportunities/alerts";
    }

    @PostMapping("/opportunities/alerts")
    String save(
            @ModelAttribute("query") ListingQuery query,
            @RequestParam(defaultValue = "IMMEDIATE") Frequency frequency,
            SignedInUser user,
            RedirectAttributes redirect) {
        requireSignedIn(user);
        SearchCriteria c = query.criteria();
        alerts.save(
                user.id(),
                user.email(),
                new SearchCriteria(
                        c.query(),
                        c.kind(),
                        c.division(),
                        c.valueBand(),
                        c.buyerId(),
                        null,
                        c.sme(),
                        c.vcse(),
                        c.locality()),
                frequency);
        redirect.addFlashAttribute("notice", "opp.alert.saved");
        return "redirect:/opportunities/alerts";
    }

    @PostMapping("/opportunities/alerts/{id}/remove")
    String remove(@PathVariable long id, SignedInUser user, RedirectAttributes redirect) {
        requireSignedIn(user);
        if (alerts.remove(user.id(), id)) {
            redirect.addFlashAttribute("notice", "opp.alert.removed");
        } else {
            redirect.addFlashAttribute("warning", "opp.alert.notFound");
        }
        return "redirect:/opportunities/alerts";
    }

    @GetMapping("/opportunities/unsubscribe/{token}")
    String confirmUnsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("alert", alerts.byToken(token).orElse(null));
        model.addAttribute("token", token);
        return "opportunities/unsubscribe";
    }

    @PostMapping("/opportunities/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        alerts.unsubscribe(token);
        model.addAttribute("done", true);
        return "opportunities/unsubscribe";
    }

    private static void requireSignedIn(SignedInUser user) {
        if (user == null) {
            throw new AccessDeniedException("Sign in");
        }
    }
}
