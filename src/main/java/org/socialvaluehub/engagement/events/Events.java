package org.socialvaluehub.engagement.events;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialvaluehub.engagement.EngagementMail;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meet-the-buyer events: posting them, listing them, and the places and waiting list of each. */
@Service
@NamedInterface("events")
public class Events {

    /** One page of upcoming events. */
    public record EventPage(List<Event> events, int page, int pages, int total) {}

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final Organisations organisations;
    private final EngagementMail mail;

    Events(
            EventRepository events,
            RegistrationRepository registrations,
            Organisations organisations,
            EngagementMail mail) {
        this.events = events;
        this.registrations = registrations;
        this.organisations = organisations;
        this.mail = mail;
    }

    /** Posts a checked event; {@code demo} marks an illustrative one of the demo partnership. */
    @Transactional
    public long post(NewEvent event, boolean demo) {
        return events.insert(event, demo);
    }

    public Optional<Event> find(long id) {
        return events.find(id).map(e -> withNames(List.of(e)).get(0));
    }

    public EventPage upcoming(int page, int size) {
        int total = events.countUpcoming();
        int pages = Math.max(1, (total + size - 1) / size);
        int shown = Math.min(Math.max(page, 1), pages);
        return new EventPage(withNames(events.upcoming((shown - 1) * size, size)), shown, pages, total);
    }

    /** The events not yet over that the person is registered for or waits for. */
    public List<Event> registeredFor(long userId) {
        return withNames(events.upcomingFor(userId));
    }

    public List<Event> past(int limit) {
        return withNames(events.past(limit));
    }

    /** Gives the person a place, or a place on the waiting list when the event is full. */
    @Transactional
    public Registration.Status register(Event event, SignedInUser user, long organisationId) {
        registrations.lockEvent(event.id());
        if (registrations.find(event.id(), user.id()).isPresent()) {
            throw new AlreadyRegisteredException();
        }
        int taken = events.find(event.id()).orElseThrow().registered();
        Registration.Status status =
                taken < event.capacity() ? Registration.Status.REGISTERED : Registration.Status.WAITING;
        registrations.insert(event.id(), user.id(), organisationId, user.displayName(), user.email(), status);
        return status;
    }

    /** Gives up the person's place; the first person waiting gets it and is told by e-mail. */
    @Transactional
    boolean cancel(Event event, long userId) {
        registrations.lockEvent(event.id());
        Optional<Registration> mine = registrations.find(event.id(), userId);
        mine.ifPresent(r -> {
            registrations.delete(r.id());
            if (r.status() == Registration.Status.REGISTERED) {
                registrations.firstWaiting(event.id()).ifPresent(next -> {
                    registrations.promote(next.id());
                    mail.send(next.email(), "events.mail.promoted", "/events/" + event.id(), event.title());
                });
            }
        });
        return mine.isPresent();
    }

    Optional<Registration> registrationOf(long eventId, long userId) {
        return registrations.find(eventId, userId);
    }

    List<Registration> registrations(long eventId) {
        return registrations.of(eventId);
    }

    Map<Long, String> organisationNames(List<Registration> list) {
        return organisations
                .findAll(list.stream()
                        .map(Registration::organisationId)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    /** The event's buyer's buyers and admins, and coordinators, organise it. */
    static boolean mayOrganise(Event event, SignedInUser user) {
        return user != null
                && (user.coordinates(CoordinatorRole.DIRECTORY)
                        || event.buyerId() != null
                                && (user.hasRole(event.buyerId(), Role.BUYER)
                                        || user.hasRole(event.buyerId(), Role.ORG_ADMIN)));
    }

    /** The buyer organisations the person may post events for: all of them for a coordinator. */
    List<Organisation> buyersFor(SignedInUser user) {
        return organisations.buyers().stream()
                .filter(b -> user.coordinates(CoordinatorRole.DIRECTORY)
                        || user.hasRole(b.id(), Role.BUYER)
                        || user.hasRole(b.id(), Role.ORG_ADMIN))
                .toList();
    }

    /** The supplier organisations in whose name the person may register. */
    List<Organisation> suppliersOf(SignedInUser user) {
        if (user == null) {
            return List.of();
        }
        return organisations.findAll(user.organisationIds()).stream()
                .filter(o -> o.kind() == org.socialvaluehub.organisations.OrganisationKind.SUPPLIER
                        && user.hasRole(o.id(), Role.SUPPLIER))
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
    }

    private List<Event> withNames(List<Event> list) {
        Map<Long, Organisation> buyers =
                organisations
                        .findAll(list.stream()
                                .map(Event::buyerId)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return list.stream()
                .map(e -> e.buyerId() == null || !buyers.containsKey(e.buyerId())
                        ? e
                        : e.withBuyerName(buyers.get(e.buyerId()).name()))
                .toList();
    }
}
