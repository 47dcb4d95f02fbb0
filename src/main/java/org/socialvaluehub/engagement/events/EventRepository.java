package org.socialvaluehub.engagement.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code eng_event}, with the number of places taken. */
@Repository
class EventRepository {

    private static final String SELECT = """
            select e.*,
              (select count(*) from eng_registration r where r.event_id = e.id
                  and r.status = 'REGISTERED') as registered,
              (select count(*) from eng_registration r where r.event_id = e.id and r.status = 'WAITING') as waiting
            from eng_event e""";

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewEvent e, boolean demo) {
        return jdbc.sql("""
                insert into eng_event (title, description, starts_at, ends_at, format, venue, postcode, online_link,
                  capacity, buyer_id, created_by, demo)
                values (:title, :description, :starts, :ends, :format, :venue, :postcode, :link, :capacity, :buyer,
                  :createdBy, :demo) returning id""")
                .param("title", e.title())
                .param("description", e.description())
                .param("starts", Timestamp.from(e.startsAt()))
                .param("ends", Timestamp.from(e.endsAt()))
                .param("format", e.format().name())
                .param("venue", e.venue())
                .param("postcode", e.postcode())
                .param("link", e.onlineLink())
                .param("capacity", e.capacity())
                .param("buyer", e.buyerId())
                .param("createdBy", e.createdBy())
                .param("demo", demo)
                .query(Long.class)
                .single();
    }

    /** Writes an organiser's changes; who posted it and for which buyer stay as they were. */
    void update(long id, NewEvent e) {
        jdbc.sql("""
                update eng_event set title = :title, description = :description, starts_at = :starts, ends_at = :ends,
                  format = :format, venue = :venue, postcode = :postcode, online_link = :link, capacity = :capacity,
                  updated_at = now()
                where id = :id""")
                .param("title", e.title())
                .param("description", e.description())
                .param("starts", Timestamp.from(e.startsAt()))
                .param("ends", Timestamp.from(e.endsAt()))
                .param("format", e.format().name())
                .param("venue", e.venue())
                .param("postcode", e.postcode())
                .param("link", e.onlineLink())
                .param("capacity", e.capacity())
                .param("id", id)
                .update();
    }

    /** Marks the event cancelled; false when it already was. */
    boolean cancel(long id, String reason) {
        return jdbc.sql("update eng_event set cancelled_at = now(), cancel_reason = :reason where id = :id"
                                + " and cancelled_at is null")
                        .param("reason", reason)
                        .param("id", id)
                        .update()
                == 1;
    }

    Optional<Event> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id")
                .param("id", id)
                .query(EventRepository::map)
                .optional();
    }

    /** Events that have not ended yet, soonest first. */
    List<Event> upcoming(int offset, int limit) {
        return jdbc.sql(SELECT + " where e.ends_at > now() order by e.starts_at, e.id offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(EventRepository::map)
                .list();
    }

    /** The events not yet over that the person has a place at or waits for, soonest first. */
    List<Event> upcomingFor(long userId) {
        return jdbc.sql(SELECT + " " + """
                 where e.ends_at > now()
                   and exists (select 1 from eng_registration r where r.event_id = e.id and r.user_id = :user)
                 order by e.starts_at, e.id""")
                .param("user", userId)
                .query(EventRepository::map)
                .list();
    }

    int countUpcoming() {
        return jdbc.sql("select count(*) from eng_event where ends_at > now()")
                .query(Integer.class)
                .single();
    }

    /** Events that have ended, latest first. */
    List<Event> past(int limit) {
        return jdbc.sql(SELECT + " where e.ends_at <= now() order by e.starts_at desc, e.id desc limit :limit")
                .param("limit", limit)
                .query(EventRepository::map)
                .list();
    }

    private static Event map(ResultSet rs, int row) throws SQLException {
        return new Event(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                EventFormat.valueOf(rs.getString("format")),
                rs.getString("venue"),
                rs.getString("postcode"),
                rs.getString("online_link"),
                rs.getInt("capacity"),
                (Long) rs.getObject("buyer_id"),
                null,
                rs.getInt("registered"),
                rs.getInt("waiting"),
                rs.getTimestamp("cancelled_at") == null
                        ? null
                        : rs.getTimestamp("cancelled_at").toInstant(),
                rs.getString("cancel_reason"));
    }
}
