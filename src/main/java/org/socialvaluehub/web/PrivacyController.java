package org.socialvaluehub.web;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialvaluehub.shared.RetentionSchedule;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy notice: who the controllers are and how to reach them ({@code svh.privacy.*}), and per purpose what is
 * held, on what lawful basis, who receives it and how long it is kept, quoting the configured retention schedule.
 */
@Controller
class PrivacyController {

    /** The purposes in the order the notice explains them; each has an anchor forms link to. */
    static final List<String> PURPOSES = List.of("accounts", "directory", "bids", "spend", "engagement", "delivery");

    /** Which retention categories each purpose's data falls under. */
    static final Map<String, List<String>> CATEGORIES = Map.of(
            "accounts",
                    List.of(
                            "unconfirmed-registrations",
                            "invitations",
                            "one-time-links",
                            "sign-in-failures",
                            "audit-ip-addresses",
                            "audit-events",
                            "mail-outbox",
                            "mail-sent"),
            "directory", List.of("credential-evidence"),
            "bids", List.of("losing-bids"),
            "spend", List.of("spend-uploads"),
            "engagement", List.of("event-registrations", "support-threads"),
            "delivery", List.of());

    /** One line of the retention list: what, and for how long in words ("12 months"). */
    record Kept(String category, String period) {}

    private final RetentionSchedule schedule;
    private final PrivacyContacts contacts;
    private final MessageSource messages;

    PrivacyController(RetentionSchedule schedule, PrivacyContacts contacts, MessageSource messages) {
        this.schedule = schedule;
        this.contacts = contacts;
        this.messages = messages;
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("contacts", contacts);
        model.addAttribute("purposes", PURPOSES);
        model.addAttribute(
                "kept",
                PURPOSES.stream()
                        .collect(Collectors.toMap(
                                p -> p,
                                p -> CATEGORIES.get(p).stream()
                                        .filter(schedule.periods()::containsKey)
                                        .map(c -> new Kept(c, words(schedule.period(c))))
                                        .toList())));
        return "web/privacy";
    }

    private String words(Period period) {
        return messages.getMessage(
                        "privacy.period",
                        new Object[] {period.getYears(), period.getMonths(), period.getDays()},
                        Locale.UK)
                .strip();
    }
}
