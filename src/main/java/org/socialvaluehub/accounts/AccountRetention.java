package org.socialvaluehub.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import org.socialvaluehub.shared.RetentionStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What accounts deletes or anonymises when its time is up: audit addresses and events, links, invitations, sign-ups.
 */
@Configuration(proxyBeanMethods = false)
class AccountRetention {

    @Bean
    RetentionStep auditAddressesRetention(JdbcClient jdbc) {
        return RetentionStep.of("audit-ip-addresses", cutoff -> run(jdbc, """
                update account_audit_event set remote_address = null
                where occurred_at < :cutoff and remote_address is not null and remote_address <> 'command line'
                """, cutoff));
    }

    @Bean
    RetentionStep auditEventsRetention(JdbcClient jdbc) {
        return RetentionStep.of(
                "audit-events",
                cutoff -> run(jdbc, "delete from account_audit_event where occurred_at < :cutoff", cutoff));
    }

    /** Counted from when a link stopped working, used or not. */
    @Bean
    RetentionStep oneTimeLinksRetention(JdbcClient jdbc) {
        return RetentionStep.of(
                "one-time-links", cutoff -> run(jdbc, "delete from account_token where expires_at < :cutoff", cutoff));
    }

    @Bean
    RetentionStep invitationsRetention(JdbcClient jdbc) {
        return RetentionStep.of(
                "invitations",
                cutoff -> run(
                        jdbc,
                        "delete from account_invitation where coalesce(accepted_at, expires_at) < :cutoff",
                        cutoff));
    }

    /** Someone who registered and never confirmed the address: their account goes (the organisation stays). */
    @Bean
    RetentionStep unconfirmedRegistrationsRetention(JdbcClient jdbc) {
        return RetentionStep.of("unconfirmed-registrations", cutoff -> run(jdbc, """
                delete from account_user
                where email_confirmed_at is null and password_hash is not null and not coordinator
                  and created_at < :cutoff""", cutoff));
    }

    /** Failed sign-ins are counted per address, including addresses that have no account. */
    @Bean
    RetentionStep signInThrottleRetention(JdbcClient jdbc) {
        return RetentionStep.of("sign-in-failures", cutoff -> run(jdbc, """
                delete from account_sign_in_throttle
                where updated_at < :cutoff and (blocked_until is null or blocked_until < :cutoff)""", cutoff));
    }

    private static int run(JdbcClient jdbc, String sql, Instant cutoff) {
        return jdbc.sql(sql).param("cutoff", Timestamp.from(cutoff)).update();
    }
}
