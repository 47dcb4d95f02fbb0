package org.socialvaluehub.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.RetentionSchedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes registrations nobody confirmed within the retention period {@code svh.retention.unconfirmed-registrations}
 * (seven days by default): the person, their links and the organisation they registered, which was never listed. An
 * organisation that got listed stays.
 */
@Component
class UnconfirmedRegistrations {

    /** The retention category whose period this job applies, as the privacy notice quotes it. */
    static final String CATEGORY = "unconfirmed-registrations";

    private record Expired(long userId, String email, List<Long> organisationIds) {}

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AuditLog audit;
    private final RetentionSchedule retention;
    private final Clock clock;

    UnconfirmedRegistrations(
            JdbcClient jdbc, Organisations organisations, AuditLog audit, RetentionSchedule retention, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.audit = audit;
        this.retention = retention;
        this.clock = clock;
    }

    /** Removes every registration older than its retention period whose address was never confirmed; says how many. */
    @Transactional
    int expire() {
        List<Expired> expired = jdbc.sql("""
                select u.id, u.email, array_agg(m.organisation_id) as organisations
                from account_user u join account_membership m on m.user_id = u.id and m.role = 'ORG_ADMIN'
                where u.email_confirmed_at is null and not u.coordinator and u.created_at < :cutoff
                group by u.id, u.email""")
                .param("cutoff", Timestamp.from(retention.cutoff(CATEGORY, clock.instant())))
                .query((rs, n) -> new Expired(rs.getLong("id"), rs.getString("email"), List.of((Long[])
                        rs.getArray("organisations").getArray())))
                .list();
        for (Expired registration : expired) {
            jdbc.sql("delete from account_user where id = :id")
                    .param("id", registration.userId())
                    .update();
            registration.organisationIds().forEach(organisations::removeUnlisted);
            audit.record(
                    AuditLog.EventType.REGISTRATION_EXPIRED,
                    registration.userId(),
                    registration.email(),
                    "not confirmed within " + retention.period(CATEGORY));
        }
        return expired.size();
    }
}
