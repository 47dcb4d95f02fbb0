package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.mail.Outbox;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

@HubTest
class PeopleWhoLeaveTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    PersonData data;

    @Autowired
    Accounts accounts;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void closingYourAccountAsksFirstThenErasesItKeepingAnonymousRecords() throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Closing Ltd");
        String email = people.person("closer", supplier, Role.SUPPLIER);
        long id = accounts.idOf(email).orElseThrow();
        data.give(id, email, supplier, accounts.idOf(people.coordinator()).orElseThrow());
        Cookie elsewhere = People.signInForSession(mvc, email, People.PASSWORD);

        assertThat(page(get("/account").with(people.signedIn(email))).select("a[href=/account/close]"))
                .hasSize(1);
        Document confirm = page(get("/account/close").with(people.signedIn(email)));
        assertThat(confirm.select("input[type=radio]")).hasSize(2).noneMatch(radio -> radio.hasAttr("checked"));
        Document unanswered =
                page(post("/account/close").with(people.signedIn(email)).with(csrf()));
        assertThat(unanswered.select("#confirm-error").text()).contains("Select yes or no");
        assertThat(accounts.exists(email)).isTrue();

        mvc.perform(post("/account/close")
                        .param("confirm", "yes")
                        .with(people.signedIn(email))
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));

        assertThat(accounts.exists(email)).isFalse();
        assertThat(People.stillSignedIn(mvc, elsewhere)).isFalse();
        assertThat(data.alerts(id)).isZero();
        assertThat(jdbc.sql("select requester_name from eng_support_request where requester_email = '' and"
                                + " requester_id is null and subject = 'How do I bid?'"
                                + " and created_at > now() - interval '1 minute'")
                        .query(String.class)
                        .list())
                .contains("Former member");
        assertThat(jdbc.sql("select count(*) from eng_registration where email = :e")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select event_type from account_audit_event where user_id = :u")
                        .param("u", id)
                        .query(String.class)
                        .list())
                .contains("ACCOUNT_CLOSED");
    }

    @Test
    void theOnlyAdminOfAnOrganisationIsAskedToHandItOverBeforeClosingTheirAccount() throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Sole Admin Ltd");
        String admin = people.person("sole-admin", supplier, Role.ORG_ADMIN);

        Document refused = page(get("/account/close").with(people.signedIn(admin)));
        assertThat(refused.select("h1").text()).isEqualTo("Make someone else an admin before you close your account");
        assertThat(refused.select("a[href=/organisations/" + supplier + "/team]")
                        .text())
                .contains("Sole Admin Ltd");
        assertThat(refused.select("input[type=radio]")).isEmpty();
        mvc.perform(post("/account/close")
                        .param("confirm", "yes")
                        .with(people.signedIn(admin))
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isConflict());
        assertThat(accounts.exists(admin)).isTrue();

        people.person("second-admin", supplier, Role.ORG_ADMIN);
        mvc.perform(post("/account/close")
                        .param("confirm", "yes")
                        .with(people.signedIn(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(accounts.exists(admin)).isFalse();
    }

    @Test
    void disablingAnAccountEndsItsSessionsStopsSignInResetLinksAndAlerts() throws Exception {
        String coordinator = people.coordinator();
        String email = people.person("disabled", null);
        long id = accounts.idOf(email).orElseThrow();
        data.give(id, email, people.organisation(OrganisationKind.SUPPLIER, "Disabled Ltd"), id);
        Cookie session = People.signInForSession(mvc, email, People.PASSWORD);
        mvc.perform(post("/password/forgotten").param("email", email).with(csrf()));
        String resetLink = outbox.latestLinkPathTo(email);

        assertThat(page(get("/coordinator/people/" + id + "/disable").with(people.signedIn(coordinator)))
                        .select("h1")
                        .text())
                .startsWith("Disable the account of");
        mvc.perform(post("/coordinator/people/" + id + "/disable")
                        .with(people.signedIn(coordinator))
                        .with(csrf()))
                .andExpect(redirectedUrl("/coordinator/people/" + id));

        assertThat(People.stillSignedIn(mvc, session)).isFalse();
        assertThat(signIn(email)).isEqualTo("/sign-in?error=credentials");
        assertThat(page(get(resetLink)).select("h1").text()).isEqualTo("This link is not valid");
        mvc.perform(post(resetLink)
                .param("password", "otter bridge lantern")
                .param("confirmPassword", "otter bridge lantern")
                .with(csrf()));
        assertThat(data.alerts(id)).isZero();

        mvc.perform(post("/coordinator/people/" + id + "/enable")
                .with(people.signedIn(coordinator))
                .with(csrf()));
        assertThat(signIn(email)).isEqualTo("/home");
        assertThat(jdbc.sql("select event_type from account_audit_event where user_id = :u")
                        .param("u", id)
                        .query(String.class)
                        .list())
                .contains("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    }

    @Test
    void aCoordinatorFindsAPersonByEmailAndCorrectsTheirNameAndAddress() throws Exception {
        String coordinator = people.coordinator();
        String email = people.person("misspelt", null);
        long id = accounts.idOf(email).orElseThrow();
        Cookie session = People.signInForSession(mvc, email, People.PASSWORD);
        mvc.perform(get("/coordinator/people")
                        .param("email", email.toUpperCase())
                        .with(people.signedIn(coordinator)))
                .andExpect(redirectedUrl("/coordinator/people/" + id));
        assertThat(page(get("/coordinator/people")
                                .param("email", "nobody-" + email)
                                .with(people.signedIn(coordinator)))
                        .select("#email-error")
                        .text())
                .contains("no account");

        String corrected = People.uniqueEmail("corrected");
        String taken = page(post("/coordinator/people/" + id + "/details")
                        .param("displayName", "Ann Other")
                        .param("email", coordinator)
                        .with(people.signedIn(coordinator))
                        .with(csrf()))
                .select("#email-error")
                .text();
        assertThat(taken).contains("Another account");
        mvc.perform(post("/coordinator/people/" + id + "/details")
                        .param("displayName", "Correct Name")
                        .param("email", corrected)
                        .with(people.signedIn(coordinator))
                        .with(csrf()))
                .andExpect(redirectedUrl("/coordinator/people/" + id));

        assertThat(accounts.contact(corrected).orElseThrow().displayName()).isEqualTo("Correct Name");
        assertThat(People.stillSignedIn(mvc, session))
                .as("sessions carried the old address")
                .isFalse();
        assertThat(signIn(corrected)).isEqualTo("/home");
        assertThat(jdbc.sql("select event_type from account_audit_event where user_id = :u")
                        .param("u", id)
                        .query(String.class)
                        .list())
                .contains("ACCOUNT_CORRECTED");
    }

    private String signIn(String email) throws Exception {
        return mvc.perform(post("/sign-in")
                        .param("email", email)
                        .param("password", People.PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
