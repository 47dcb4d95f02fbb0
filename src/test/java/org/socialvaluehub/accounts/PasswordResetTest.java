package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.mail.Outbox;
import org.socialvaluehub.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class PasswordResetTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicAddress publicAddress;

    @Test
    void theLinkInTheMailStartsWithThisInstallationsPublicAddress() throws Exception {
        String email = people.person("addressed", null);
        mvc.perform(post("/password/forgotten").param("email", email).with(csrf()));

        assertThat(outbox.latestBodyTo(email)).contains(publicAddress.url() + "/password/reset");
    }

    @Test
    void resetLinkSetsANewPasswordOnceOnly() throws Exception {
        String email = people.person("forgetful", null);
        mvc.perform(post("/password/forgotten").param("email", email).with(csrf()))
                .andExpect(redirectedUrl("/password/forgotten/sent"));
        String link = outbox.latestLinkPathTo(email);

        mvc.perform(post(link)
                        .param("password", "new lantern otter river")
                        .param("confirmPassword", "new lantern otter river")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/sign-in")
                        .param("email", email)
                        .param("password", "new lantern otter river")
                        .with(csrf()))
                .andExpect(redirectedUrl("/home"));

        String again = mvc.perform(post(link)
                        .param("password", "third lantern otter")
                        .param("confirmPassword", "third lantern otter")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(again).select("h1").text()).isEqualTo("This link has already been used");
        mvc.perform(post("/sign-in")
                        .param("email", email)
                        .param("password", "third lantern otter")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=credentials"));
    }

    @Test
    void expiredResetLinkIsRefusedAndThePasswordStays() throws Exception {
        String email = people.person("late", null);
        mvc.perform(post("/password/forgotten").param("email", email).with(csrf()));
        String link = outbox.latestLinkPathTo(email);
        jdbc.sql("update account_token set expires_at = now() - interval '1 minute' where user_id = (select"
                        + " id from account_user where email = :e)")
                .param("e", email)
                .update();

        assertThat(Jsoup.parse(mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
                        .select("h1")
                        .text())
                .isEqualTo("This link has expired");
        mvc.perform(post(link)
                .param("password", "new lantern otter river")
                .param("confirmPassword", "new lantern otter river")
                .with(csrf()));
        mvc.perform(post("/sign-in")
                        .param("email", email)
                        .param("password", People.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/home"));
    }

    @Test
    void resetLinksExpireAfterOneHour() throws Exception {
        String email = people.person("hour", null);
        mvc.perform(post("/password/forgotten").param("email", email).with(csrf()));
        Long minutes = jdbc.sql("""
                select round(extract(epoch from (expires_at - created_at)) / 60) from account_token
                where purpose = 'RESET_PASSWORD' and user_id = (select id from account_user where email = :e)
                """).param("e", email).query(Long.class).single();
        assertThat(minutes).isEqualTo(60L);
    }

    @Test
    void unknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String nobody = People.uniqueEmail("nobody");
        mvc.perform(post("/password/forgotten").param("email", nobody).with(csrf()))
                .andExpect(redirectedUrl("/password/forgotten/sent"));
        assertThat(outbox.countTo(nobody)).isZero();
    }

    @Test
    void changingPasswordNeedsTheCurrentOneAndAStrongNewOne() throws Exception {
        String email = people.person("changer", null);
        String page = mvc.perform(post("/account/password")
                        .with(people.signedIn(email))
                        .with(csrf())
                        .param("currentPassword", "wrong")
                        .param("password", "password123")
                        .param("confirmPassword", "password123"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var doc = Jsoup.parse(page);
        assertThat(doc.select("#currentPassword-error").text()).contains("not correct");
        assertThat(doc.select("#password-error").text()).contains("too common");
        assertThat(doc.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);

        mvc.perform(post("/account/password")
                        .with(people.signedIn(email))
                        .with(csrf())
                        .param("currentPassword", People.PASSWORD)
                        .param("password", "fresh kettle meadow")
                        .param("confirmPassword", "fresh kettle meadow"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/sign-in")
                        .param("email", email)
                        .param("password", "fresh kettle meadow")
                        .with(csrf()))
                .andExpect(redirectedUrl("/home"));
    }

    @Test
    void aNewResetLinkMakesTheOlderOneVoid() throws Exception {
        String email = people.person("twice", null);
        mvc.perform(post("/password/forgotten")
                .param("email", email)
                .with(csrf())
                .with(Clients.from(Clients.uniqueAddress())));
        String older = outbox.latestLinkPathTo(email);
        mvc.perform(post("/password/forgotten")
                .param("email", email)
                .with(csrf())
                .with(Clients.from(Clients.uniqueAddress())));
        String newer = outbox.latestLinkPathTo(email);
        assertThat(newer).isNotEqualTo(older);

        assertThat(Jsoup.parse(mvc.perform(get(older)).andReturn().getResponse().getContentAsString())
                        .select("h1")
                        .text())
                .isEqualTo("This link has expired");
        mvc.perform(post(older)
                .param("password", "older lantern otter")
                .param("confirmPassword", "older lantern otter")
                .with(csrf()));
        mvc.perform(post(newer)
                        .param("password", "newer lantern otter")
                        .param("confirmPassword", "newer lantern otter")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/sign-in")
                        .param("email", email)
                        .param("password", "newer lantern otter")
                        .with(csrf()))
                .andExpect(redirectedUrl("/home"));
    }

    @Test
    void resetRequestsAreLimitedPerAddressQuietlyAndPerClientWithAWait() throws Exception {
        String email = people.person("flooded", null);
        for (int i = 0; i < PasswordResetController.PER_ADDRESS.limit() + 2; i++) {
            mvc.perform(post("/password/forgotten")
                            .param("email", email)
                            .with(csrf())
                            .with(Clients.from(Clients.uniqueAddress())))
                    .andExpect(redirectedUrl("/password/forgotten/sent"));
        }
        assertThat(outbox.countTo(email)).isEqualTo(PasswordResetController.PER_ADDRESS.limit());

        String client = Clients.uniqueAddress();
        for (int i = 0; i < PasswordResetController.PER_CLIENT.limit(); i++) {
            mvc.perform(post("/password/forgotten")
                            .param("email", People.uniqueEmail("any"))
                            .with(csrf())
                            .with(Clients.from(client)))
                    .andExpect(redirectedUrl("/password/forgotten/sent"));
        }
        var refused = mvc.perform(post("/password/forgotten")
                        .param("email", email)
                        .with(csrf())
                        .with(Clients.from(client)))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(3000L, 3600L);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select("#retry-after")
                        .text())
                .isEqualTo("Wait 60 minutes and try again.");
    }

    @Test
    void theAnswerToAResetRequestIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String known = people.person("known", null);
        String unknown = People.uniqueEmail("unknown");
        List<String> answers = new ArrayList<>();
        for (String email : new String[] {known, unknown}) {
            var sent = mvc.perform(post("/password/forgotten")
                            .param("email", email)
                            .with(csrf())
                            .with(Clients.from(Clients.uniqueAddress())))
                    .andReturn();
            answers.add(sent.getResponse().getStatus() + " "
                    + sent.getResponse().getRedirectedUrl() + " "
                    + sent.getFlashMap().keySet() + " " + sent.getResponse().getCookies().length);
        }
        assertThat(answers.get(0)).isEqualTo(answers.get(1)).startsWith("302 /password/forgotten/sent");
    }
}
