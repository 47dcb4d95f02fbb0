package org.socialvaluehub.engagement.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.People;
import org.springframework.stereotype.Component;

/** Test fixture: posts events straight through the module, as a coordinator would. */
@Component
class EventFixtures {

    private final Events events;
    private final People people;
    private final Accounts accounts;

    EventFixtures(Events events, People people, Accounts accounts) {
        this.events = events;
        this.people = people;
        this.accounts = accounts;
    }

    /** An in-person event on the given day at 10:00 to 12:00 UK time. */
    Event event(String title, LocalDate date, int capacity, Long buyerId) {
        long organiser = accounts.contact(people.coordinator()).orElseThrow().id();
        var starts = ZonedDateTime.of(date, LocalTime.of(10, 0), Event.LONDON).toInstant();
        long id = events.post(
                new NewEvent(
                        title,
                        "About " + title,
                        starts,
                        starts.plusSeconds(7200),
                        EventFormat.IN_PERSON,
                        "Town Hall, Oxford",
                        "OX1 1BX",
                        null,
                        capacity,
                        buyerId,
                        organiser),
                false);
        return events.find(id).orElseThrow();
    }

    Event upcoming(String title, int capacity, Long buyerId) {
        return event(title, LocalDate.now(Event.LONDON).plusDays(20), capacity, buyerId);
    }
}
