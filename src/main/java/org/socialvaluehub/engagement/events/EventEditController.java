package org.socialvaluehub.engagement.events;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisers change an event that is still to come, or cancel it with a reason. */
@Controller
class EventEditController {

    private final Events events;
    private final EventChanges changes;

    EventEditController(Events events, EventChanges changes) {
        this.events = events;
        this.changes = changes;
    }

    @GetMapping("/events/{id}/edit")
    String initEditForm(@PathVariable long id, SignedInUser user, Model model, RedirectAttributes redirect) {
        Event event = organised(id, user);
        if (!event.open()) {
            return closed(event, redirect);
        }
        model.addAttribute("eventForm", EventForm.of(event));
        return form(model, event);
    }

    @PostMapping("/events/{id}/edit")
    String processEditForm(
            @PathVariable long id,
            @Valid @ModelAttribute("eventForm") EventForm form,
            BindingResult result,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Event event = organised(id, user);
        if (!event.open()) {
            return closed(event, redirect);
        }
        form.setBuyerId(event.buyerId()); // the buyer an event belongs to does not change
        EventChecks.check(form, result, LocalDate.now(Event.LONDON), Collections.singleton(event.buyerId()), false);
        if (form.getCapacity() != null && form.getCapacity() < event.registered()) {
            result.rejectValue("capacity", "events.capacity.belowTaken", new Object[] {event.registered()}, null);
        }
        if (result.hasErrors()) {
            return form(model, event);
        }
        changes.change(event, form.toEvent(user.id()));
        redirect.addFlashAttribute("notice", "events.changed");
        return "redirect:/events/" + id;
    }

    @GetMapping("/events/{id}/cancel")
    String initCancelForm(@PathVariable long id, SignedInUser user, Model model, RedirectAttributes redirect) {
        Event event = organised(id, user);
        if (!event.open()) {
            return closed(event, redirect);
        }
        model.addAttribute("event", event);
        model.addAttribute("cancelEventForm", new CancelEventForm());
        return "engagement/event-cancel";
    }

    @PostMapping("/events/{id}/cancel")
    String processCancelForm(
            @PathVariable long id,
            @Valid @ModelAttribute("cancelEventForm") CancelEventForm form,
            BindingResult result,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Event event = organised(id, user);
        if (!event.open()) {
            return closed(event, redirect);
        }
        if (result.hasErrors()) {
            model.addAttribute("event", event);
            return "engagement/event-cancel";
        }
        changes.cancel(event, form.getReason().strip());
        redirect.addFlashAttribute("notice", "events.eventCancelled");
        return "redirect:/events/" + id;
    }

    private String form(Model model, Event event) {
        model.addAttribute("event", event);
        model.addAttribute("buyers", List.of());
        model.addAttribute("formats", EventFormat.values());
        return "engagement/event-form";
    }

    private static String closed(Event event, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", event.cancelled() ? "events.alreadyCancelled" : "events.register.over");
        return "redirect:/events/" + event.id();
    }

    private Event organised(long id, SignedInUser user) {
        Event event = EventsController.event(events, id);
        if (!Events.mayOrganise(event, user)) {
            throw new AccessDeniedException("Only the event's organisers change it");
        }
        return event;
    }
}
