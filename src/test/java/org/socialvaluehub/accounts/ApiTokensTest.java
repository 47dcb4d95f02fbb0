package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class ApiTokensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminMakesATokenThatIsShownOnceAndSpeaksForTheOrganisationOnly() throws Exception {
        long organisation = people.organisation(OrganisationKind.SUPPLIER, "Tokened Ltd");
        String admin = people.person("token-admin", organisation, Role.ORG_ADMIN, Role.SUPPLIER);

        Document created = page(mvc.perform(post("/organisations/" + organisation + "/api-tokens")
                        .param("name", "Finance system")
                        .param("access", "read")
                        .param("days", "90")
                        .with(people.signedIn(admin))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String token = created.selectFirst("input#token").val();
        assertThat(token).startsWith("svh_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select count(*) from account_api_token where token_hash = :h")
                        .param("h", token)
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();

        mvc.perform(get("/api/v1/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation.id").value(organisation))
                .andExpect(jsonPath("$.access").value("read"));

        String list = mvc.perform(
                        get("/organisations/" + organisation + "/api-tokens").with(people.signedIn(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Finance system", token.substring(0, 8)).doesNotContain(token);
        assertThat(auditCount("API_TOKEN_USED", organisation)).isEqualTo(1);
    }

    @Test
    void aRevokedOrExpiredOrUnknownTokenIsRefusedWith401() throws Exception {
        long organisation = people.organisation(OrganisationKind.BUYER, "Revoking Council");
        String admin = people.person("revoker", organisation, Role.ORG_ADMIN);
        String token = make(organisation, admin, "read");
        long id = jdbc.sql("select id from account_api_token where organisation_id = :o")
                .param("o", organisation)
                .query(Long.class)
                .single();

        mvc.perform(post("/organisations/" + organisation + "/api-tokens/" + id + "/revoke")
                        .with(people.signedIn(admin))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        mvc.perform(post("/organisations/" + organisation + "/api-tokens/" + id + "/revoke")
                .param("confirm", "yes")
                .with(people.signedIn(admin))
                .with(csrf()));
        mvc.perform(get("/api/v1/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());

        String expiring = make(organisation, admin, "read");
        jdbc.sql("update account_api_token set expires_at = now() - interval '1 minute' where organisation_id = :o")
                .param("o", organisation)
                .update();
        mvc.perform(get("/api/v1/token").header("Authorization", "Bearer " + expiring))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/token").header("Authorization", "Bearer svh_made-up"))
                .andExpect(status().isUnauthorized());
        assertThat(auditCount("API_TOKEN_REVOKED", organisation)).isEqualTo(1);
    }

    @Test
    void onlyTheOrganisationsOwnAdminsMakeOrRevokeItsTokens() throws Exception {
        long organisation = people.organisation(OrganisationKind.SUPPLIER, "Guarded Ltd");
        long other = people.organisation(OrganisationKind.SUPPLIER, "Other Ltd");
        String member = people.person("plain-member", organisation, Role.SUPPLIER);
        String otherAdmin = people.person("other-admin", other, Role.ORG_ADMIN);
        String coordinator = people.coordinator();

        for (String person : new String[] {member, otherAdmin, coordinator}) {
            mvc.perform(post("/organisations/" + organisation + "/api-tokens")
                            .param("name", "Sneaky")
                            .param("access", "write")
                            .param("days", "30")
                            .with(people.signedIn(person))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from account_api_token where organisation_id = :o")
                        .param("o", organisation)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aReadOnlyTokenCannotWriteAndAMissingChoiceIsAskedFor() throws Exception {
        long organisation = people.organisation(OrganisationKind.SUPPLIER, "Reader Ltd");
        String admin = people.person("reader-admin", organisation, Role.ORG_ADMIN);
        String token = make(organisation, admin, "read");

        mvc.perform(post("/api/v1/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());

        Document refused = page(mvc.perform(post("/organisations/" + organisation + "/api-tokens")
                        .param("name", "")
                        .with(people.signedIn(admin))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary__list a").eachText())
                .contains(
                        "Enter a name for the token",
                        "Select whether the token may only read, or read and write",
                        "Select how long the token lasts");
    }

    @Test
    void aTokenPastItsAllowanceIsAnswered429WithRetryAfter() throws Exception {
        long organisation = people.organisation(OrganisationKind.SUPPLIER, "Busy Ltd");
        String admin = people.person("busy-admin", organisation, Role.ORG_ADMIN);
        String token = make(organisation, admin, "read");

        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/token").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk());
        }
        var refused = mvc.perform(get("/api/v1/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isTooManyRequests())
                .andReturn()
                .getResponse();
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
    }

    private String make(long organisation, String admin, String access) throws Exception {
        return page(mvc.perform(post("/organisations/" + organisation + "/api-tokens")
                                .param("name", "Test " + access)
                                .param("access", access)
                                .param("days", "30")
                                .with(people.signedIn(admin))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .selectFirst("input#token")
                .val();
    }

    private long auditCount(String type, long organisation) {
        return jdbc.sql("select count(*) from account_audit_event where event_type = :t and detail like :d")
                .param("t", type)
                .param("d", "%organisation " + organisation + "%")
                .query(Long.class)
                .single();
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
