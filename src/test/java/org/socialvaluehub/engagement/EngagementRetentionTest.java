package org.socialvaluehub.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.platform.RetentionRuns;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Support threads and event sign-ups go when their retention period is over. */
@HubTest
class EngagementRetentionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    RetentionRuns retention;

    @Test
    void aSupportThreadIsDeletedTwoYearsAfterItsLastActivity() {
        long person = person();
        long thread = jdbc.sql("""
                insert into eng_support_request (requester_id, requester_name, requester_email, category, subject)
                values (:p, 'Sam', 'sam@test.example', 'QUESTION', 'Help with a bid') returning id
                """).param("p", person).query(Long.class).single();
        jdbc.sql("""
                insert into eng_support_message (request_id, author_id, author_name, from_coordinator, body)
                values (:t, :p, 'Sam', false, 'My CV is attached')""").param("t", thread).param("p", person).update();

        retention.now("support-threads");
        assertThat(count("eng_support_request where id = :id", thread)).isEqualTo(1);

        retention.afterPeriod("support-threads");
        assertThat(count("eng_support_request where id = :id", thread)).isZero();
        assertThat(count("eng_support_message where request_id = :id", thread)).isZero();
    }

    @Test
    void eventSignUpsAreDeletedTwelveMonthsAfterTheEventEnded() {
        long person = person();
        long organisation = people.organisation(OrganisationKind.SUPPLIER, "Event Goers");
        Instant ends = Instant.now().plusSeconds(10 * 86_400);
        long event = jdbc.sql("""
                insert into eng_event (title, starts_at, ends_at, format, online_link, capacity, created_by)
                values ('Meet the buyer', cast(:ends as timestamptz) - interval '2 hours', :ends, 'ONLINE',
                    'https://meet.example/x', 10, :p)
                returning id""")
                .param("ends", Timestamp.from(ends))
                .param("p", person)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into eng_registration (event_id, user_id, organisation_id, name, email, status)
                values (:ev, :p, :o, 'Sam', 'sam@test.example', 'REGISTERED')""")
                .param("ev", event)
                .param("p", person)
                .param("o", organisation)
                .update();

        retention.afterPeriod("event-registrations");
        assertThat(count("eng_registration where event_id = :id", event)).isEqualTo(1);

        retention.afterPeriodFrom("event-registrations", ends);
        assertThat(count("eng_registration where event_id = :id", event)).isZero();
        assertThat(count("eng_event where id = :id", event)).isEqualTo(1);
    }

    private long person() {
        long organisation = people.organisation(OrganisationKind.SUPPLIER, "Engaged Supplier");
        String email = people.person("engaged", organisation, Role.SUPPLIER);
        return accounts.membersWithRole(organisation, Role.SUPPLIER).stream()
                .filter(c -> c.email().equals(email))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private int count(String from, long id) {
        return jdbc.sql("select count(*) from " + from)
                .param("id", id)
                .query(Integer.class)
                .single();
    }
}
