package org.socialvaluehub.engagement.events;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Suppliers take and give up places at events; organisers see who is coming and download the list. */
@Controller
class EventRegistrationController {

    private final Events events;
    private final EventChanges changes;

    EventRegistrationController(Events events, EventChanges changes) {
        this.events = events;
        this.changes = changes;
    }

    @PostMapping("/events/{id}/registration")
    String register(
            @PathVariable long id,
            @RequestParam(required = false) Long organisationId,
            SignedInUser user,
            RedirectAttributes redirect) {
        Event event = EventsController.event(events, id);
        List<Organisation> suppliers = events.suppliersOf(user);
        if (suppliers.isEmpty()) {
            throw new AccessDeniedException("Only suppliers register for events");
        }
        long organisation = suppliers.stream()
                .map(Organisation::id)
                .filter(o -> o.equals(organisationId))
                .findFirst()
                .orElse(suppliers.get(0).id());
        if (!event.open()) {
            redirect.addFlashAttribute(
                    "problem", event.cancelled() ? "events.register.cancelled" : "events.register.over");
        } else {
            try {
                Registration.Status status = events.register(event, user, organisation);
                changes.confirm(event, status, user.email());
                redirect.addFlashAttribute(
                        "notice", status == Registration.Status.REGISTERED ? "events.registered" : "events.waiting");
            } catch (AlreadyRegisteredException e) {
                redirect.addFlashAttribute("problem", "events.register.already");
            }
        }
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id}/registration/cancel")
    String cancel(@PathVariable long id, SignedInUser user, RedirectAttributes redirect) {
        Event event = EventsController.event(events, id);
        if (events.cancel(event, user.id())) {
            redirect.addFlashAttribute("notice", "events.cancelled");
        }
        return "redirect:/events/" + id;
    }

    @GetMapping("/events/{id}/registrations")
    String list(@PathVariable long id, SignedInUser user, Model model) {
        Event event = organised(id, user);
        List<Registration> registrations = events.registrations(id);
        model.addAttribute("event", event);
        model.addAttribute("registrations", registrations);
        model.addAttribute("organisations", events.organisationNames(registrations));
        return "engagement/registrations";
    }

    @GetMapping("/events/{id}/registrations.csv")
    void csv(@PathVariable long id, SignedInUser user, HttpServletResponse response) throws IOException {
        organised(id, user);
        List<Registration> registrations = events.registrations(id);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"event-" + id + "-registrations.csv\"");
        response.getOutputStream()
                .write(RegistrationCsv.of(registrations, events.organisationNames(registrations))
                        .getBytes(StandardCharsets.UTF_8));
    }

    private Event organised(long id, SignedInUser user) {
        Event event = EventsController.event(events, id);
        if (!Events.mayOrganise(event, user)) {
            throw new AccessDeniedException("Only the event's organisers see who registered");
        }
        return event;
    }
}
