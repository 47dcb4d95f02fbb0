package org.socialvaluehub.demo.engagement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.Contact;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.engagement.events.Event;
import org.socialvaluehub.engagement.events.EventFormat;
import org.socialvaluehub.engagement.events.Events;
import org.socialvaluehub.engagement.events.NewEvent;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Gives the demo partnership upcoming and past meet-the-buyer events with some suppliers registered. */
@Component
class DemoEvents {

    static final String PASSWORD = "demo-hub-password-2026";

    private final Events events;
    private final Accounts accounts;

    DemoEvents(Events events, Accounts accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    @EventListener
    @Order(20)
    void on(DemoPartnershipLoaded demo) {
        long organiser =
                accounts.contact("coordinator@demo.example").map(Contact::id).orElseThrow();
        List<Long> buyers = demo.buyerIds();
        List<Contact> people = attendees(demo.supplierIds());
        LocalDate today = LocalDate.now(Event.LONDON);
        long tomorrow = inPerson(
                "Meet the buyer: highways and grounds maintenance",
                today.plusDays(1),
                10,
                buyers.get(0),
                30,
                organiser);
        long online = online(
                "Selling to the council: a beginner’s session", today.plusDays(9), 14, buyers.get(0), 60, organiser);
        long small = inPerson(
                "Catering and events suppliers’ breakfast",
                today.plusDays(16),
                8,
                buyers.get(1 % buyers.size()),
                3,
                organiser);
        inPerson(
                "Social value in construction: supplier day",
                today.plusDays(30),
                13,
                buyers.get(2 % buyers.size()),
                80,
                organiser);
        online("Partnership open session: how social value is scored", today.plusDays(45), 16, null, 100, organiser);
        long past = inPerson(
                "Meet the buyers: facilities management", today.minusDays(12), 10, buyers.get(0), 40, organiser);
        online(
                "Grants for community organisations: information session",
                today.minusDays(40),
                18,
                buyers.get(1 % buyers.size()),
                50,
                organiser);
        register(tomorrow, people, 0, 3, demo.supplierIds());
        register(online, people, 0, 2, demo.supplierIds());
        register(small, people, 0, 4, demo.supplierIds());
        register(past, people, 1, 4, demo.supplierIds());
    }

    private List<Contact> attendees(List<Long> supplierIds) {
        List<Contact> people = new ArrayList<>();
        people.add(accounts.contact("supplier@demo.example").orElseThrow());
        String[][] names = {{"priya.shah", "Priya Shah"}, {"tom.okafor", "Tom Okafor"}, {"ellen.marsh", "Ellen Marsh"}};
        for (int i = 0; i < names.length; i++) {
            String email = names[i][0] + "@demo.example";
            long id = accounts.addConfirmedAccount(
                    email, names[i][1], PASSWORD, false, supplierIds.get(i + 1), Set.of(Role.SUPPLIER));
            people.add(new Contact(id, names[i][1], email));
        }
        return people;
    }

    /** Registers people {@code from} to {@code to} (waiting once it is full); person i works for the i-th supplier. */
    private void register(long eventId, List<Contact> people, int from, int to, List<Long> supplierIds) {
        Event event = events.find(eventId).orElseThrow();
        for (int i = from; i < to; i++) {
            Contact c = people.get(i);
            long supplier = supplierIds.get(i);
            events.register(
                    event,
                    new SignedInUser(
                            c.id(), c.email(), c.displayName(), false, Map.of(supplier, Set.of(Role.SUPPLIER))),
                    supplier);
        }
    }

    private long inPerson(String title, LocalDate date, int hour, Long buyer, int capacity, long organiser) {
        return post(
                title,
                date,
                hour,
                EventFormat.IN_PERSON,
                "Oxford Town Hall, St Aldate’s, Oxford",
                "OX1 1BX",
                null,
                buyer,
                capacity,
                organiser);
    }

    private long online(String title, LocalDate date, int hour, Long buyer, int capacity, long organiser) {
        return post(
                title,
                date,
                hour,
                EventFormat.ONLINE,
                null,
                null,
                "https://meet.example.org/svh-" + date,
                buyer,
                capacity,
                organiser);
    }

    private long post(
            String title,
            LocalDate date,
            int hour,
            EventFormat format,
            String venue,
            String postcode,
            String link,
            Long buyer,
            int capacity,
            long organiser) {
        var starts = ZonedDateTime.of(date, LocalTime.of(hour, 0), Event.LONDON).toInstant();
        String description = "Illustrative demo event. Buyers explain what they plan to buy in the next year and how "
                + "social value is weighed; suppliers can ask questions and meet each other.";
        return events.post(
                new NewEvent(
                        title,
                        description,
                        starts,
                        starts.plusSeconds(2 * 3600),
                        format,
                        venue,
                        postcode,
                        link,
                        capacity,
                        buyer,
                        organiser),
                true);
    }
}
