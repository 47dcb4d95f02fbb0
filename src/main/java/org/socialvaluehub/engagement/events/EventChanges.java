package org.socialvaluehub.engagement.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.socialvaluehub.engagement.EngagementMail;
import org.socialvaluehub.shared.PlainDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organiser changes or cancels an event: more places go to the waiting list first, a new time or
 * place is e-mailed to everyone who signed up, and a cancellation tells them why.
 */
@Service
class EventChanges {

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EngagementMail mail;

    EventChanges(EventRepository events, RegistrationRepository registrations, EngagementMail mail) {
        this.events = events;
        this.registrations = registrations;
        this.mail = mail;
    }

    /** Saves the changes; the caller has checked them, including that no one loses a place they hold. */
    @Transactional
    void change(Event before, NewEvent after) {
        registrations.lockEvent(before.id());
        events.update(before.id(), after);
        Event now = events.find(before.id()).orElseThrow();
        List<Registration> promoted = fillFreePlaces(now);
        boolean moved = !before.startsAt().equals(now.startsAt())
                || !before.endsAt().equals(now.endsAt())
                || before.format() != now.format()
                || !Objects.equals(before.place(), now.place());
        if (moved) {
            registrations.forgetReminders(now.id());
            for (Registration r : registrations.of(now.id())) {
                if (promoted.stream().noneMatch(p -> p.id() == r.id())) {
                    boolean noLink = now.format() == EventFormat.ONLINE && r.status() != Registration.Status.REGISTERED;
                    mail.send(
                            r.email(),
                            noLink ? "events.mail.changedOnline" : "events.mail.changed",
                            path(now),
                            details(now, noLink ? new Object[0] : new Object[] {now.place()}));
                }
            }
        }
    }

    /** Cancels the event and tells everyone with a place or on the waiting list; false if it already was. */
    @Transactional
    boolean cancel(Event event, String reason) {
        registrations.lockEvent(event.id());
        if (!events.cancel(event.id(), reason)) {
            return false;
        }
        for (Registration r : registrations.of(event.id())) {
            mail.send(r.email(), "events.mail.cancelled", path(event), details(event, reason));
        }
        return true;
    }

    /** E-mails the person what they signed up for: a place, with when and where, or a spot on the waiting list. */
    void confirm(Event event, Registration.Status status, String email) {
        if (status == Registration.Status.REGISTERED) {
            mail.send(email, "events.mail.registered", path(event), details(event, event.place()));
        } else {
            mail.send(email, "events.mail.waiting", path(event), details(event));
        }
    }

    private List<Registration> fillFreePlaces(Event event) {
        List<Registration> promoted = new ArrayList<>();
        for (int free = event.capacity() - event.registered(); free > 0; free--) {
            var next = registrations.firstWaiting(event.id());
            if (next.isEmpty()) {
                break;
            }
            registrations.promote(next.get().id());
            promoted.add(next.get());
            mail.send(next.get().email(), "events.mail.promoted", path(event), event.title());
        }
        return promoted;
    }

    /** The mail arguments every event mail starts with: title, day, start and end time (UK), then {@code more}. */
    static Object[] details(Event event, Object... more) {
        Object[] args = new Object[4 + more.length];
        args[0] = event.title();
        args[1] = PlainDates.weekday(event.date());
        args[2] = PlainDates.time(event.startTime());
        args[3] = PlainDates.time(event.endTime());
        System.arraycopy(more, 0, args, 4, more.length);
        return args;
    }

    private static String path(Event event) {
        return "/events/" + event.id();
    }
}
