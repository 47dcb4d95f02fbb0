package org.socialvaluehub.engagement.events;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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

/** The public list of meet-the-buyer events, an event's page, and the form organisers post events with. */
@Controller
class EventsController {

    static final int PAGE_SIZE = 20;

    private final Events events;

    EventsController(Events events) {
        this.events = events;
    }

    @GetMapping("/events")
    String list(@RequestParam(defaultValue = "1") int page, SignedInUser user, Model model) {
        model.addAttribute("upcoming", events.upcoming(page, PAGE_SIZE));
        model.addAttribute("past", events.past(20));
        model.addAttribute(
                "mayPost",
                user != null
                        && (user.coordinates(CoordinatorRole.DIRECTORY)
                                || !events.buyersFor(user).isEmpty()));
        return "engagement/events";
    }

    @GetMapping("/events/registered")
    String registered(SignedInUser user, Model model) {
        if (user == null) { // the events' pages are public; this one asks the visitor to sign in as others do
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "Sign in to see your registrations");
        }
        model.addAttribute("registered", events.registeredFor(user.id()));
        return "engagement/registered";
    }

    @GetMapping("/events/{id}")
    String show(@PathVariable long id, SignedInUser user, Model model) {
        Event event = event(events, id);
        model.addAttribute("event", event);
        model.addAttribute(
                "registration",
                user == null ? null : events.registrationOf(id, user.id()).orElse(null));
        model.addAttribute("organiser", Events.mayOrganise(event, user));
        model.addAttribute("suppliers", events.suppliersOf(user));
        return "engagement/event";
    }

    @GetMapping("/events/new")
    String initEventForm(SignedInUser user, Model model) {
        List<Organisation> buyers = buyers(user);
        EventForm form = new EventForm();
        if (buyers.size() == 1 && !user.coordinates(CoordinatorRole.DIRECTORY)) {
            form.setBuyerId(buyers.get(0).id());
        }
        model.addAttribute("eventForm", form);
        return form(model, buyers);
    }

    @PostMapping("/events/new")
    String processEventForm(
            @Valid @ModelAttribute("eventForm") EventForm form,
            BindingResult result,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        List<Organisation> buyers = buyers(user);
        EventChecks.check(
                form,
                result,
                LocalDate.now(Event.LONDON),
                buyers.stream().map(Organisation::id).toList(),
                !user.coordinates(CoordinatorRole.DIRECTORY));
        if (result.hasErrors()) {
            return form(model, buyers);
        }
        long id = events.post(form.toEvent(user.id()), false);
        redirect.addFlashAttribute("notice", "events.posted");
        return "redirect:/events/" + id;
    }

    private String form(Model model, List<Organisation> buyers) {
        model.addAttribute("buyers", buyers);
        model.addAttribute("formats", EventFormat.values());
        return "engagement/event-form";
    }

    private List<Organisation> buyers(SignedInUser user) {
        if (user == null) {
            throw new AccessDeniedException("Not signed in");
        }
        List<Organisation> buyers = events.buyersFor(user);
        if (!user.coordinates(CoordinatorRole.DIRECTORY) && buyers.isEmpty()) {
            throw new AccessDeniedException("Only buyers and coordinators post events");
        }
        return buyers;
    }

    static Event event(Events events, long id) {
        return events.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
