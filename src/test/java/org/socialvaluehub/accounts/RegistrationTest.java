package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Outbox outbox;
    @Autowired People people;

    @Test
    void registersSupplierWithOrganisationAndSendsConfirmationLink() throws Exception {
        String email = People.uniqueEmail("new-supplier");
        mvc.perform(register(email, "riverbank otter lantern", "ox4 2jy").with(csrf()))
                .andExpect(redirectedUrl("/register/check-email"));

        assertThat(jdbc.sql("select email_confirmed_at is null from account_user where email = :e").param("e", email)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                select o.postcode || ' ' || o.postcode_district || ' ' || string_agg(m.role, ',' order by m.role)
                from account_user u join account_membership m on m.user_id = u.id
                join org_organisation o on o.id = m.organisation_id where u.email = :e group by o.postcode, o.postcode_district""")
                .param("e", email).query(String.class).single()).isEqualTo("OX4 2JY OX4 ORG_ADMIN,SUPPLIER");

        String confirm = outbox.latestLinkPathTo(email);
        assertThat(confirm).startsWith("/register/confirm?token=");
        Document page = Jsoup.parse(mvc.perform(get(confirm)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("E-mail address confirmed");
        Document again = Jsoup.parse(mvc.perform(get(confirm)).andReturn().getResponse().getContentAsString());
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
        assertThat(errorFor(render(register(People.uniqueEmail("pc"), "riverbank otter lantern", "QQ9 9QQ")), "postcode"))
                .contains("QQ9 does not exist");
    }

    @Test
    void errorSummaryListsEveryProblemWithLinksToTheFields() throws Exception {
        Document page = render(post("/register").param("email", "not-an-email"));
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .contains("#displayName", "#email", "#password", "#organisationName", "#legalForm", "#sizeBand", "#postcode");
        assertThat(page.title()).startsWith("Register your organisation");
    }

    @Test
    void registrationWithoutCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
        String email = People.uniqueEmail("forged");
        mvc.perform(register(email, "riverbank otter lantern", "OX4 2JY")).andExpect(status().isForbidden());
        mvc.perform(register(email, "riverbank otter lantern", "OX4 2JY").with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from account_user where email = :e").param("e", email)
                .query(Long.class).single()).isZero();
    }

    private Document render(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static String errorFor(Document page, String field) {
        return page.select("#" + field + "-error").text();
    }

    private long organisations() {
        return jdbc.sql("select count(*) from org_organisation").query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder register(String email, String password, String postcode) {
        return post("/register").param("displayName", "Ada Supplier").param("email", email).param("password", password)
                .param("organisationName", "Ada’s Joinery").param("legalForm", "COMPANY").param("sizeBand", "MICRO")
                .param("postcode", postcode).param("companyNumber", "").param("charityNumber", "");
    }
}
