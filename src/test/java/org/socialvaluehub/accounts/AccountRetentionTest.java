package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.platform.RetentionRuns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The accounts part of the retention schedule, with the clock moved past each period. */
@HubTest
class AccountRetentionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionRuns retention;

    @Test
    void anAuditEventLosesItsIpAddressAfterTwelveMonthsButIsKept() {
        String email = People.uniqueEmail("audited");
        jdbc.sql("insert into account_audit_event (event_type, email, remote_address) values ('SIGN_IN', :e,"
                        + " '203.0.113.7')")
                .param("e", email)
                .update();

        retention.now("audit-ip-addresses");
        assertThat(address(email)).contains("203.0.113.7");

        retention.afterPeriod("audit-ip-addresses");
        assertThat(address(email)).isEmpty();
        assertThat(count("select count(*) from account_audit_event where email = :e", email))
                .isEqualTo(1);
    }

    @Test
    void auditEventsAreDeletedAfterSixYears() {
        String email = People.uniqueEmail("audited-long-ago");
        jdbc.sql("insert into account_audit_event (event_type, email) values ('SIGN_IN', :e)")
                .param("e", email)
                .update();

        retention.now("audit-events");
        assertThat(count("select count(*) from account_audit_event where email = :e", email))
                .isEqualTo(1);

        retention.afterPeriod("audit-events");
        assertThat(count("select count(*) from account_audit_event where email = :e", email))
                .isZero();
    }

    @Test
    void oneTimeLinksAreDeletedThirtyDaysAfterTheyExpire() {
        long user = user(People.uniqueEmail("linked"), true);
        jdbc.sql("""
                insert into account_token (token_hash, user_id, purpose, expires_at)
                values (:h, :u, 'RESET_PASSWORD', now() + interval '10 days')
                """).param("h", "hash-" + System.nanoTime()).param("u", user).update();

        retention.afterPeriod("one-time-links");
        assertThat(count("select count(*) from account_token where user_id = :e", user))
                .isEqualTo(1);

        retention.afterPeriodFrom("one-time-links", Instant.now().plusSeconds(10 * 86_400));
        assertThat(count("select count(*) from account_token where user_id = :e", user))
                .isZero();
    }

    @Test
    void invitationsAreDeletedThirtyDaysAfterTheyExpireOrWereAccepted() {
        String email = People.uniqueEmail("invited");
        jdbc.sql("""
                insert into account_invitation (token_hash, email, roles, expires_at)
                values (:h, :e, 'BUYER', now() + interval '10 days')
                """).param("h", "inv-" + System.nanoTime()).param("e", email).update();

        retention.afterPeriod("invitations");
        assertThat(count("select count(*) from account_invitation where email = :e", email))
                .isEqualTo(1);

        retention.afterPeriodFrom("invitations", Instant.now().plusSeconds(10 * 86_400));
        assertThat(count("select count(*) from account_invitation where email = :e", email))
                .isZero();
    }

    @Test
    void anUnconfirmedRegistrationIsDeletedAfterThirtyDaysAndAConfirmedOneIsKept() {
        String unconfirmed = People.uniqueEmail("never-confirmed");
        String confirmed = People.uniqueEmail("confirmed");
        user(unconfirmed, false);
        user(confirmed, true);

        retention.now("unconfirmed-registrations");
        assertThat(count("select count(*) from account_user where email = :e", unconfirmed))
                .isEqualTo(1);

        retention.afterPeriod("unconfirmed-registrations");
        assertThat(count("select count(*) from account_user where email = :e", unconfirmed))
                .isZero();
        assertThat(count("select count(*) from account_user where email = :e", confirmed))
                .isEqualTo(1);
    }

    @Test
    void failedSignInCountsAreDeletedAfterADay() {
        String key = People.uniqueEmail("mistyped");
        jdbc.sql("insert into account_sign_in_throttle (email_key, failures) values (:k, 2)")
                .param("k", key)
                .update();

        retention.now("sign-in-failures");
        assertThat(count("select count(*) from account_sign_in_throttle where email_key = :e", key))
                .isEqualTo(1);

        retention.afterPeriod("sign-in-failures");
        assertThat(count("select count(*) from account_sign_in_throttle where email_key = :e", key))
                .isZero();
    }

    private long user(String email, boolean confirmed) {
        return jdbc.sql("""
                insert into account_user (email, display_name, password_hash, email_confirmed_at)
                values (:e, 'Someone', 'not-a-real-hash', case when :c then now() end) returning id""")
                .param("e", email)
                .param("c", confirmed)
                .query(Long.class)
                .single();
    }

    private Optional<String> address(String email) {
        return jdbc.sql("select remote_address from account_audit_event where email = :e")
                .param("e", email)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single();
    }

    private int count(String sql, Object value) {
        return jdbc.sql(sql).param("e", value).query(Integer.class).single();
    }
}
