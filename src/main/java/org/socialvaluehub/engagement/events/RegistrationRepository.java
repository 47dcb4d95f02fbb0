package org.socialvaluehub.engagement.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code eng_registration}: places, the waiting list and the reminder markers. */
@Repository
class RegistrationRepository {

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the event's row so that two people cannot take its last place at once. */
    void lockEvent(long eventId) {
        jdbc.sql("select id from eng_event where id = :id for update")
                .param("id", eventId)
                .query(Long.class)
                .optional();
    }

    long insert(long eventId, long userId, long organisationId, String name, String email, Registration.Status status) {
        return jdbc.sql("""
                insert into eng_registration (event_id, user_id, organisation_id, name, email, status)
                values (:event, :user, :org, :name, :email, :status) returning id""")
                .param("event", eventId)
                .param("user", userId)
                .param("org", organisationId)
                .param("name", name)
                .param("email", email)
                .param("status", status.name())
                .query(Long.class)
                .single();
    }

    Optional<Registration> find(long eventId, long userId) {
        return jdbc.sql("select * from eng_registration where event_id = :event and user_id = :user")
                .param("event", eventId)
                .param("user", userId)
                .query(RegistrationRepository::map)
                .optional();
    }

    void delete(long id) {
        jdbc.sql("delete from eng_registration where id = :id").param("id", id).update();
    }

    Optional<Registration> firstWaiting(long eventId) {
        return jdbc.sql("""
                select * from eng_registration where event_id = :event and status = 'WAITING'
                order by registered_at, id limit 1""")
                .param("event", eventId)
                .query(RegistrationRepository::map)
                .optional();
    }

    void promote(long id) {
        jdbc.sql("update eng_registration set status = 'REGISTERED' where id = :id")
                .param("id", id)
                .update();
    }

    /** Everyone registered or waiting, in the order they signed up. */
    List<Registration> of(long eventId) {
        return jdbc.sql("select * from eng_registration where event_id = :event order by status, registered_at, id")
                .param("event", eventId)
                .query(RegistrationRepository::map)
                .list();
    }

    /** Places at events on the given London date whose reminder has not been sent. */
    List<Registration> remindersDue(LocalDate eventDate) {
        return jdbc.sql("""
                select r.* from eng_registration r join eng_event e on e.id = r.event_id
                where r.status = 'REGISTERED' and r.reminder_sent_at is null and e.cancelled_at is null
                  and (e.starts_at at time zone 'Europe/London')::date = :date
                order by r.id""")
                .param("date", eventDate)
                .query(RegistrationRepository::map)
                .list();
    }

    /** Clears the reminder markers of an event that moved, so the reminder goes the day before its new date. */
    void forgetReminders(long eventId) {
        jdbc.sql("update eng_registration set reminder_sent_at = null where event_id = :event")
                .param("event", eventId)
                .update();
    }

    /** Sets the reminder marker; false when another run already set it, so the reminder is not sent twice. */
    boolean markReminded(long id) {
        return jdbc.sql("update eng_registration set reminder_sent_at = now() where id = :id and"
                                + " reminder_sent_at is null")
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Registration map(ResultSet rs, int row) throws SQLException {
        return new Registration(
                rs.getLong("id"),
                rs.getLong("event_id"),
                rs.getLong("user_id"),
                rs.getLong("organisation_id"),
                rs.getString("name"),
                rs.getString("email"),
                Registration.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("registered_at").toInstant());
    }
}
