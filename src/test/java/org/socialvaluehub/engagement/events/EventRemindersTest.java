package org.socialvaluehub.engagement.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.mail.Outbox;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

@HubTest
class EventRemindersTest {

    @Autowired
    EventReminders reminders;

    @Autowired
    Events events;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

    @Autowired
    org.socialvaluehub.accounts.Accounts accounts;

    @Test
    void remindsEachPersonWithAPlaceOnceTheDayBeforeAndNeverTheWaitingList() {
        LocalDate today = LocalDate.of(2031, 5, 12);
        Event tomorrow = fixtures.event("Reminder day " + System.nanoTime(), today.plusDays(1), 1, null);
        Event later = fixtures.event("Later day " + System.nanoTime(), today.plusDays(5), 5, null);
        String placed = register(tomorrow, "placed");
        String waiting = register(tomorrow, "waiting");
        String laterPerson = register(later, "later");

        assertThat(reminders.sendReminders(today)).isEqualTo(1);
        assertThat(reminders.sendReminders(today))
                .as("a second run sends nothing")
                .isZero();

        assertThat(outbox.countTo(placed)).isEqualTo(1);
        assertThat(outbox.latestBodyTo(placed))
                .contains(
                        "you have a place at " + tomorrow.title(),
                        "Tuesday 13 May 2031, 10am to midday",
                        "Town Hall, Oxford, OX1 1BX",
                        "/events/" + tomorrow.id());
        assertThat(outbox.countTo(waiting)).isZero();
        assertThat(outbox.countTo(laterPerson)).isZero();
    }

    private String register(Event event, String prefix) {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, prefix + " Ltd");
        String email = people.person(prefix, supplier, Role.SUPPLIER);
        var contact = accounts.contact(email).orElseThrow();
        events.register(
                event,
                new org.socialvaluehub.shared.SignedInUser(
                        contact.id(), email, prefix, false, Map.of(supplier, Set.of(Role.SUPPLIER))),
                supplier);
        return email;
    }
}
