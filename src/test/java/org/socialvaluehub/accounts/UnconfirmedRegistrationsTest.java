package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.RetentionSchedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The registration expiry removes by the retention setting the privacy notice quotes, not a period of its own. */
@HubTest
class UnconfirmedRegistrationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditLog audit;

    @Autowired
    AdjustableClock clock;

    @Autowired
    UnconfirmedRegistrations expiry;

    @Test
    void aShorterRetentionSettingRemovesUnconfirmedRegistrationsSooner() throws Exception {
        String email = People.uniqueEmail("unconfirmed-three-days");
        mvc.perform(RegistrationTest.registerAs(email, "Short Stay Works " + System.nanoTime(), "COMPANY", "PUBLIC")
                        .with(csrf())
                        .with(Clients.from(Clients.uniqueAddress())))
                .andExpect(redirectedUrl("/register/check-email"));
        UnconfirmedRegistrations threeDays = new UnconfirmedRegistrations(
                jdbc,
                organisations,
                audit,
                new RetentionSchedule(Map.of(UnconfirmedRegistrations.CATEGORY, Period.ofDays(3))),
                clock);
        try {
            clock.advancePast(Instant.now().plus(Duration.ofDays(4)));
            expiry.expire();
            assertThat(accountsWith(email))
                    .as("kept four days on under the configured week")
                    .isEqualTo(1);

            threeDays.expire();
            assertThat(accountsWith(email))
                    .as("removed four days on when the setting is three days")
                    .isZero();
        } finally {
            clock.reset();
        }
    }

    private long accountsWith(String email) {
        return jdbc.sql("select count(*) from account_user where email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }
}
