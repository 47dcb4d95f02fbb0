package org.socialvaluehub.demo.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.engagement.events.Event;
import org.socialvaluehub.engagement.events.Events;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's events go in through the events service: the small breakfast fills up and its fourth person waits. */
@HubTest
class DemoEventsTest {

    @Autowired
    DemoEvents demo;

    @Autowired
    Events events;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasSevenEventsAndAFullBreakfastWithAWaitingList() {
        List<Long> buyers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            buyers.add(people.organisation(OrganisationKind.BUYER, "Demo Events Council"));
        }
        List<Long> suppliers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            suppliers.add(people.organisation(OrganisationKind.SUPPLIER, "Demo Events Ltd"));
        }
        if (!accounts.exists("coordinator@demo.example")) {
            accounts.addConfirmedAccount(
                    "coordinator@demo.example", "Demo coordinator", People.PASSWORD, true, null, Set.of());
        }
        if (!accounts.exists("supplier@demo.example")) {
            accounts.addConfirmedAccount(
                    "supplier@demo.example",
                    "Demo supplier",
                    People.PASSWORD,
                    false,
                    suppliers.get(0),
                    Set.of(Role.SUPPLIER));
        }

        demo.on(new DemoPartnershipLoaded(buyers, suppliers));

        List<Event> posted = jdbc
                .sql("select id from eng_event where buyer_id in (:b)")
                .param("b", buyers)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> events.find(id).orElseThrow())
                .toList();
        assertThat(posted).hasSize(6); // the seventh, the partnership's open session, has no buyer
        Event breakfast = posted.stream()
                .filter(e -> e.title().startsWith("Catering and events"))
                .findFirst()
                .orElseThrow();
        assertThat(breakfast.registered()).isEqualTo(3);
        assertThat(breakfast.waiting()).isEqualTo(1);
    }
}
