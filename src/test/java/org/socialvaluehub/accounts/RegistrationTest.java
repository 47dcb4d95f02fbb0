package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.mail.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HubTest
class RegistrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    People people;

    @Autowired
    org.socialvaluehub.organisations.DirectoryFixtures fixtures;

    @Autowired
    org.socialvaluehub.AdjustableClock clock;

    @Autowired
    UnconfirmedRegistrations expiry;

    @Test
    void registersSupplierWithOrganisationAndSendsConfirmationLink() throws Exception {
        String email = People.uniqueEmail("new-supplier");
        mvc.perform(register(email, "riverbank otter lantern", "ox4 2jy").with(csrf()))
                .andExpect(redirectedUrl("/register/check-email"));

        assertThat(jdbc.sql("select email_confirmed_at is null from account_user where email = :e")
                        .param("e", email)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("""
                select o.postcode || ' ' || o.postcode_district || ' ' || string_agg(m.role, ',' order by m.role)
                from account_user u join account_membership m on m.user_id = u.id
                join org_organisation o on o.id = m.organisation_id where u.email = :e group by o.postcode,
                o.postcode_district
                """).param("e", email).query(String.class).single())
                .isEqualTo("OX4 2JY OX4 ORG_ADMIN,SUPPLIER");

        String confirm = outbox.latestLinkPathTo(email);
        assertThat(confirm).startsWith("/register/confirm?token=");
        Document page =
                Jsoup.parse(mvc.perform(get(confirm)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("E-mail address confirmed");
        Document again =
                Jsoup.parse(mvc.perform(get(confirm)).andReturn().getResponse().getContentAsString());
        assertThat(again.select("h1").text()).isEqualTo("This link has already been used");
    }

    @Test
    void duplicateEmailIsRefusedAndNothingIsAdded() throws Exception {
        String email = people.person("existing", null);
        long organisationsBefore = organisations();
        Document page = render(register(email.toUpperCase(), "riverbank otter lantern", "OX4 2JY"));
        assertThat(errorFor(page, "email")).contains("An account already uses this e-mail address");
        assertThat(organisations()).isEqualTo(organisationsBefore);
    }

    @Test
    void weakOrCommonPasswordsAreRefusedWithTheReason() throws Exception {
        assertThat(errorFor(render(register(People.uniqueEmail("weak"), "short", "OX4 2JY")), "password"))
                .contains("at least 10 characters");
        assertThat(errorFor(render(register(People.uniqueEmail("common"), "password123", "OX4 2JY")), "password"))
                .contains("too common");
    }

    @Test
    void malformedOrUnknownPostcodeIsRefused() throws Exception {
        assertThat(errorFor(render(register(People.uniqueEmail("pc"), "riverbank otter lantern", "OX4")), "postcode"))
                .contains("Enter a full UK postcode");
        assertThat(errorFor(
                        render(register(People.uniqueEmail("pc"), "riverbank otter lantern", "QQ9 9QQ")), "postcode"))
                .contains("QQ9 does not exist");
    }

    @Test
    void errorSummaryListsEveryProblemWithLinksToTheFields() throws Exception {
        Document page = render(post("/register").param("email", "not-an-email"));
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .contains(
                        "#displayName",
                        "#email",
                        "#password",
                        "#organisationName",
                        "#legalForm",
                        "#sizeBand",
                        "#postcode");
        assertThat(page.title()).startsWith("Register your organisation");
    }

    @Test
    void registrationWithoutCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
        String email = People.uniqueEmail("forged");
        mvc.perform(register(email, "riverbank otter lantern", "OX4 2JY")).andExpect(status().isForbidden());
        mvc.perform(register(email, "riverbank otter lantern", "OX4 2JY").with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from account_user where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRegisteredOrganisationIsListedOnlyOnceItsPersonConfirms() throws Exception {
        String token = "unconfirmed" + System.nanoTime();
        String email = People.uniqueEmail("lister");
        mvc.perform(registerAs(email, "Riverside Carers Network " + token, "COMPANY", "PUBLIC")
                        .with(csrf())
                        .with(Clients.from(Clients.uniqueAddress())))
                .andExpect(redirectedUrl("/register/check-email"));
        long id = organisationOf(email);

        assertThat(directoryFinds(token)).as("before confirmation").isZero();
        assertThat(mvc.perform(get("/api/v1/organisations/" + id))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/directory/" + id))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        mvc.perform(get(outbox.latestLinkPathTo(email)));
        assertThat(directoryFinds(token)).as("after confirmation").isEqualTo(1);
        assertThat(mvc.perform(get("/api/v1/organisations/" + id))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aNameVeryCloseToAListedOrganisationIsHeldForTheCoordinatorsInsteadOfListedAsATwin() throws Exception {
        String token = "twin" + System.nanoTime();
        long existing = fixtures.supplier(
                "Riverside Carers Network " + token,
                org.socialvaluehub.organisations.LegalForm.CHARITY,
                org.socialvaluehub.organisations.SizeBand.SMALL,
                "OX4 2JY",
                "Care at home");
        String email = People.uniqueEmail("twin");
        mvc.perform(registerAs(email, "Riverside Carers Network " + token + " Ltd", "COMPANY", "PUBLIC")
                        .with(csrf())
                        .with(Clients.from(Clients.uniqueAddress())))
                .andExpect(redirectedUrl("/register/check-email"));
        long twin = organisationOf(email);
        mvc.perform(get(outbox.latestLinkPathTo(email)));

        assertThat(directoryFinds(token))
                .as("only the organisation already listed")
                .isEqualTo(1);
        String coordinator = people.coordinator();
        Document duplicates =
                Jsoup.parse(mvc.perform(get("/coordinator/duplicates").with(people.signedIn(coordinator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(duplicates.select(".govuk-summary-card").stream()
                        .filter(card -> card.text().contains(token))
                        .findFirst())
                .hasValueSatisfying(card -> assertThat(card.text()).contains("Not listed yet"));

        mvc.perform(post("/coordinator/duplicates/list")
                        .param("id", String.valueOf(twin))
                        .with(people.signedIn(coordinator))
                        .with(csrf()))
                .andExpect(redirectedUrl("/coordinator/duplicates"));
        assertThat(directoryFinds(token)).as("listed by a coordinator").isEqualTo(2);
        assertThat(existing).isNotEqualTo(twin);
    }

    @Test
    void unconfirmedRegistrationsAreRemovedAfterSevenDays() throws Exception {
        String unconfirmed = People.uniqueEmail("never-confirmed");
        String confirmed = People.uniqueEmail("confirmed");
        for (String email : new String[] {unconfirmed, confirmed}) {
            mvc.perform(registerAs(email, "Expiring Works " + System.nanoTime(), "COMPANY", "PUBLIC")
                            .with(csrf())
                            .with(Clients.from(Clients.uniqueAddress())))
                    .andExpect(redirectedUrl("/register/check-email"));
        }
        long unconfirmedOrganisation = organisationOf(unconfirmed);
        long confirmedOrganisation = organisationOf(confirmed);
        mvc.perform(get(outbox.latestLinkPathTo(confirmed)));
        try {
            clock.advancePast(Instant.now().plus(Duration.ofDays(6)));
            expiry.expire();
            assertThat(count("select count(*) from account_user where email = :v", unconfirmed))
                    .as("six days on")
                    .isEqualTo(1);

            clock.advancePast(Instant.now().plus(Duration.ofDays(7)));
            expiry.expire();
            assertThat(count("select count(*) from account_user where email = :v", unconfirmed))
                    .isZero();
            assertThat(count(
                            "select count(*) from org_organisation where id = cast(:v as bigint)",
                            String.valueOf(unconfirmedOrganisation)))
                    .isZero();
            assertThat(count("select count(*) from account_user where email = :v", confirmed))
                    .isEqualTo(1);
            assertThat(count(
                            "select count(*) from org_organisation where id = cast(:v as bigint)",
                            String.valueOf(confirmedOrganisation)))
                    .isEqualTo(1);
            assertThat(count(
                            "select count(*) from account_audit_event where event_type = 'REGISTRATION_EXPIRED' and"
                                    + " email = :v",
                            unconfirmed))
                    .isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void registrationIsLimitedPerClient() throws Exception {
        String client = Clients.uniqueAddress();
        for (int i = 0; i < RegistrationController.PER_CLIENT.limit(); i++) {
            mvc.perform(registerAs(
                                    People.uniqueEmail("burst"),
                                    "Burst Trading " + System.nanoTime(),
                                    "COMPANY",
                                    "PUBLIC")
                            .with(csrf())
                            .with(Clients.from(client)))
                    .andExpect(redirectedUrl("/register/check-email"));
        }
        String refusedEmail = People.uniqueEmail("burst-refused");
        var refused = mvc.perform(registerAs(refusedEmail, "Burst Trading " + System.nanoTime(), "COMPANY", "PUBLIC")
                        .with(csrf())
                        .with(Clients.from(client)))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(Jsoup.parse(refused.getContentAsString()).select("h1").text())
                .isEqualTo("Too many attempts");
        assertThat(count("select count(*) from account_user where email = :v", refusedEmail))
                .isZero();
    }

    @Test
    void registrationExplainsTheListingAndOffersPartnersOnlyToSoleTraders() throws Exception {
        Document form = Jsoup.parse(
                mvc.perform(get("/register")).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#listing-hint").text()).contains("Anyone can see it", "public API", "never listed");
        assertThat(form.select("input[name=listing]").eachAttr("value")).containsExactly("PUBLIC", "PARTNERS");

        assertThat(errorFor(
                        render(registerAs(
                                        People.uniqueEmail("firm"), "Firm " + System.nanoTime(), "COMPANY", "PARTNERS")
                                .with(Clients.from(Clients.uniqueAddress()))),
                        "listing"))
                .contains("Only sole traders");

        String token = "soletrader" + System.nanoTime();
        String email = People.uniqueEmail("sole");
        mvc.perform(registerAs(email, "Jo Bloggs Gardening " + token, "SOLE_TRADER", "PARTNERS")
                        .with(csrf())
                        .with(Clients.from(Clients.uniqueAddress())))
                .andExpect(redirectedUrl("/register/check-email"));
        long id = organisationOf(email);
        mvc.perform(get(outbox.latestLinkPathTo(email)));

        assertThat(directoryFinds(token)).as("anonymous visitors and the API").isZero();
        assertThat(mvc.perform(get("/directory/" + id))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/directory/export.csv?q=" + token).with(Clients.from(Clients.uniqueAddress())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .lines()
                        .count())
                .isEqualTo(1);
        long council = people.organisation(org.socialvaluehub.organisations.OrganisationKind.BUYER, "Council");
        String buyer = people.person("buyer", council, org.socialvaluehub.shared.Role.BUYER);
        Document seen = Jsoup.parse(mvc.perform(get("/directory?q=" + token).with(people.signedIn(buyer)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(seen.select(".svh-result a").attr("href")).isEqualTo("/directory/" + id);
        assertThat(mvc.perform(get("/directory/" + id).with(people.signedIn(buyer)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/organisations?q=" + token).with(people.signedIn(buyer)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"total\":0");
        String supplier = people.person(
                "other-supplier",
                people.organisation(org.socialvaluehub.organisations.OrganisationKind.SUPPLIER, "Other"),
                org.socialvaluehub.shared.Role.SUPPLIER);
        assertThat(Jsoup.parse(mvc.perform(get("/directory?q=" + token).with(people.signedIn(supplier)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select(".svh-result"))
                .isEmpty();
    }

    /** Results for the words on the directory page, in the API and in the CSV export, which must agree. */
    private long directoryFinds(String token) throws Exception {
        long page = Jsoup.parse(mvc.perform(get("/directory?q=" + token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select(".svh-result")
                .size();
        String api = mvc.perform(get("/api/v1/organisations?q=" + token))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long csv = mvc.perform(get("/directory/export.csv?q=" + token).with(Clients.from(Clients.uniqueAddress())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .lines()
                        .count()
                - 1;
        assertThat(api).contains("\"total\":" + page);
        assertThat(csv).isEqualTo(page);
        return page;
    }

    private long organisationOf(String email) {
        return jdbc.sql("""
                select m.organisation_id from account_membership m join account_user u on u.id = m.user_id
                where u.email = :e and m.role = 'ORG_ADMIN'""").param("e", email).query(Long.class).single();
    }

    private long count(String sql, String value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }

    static MockHttpServletRequestBuilder registerAs(
            String email, String organisation, String legalForm, String listing) {
        return post("/register")
                .param("displayName", "Ada Supplier")
                .param("email", email)
                .param("password", "riverbank otter lantern")
                .param("organisationName", organisation)
                .param("legalForm", legalForm)
                .param("sizeBand", "MICRO")
                .param("postcode", "OX4 2JY")
                .param("listing", listing);
    }

    private Document render(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private static String errorFor(Document page, String field) {
        return page.select("#" + field + "-error").text();
    }

    private long organisations() {
        return jdbc.sql("select count(*) from org_organisation")
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder register(String email, String password, String postcode) {
        return post("/register")
                .param("displayName", "Ada Supplier")
                .param("email", email)
                .param("password", password)
                .param("organisationName", "Ada’s Joinery")
                .param("legalForm", "COMPANY")
                .param("sizeBand", "MICRO")
                .param("postcode", postcode)
                .param("companyNumber", "")
                .param("charityNumber", "");
    }
}
