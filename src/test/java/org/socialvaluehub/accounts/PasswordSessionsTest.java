package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.mail.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class PasswordSessionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void changingAPasswordEndsEveryOtherSession() throws Exception {
        String email = people.person("two-laptops", null);
        Cookie here = People.signInForSession(mvc, email, People.PASSWORD);
        Cookie elsewhere = People.signInForSession(mvc, email, People.PASSWORD);

        mvc.perform(post("/account/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", People.PASSWORD)
                        .param("password", "lantern meadow kettle")
                        .param("confirmPassword", "lantern meadow kettle"))
                .andExpect(redirectedUrl("/account"));

        assertThat(People.stillSignedIn(mvc, elsewhere)).as("the other session").isFalse();
        assertThat(People.stillSignedIn(mvc, here))
                .as("the session that changed it")
                .isTrue();
        assertThat(auditTypes(email)).contains("PASSWORD_CHANGED", "SESSIONS_ENDED");
    }

    @Test
    void resettingAPasswordEndsEverySession() throws Exception {
        String email = people.person("stolen-password", null);
        Cookie attacker = People.signInForSession(mvc, email, People.PASSWORD);
        mvc.perform(post("/password/forgotten").param("email", email).with(csrf()));

        mvc.perform(post(outbox.latestLinkPathTo(email))
                        .param("password", "otter bridge lantern")
                        .param("confirmPassword", "otter bridge lantern")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in"));

        assertThat(People.stillSignedIn(mvc, attacker)).isFalse();
        assertThat(auditTypes(email)).contains("PASSWORD_RESET", "SESSIONS_ENDED");
    }

    private List<String> auditTypes(String email) {
        return jdbc.sql("select event_type from account_audit_event where email = :e")
                .param("e", email)
                .query(String.class)
                .list();
    }
}
