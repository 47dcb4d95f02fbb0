package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@HubTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.socialvaluehub.mail.Outbox outbox;

    @Test
    void signsInWithTheRightPasswordAndRecordsIt() throws Exception {
        String email = people.person("signer", null);
        mvc.perform(post("/sign-in")
                        .param("email", email)
                        .param("password", People.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/home"));
        assertThat(auditTypes(email)).contains("SIGN_IN");
    }

    @Test
    void wrongPasswordAndUnknownAddressGetTheSameAnswer() throws Exception {
        String email = people.person("guessed", null);
        String known = signIn(email, "not the password").getResponse().getRedirectedUrl();
        String unknown = signIn(People.uniqueEmail("nobody"), "not the password")
                .getResponse()
                .getRedirectedUrl();
        assertThat(known).isEqualTo("/sign-in?error=credentials").isEqualTo(unknown);
    }

    @Test
    void fiveFailuresInARowThrottleTheAddressEvenWithTheRightPassword() throws Exception {
        String email = people.person("throttled", null);
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS - 1; i++) {
            assertThat(signIn(email, "wrong guess " + i).getResponse().getRedirectedUrl())
                    .as("failure %d of %d is counted once", i + 1, SignInThrottle.FREE_ATTEMPTS)
                    .isEqualTo("/sign-in?error=credentials");
        }
        signIn(email, "wrong guess 5");
        MockHttpServletResponse throttled = signIn(email, People.PASSWORD).getResponse();
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.getHeader("Retry-After"))).isBetween(1L, 30L);
        assertThat(throttled.getForwardedUrl()).isEqualTo(TooManyRequestsPage.PAGE);
        assertThat(auditTypes(email)).contains("SIGN_IN_THROTTLED");
    }

    @Test
    void oneWrongPasswordCountsAsOneFailure() throws Exception {
        String email = people.person("counted-once", null);
        signIn(email, "one wrong guess");
        assertThat(jdbc.sql("select failures from account_sign_in_throttle where email_key = lower(:e)")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void throttlingAnAddressWithoutAnAccountLooksTheSame() throws Exception {
        String nobody = People.uniqueEmail("ghost");
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            signIn(nobody, "wrong guess " + i);
        }
        assertThat(signIn(nobody, "another guess").getResponse().getStatus()).isEqualTo(429);
    }

    @Test
    void aClientThatFailsOnManyAccountsIsThrottledButOthersAreNot() throws Exception {
        String client = Clients.uniqueAddress();
        for (int i = 0; i < SignInThrottle.PER_CLIENT.limit(); i++) {
            mvc.perform(post("/sign-in")
                    .param("email", People.uniqueEmail("sprayed"))
                    .param("password", "guess")
                    .with(csrf())
                    .with(Clients.from(client)));
        }
        String victim = people.person("sprayed-victim", null);
        MockHttpServletResponse refused = mvc.perform(post("/sign-in")
                        .param("email", victim)
                        .param("password", People.PASSWORD)
                        .with(csrf())
                        .with(Clients.from(client)))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        mvc.perform(post("/sign-in")
                        .param("email", victim)
                        .param("password", People.PASSWORD)
                        .with(csrf())
                        .with(Clients.from(Clients.uniqueAddress())))
                .andExpect(redirectedUrl("/home"));
    }

    @Test
    void theOwnerOfAThrottledAccountGetsInWithTheResetLink() throws Exception {
        String email = people.person("locked-out", null);
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            signIn(email, "attacker guess " + i);
        }
        assertThat(signIn(email, People.PASSWORD).getResponse().getStatus()).isEqualTo(429);

        mvc.perform(post("/password/forgotten")
                .param("email", email)
                .with(csrf())
                .with(Clients.from(Clients.uniqueAddress())));
        mvc.perform(post(outbox.latestLinkPathTo(email))
                        .param("password", "owner lantern otter river")
                        .param("confirmPassword", "owner lantern otter river")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in"));
        assertThat(signIn(email, "owner lantern otter river").getResponse().getRedirectedUrl())
                .isEqualTo("/home");
    }

    @Test
    void unconfirmedAddressCannotSignInButIsOnlyToldAfterTheRightPassword() throws Exception {
        String email = People.uniqueEmail("unconfirmed");
        jdbc.sql("insert into account_user (email, display_name, password_hash) values (:e, 'U', :h)")
                .param("e", email)
                .param("h", "{noop}" + People.PASSWORD)
                .update();
        assertThat(signIn(email, "wrong password here").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=credentials");
        assertThat(signIn(email, People.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=unconfirmed");
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        String email = people.person("nocsrf", null);
        int status = mvc.perform(post("/sign-in").param("email", email).param("password", People.PASSWORD))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void aTokenFromAnotherCookieIsRefused() throws Exception {
        mvc.perform(post("/sign-in")
                        .param("email", "someone@test.example")
                        .param("password", "whatever")
                        .param("_csrf", "forged-token")
                        .cookie(new jakarta.servlet.http.Cookie("SVH_CSRF", "other-token")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl(
                        "/form-expired"));
    }

    @Test
    void anExpiredFormSaysSoAndLeadsBackToItsOwnPageOnly() throws Exception {
        var page = org.jsoup.Jsoup.parse(
                mvc.perform(get("/form-expired").header("Referer", "http://localhost/register?x=1"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("This form has expired");
        assertThat(page.text()).contains("Nothing you entered has been saved");
        assertThat(page.select("#back-to-form").attr("href")).isEqualTo("/register?x=1");
        for (String elsewhere : new String[] {"https://evil.example/register", "//evil.example/x", "not a url ::"}) {
            assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/form-expired").header("Referer", elsewhere))
                                    .andReturn()
                                    .getResponse()
                                    .getContentAsString())
                            .select("#back-to-form")
                            .attr("href"))
                    .isEqualTo("/");
        }
    }

    @Test
    void aRefusalThatIsNotAboutTheFormStillSaysNoAccess() throws Exception {
        mvc.perform(get("/coordinator/buyers").with(people.signedIn(people.person("not-coordinator", null))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl(null));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                SecurityConfiguration.contentSecurityPolicy(
                                        "https://tile.openstreetmap.org/{z}/{x}/{y}.png")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        assertThat(SecurityConfiguration.contentSecurityPolicy(""))
                .contains("frame-ancestors 'none'", "script-src 'self'", "img-src 'self' data:;")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void theMapTilesOriginIsTheOnlyOtherImageSource() {
        assertThat(SecurityConfiguration.contentSecurityPolicy("https://{s}.tiles.example:8443/osm/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: https://*.tiles.example:8443;");
        assertThat(SecurityConfiguration.contentSecurityPolicy("not a url {z}")).contains("img-src 'self' data:;");
    }

    @Test
    void hstsIsSentOnlyOverHttps() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .isNull();
        assertThat(mvc.perform(get("/").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000");
    }

    @Test
    void signingInGoesBackToThePageAskedForButNeverToAnotherSite() throws Exception {
        String email = people.person("next", null);
        assertThat(signIn(email, People.PASSWORD, "/events/12").getResponse().getRedirectedUrl())
                .isEqualTo("/events/12");
        for (String elsewhere : new String[] {
            "//evil.example/x", "https://evil.example/", "/\\evil.example", "events", "/x\r\nSet-Cookie: a=b"
        }) {
            assertThat(signIn(email, People.PASSWORD, elsewhere).getResponse().getRedirectedUrl())
                    .as(elsewhere)
                    .isEqualTo("/home");
        }
        assertThat(signIn(email, "wrong password here", "/events/12")
                        .getResponse()
                        .getRedirectedUrl())
                .as("a failed sign-in keeps where to go next")
                .isEqualTo("/sign-in?error=credentials&next=%2Fevents%2F12");
        var form = org.jsoup.Jsoup.parse(mvc.perform(get("/sign-in").param("next", "/events/12"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("input[name=next]").val()).isEqualTo("/events/12");
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/sign-in").param("next", "https://evil.example/"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("input[name=next]"))
                .isEmpty();
    }

    private MvcResult signIn(String email, String password, String next) throws Exception {
        return mvc.perform(post("/sign-in")
                        .param("email", email)
                        .param("password", password)
                        .param("next", next)
                        .with(csrf()))
                .andReturn();
    }

    private MvcResult signIn(String email, String password) throws Exception {
        return mvc.perform(post("/sign-in")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf()))
                .andReturn();
    }

    private List<String> auditTypes(String email) {
        return jdbc.sql("select event_type from account_audit_event where lower(email) = lower(:e)")
                .param("e", email)
                .query(String.class)
                .list();
    }
}
