package org.socialvaluehub.accounts;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Test fixture: gives a person records in other modules (an event place, a support request, an alert). */
@Component
public class PersonData {

    private final JdbcClient jdbc;

    PersonData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A place at an event that is over, a support request and an opportunity alert. */
    public void give(long userId, String email, long organisationId, long organiserId) {
        long event =
                jdbc.sql("""
                insert into eng_event (title, starts_at, ends_at, format, online_link, capacity, created_by)
                values ('Past meet the buyer', now() - interval '2 days', now() - interval '2 days' + interval '1 hour',
                        'ONLINE', 'https://meet.test.example', 10, :organiser) returning id
                        """).param("organiser", organiserId).query(Long.class).single();
        jdbc.sql("""
                insert into eng_registration (event_id, user_id, organisation_id, name, email, status)
                values (:event, :user, :org, 'Leaving Person', :email, 'REGISTERED')""")
                .param("event", event)
                .param("user", userId)
                .param("org", organisationId)
                .param("email", email)
                .update();
        jdbc.sql("""
                insert into eng_support_request (requester_id, requester_name, requester_email, category, subject)
                values (:user, 'Leaving Person', :email, 'QUESTION', 'How do I bid?')
                """).param("user", userId).param("email", email).update();
        jdbc.sql("""
                insert into opp_alert (user_id, email, query, frequency, token) values (:user, :email, 'cleaning',
                'DAILY', :token)
                """)
                .param("user", userId)
                .param("email", email)
                .param("token", UUID.randomUUID().toString())
                .update();
    }

    public int alerts(long userId) {
        return jdbc.sql("select count(*) from opp_alert where user_id = :u")
                .param("u", userId)
                .query(Integer.class)
                .single();
    }
}
