package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.util.List;
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
class TeamMembershipTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void removingAMemberEndsTheirSessionsAtOnce() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Leaving Council");
        String admin = people.person("leaving-admin", buyer, Role.ORG_ADMIN);
        String leaver = people.person("leaver", buyer, Role.BUYER);
        long leaverId = accounts.idOf(leaver).orElseThrow();
        Cookie session = People.signInForSession(mvc, leaver, People.PASSWORD);
        String removal = "/organisations/" + buyer + "/team/" + leaverId + "/remove";

        Document confirm = page(get(removal).with(people.signedIn(admin)));
        assertThat(confirm.select("h1").text()).startsWith("Remove leaver");
        assertThat(roles(leaverId, buyer))
                .as("nothing happens before the confirmation")
                .containsExactly("BUYER");

        mvc.perform(post(removal).with(people.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl("/organisations/" + buyer + "/team"));

        assertThat(roles(leaverId, buyer)).isEmpty();
        assertThat(People.stillSignedIn(mvc, session)).isFalse();
        Cookie again = People.signInForSession(mvc, leaver, People.PASSWORD);
        assertThat(mvc.perform(get("/organisations/" + buyer).cookie(again))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(auditTypes(leaverId)).contains("MEMBER_REMOVED", "SESSIONS_ENDED");
    }

    @Test
    void changingARoleAsksFirstThenSignsThePersonOut() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Role Council");
        String admin = people.person("role-admin", buyer, Role.ORG_ADMIN);
        String member = people.person("role-member", buyer, Role.BUYER);
        long memberId = accounts.idOf(member).orElseThrow();
        Cookie session = People.signInForSession(mvc, member, People.PASSWORD);
        String roles = "/organisations/" + buyer + "/team/" + memberId + "/roles";

        Document confirm = page(post(roles)
                .param("roles", "EVALUATOR")
                .with(people.signedIn(admin))
                .with(csrf()));
        assertThat(confirm.select("h1").text()).isEqualTo("Change the roles of role-member?");
        assertThat(roles(memberId, buyer)).containsExactly("BUYER");

        mvc.perform(post(roles)
                        .param("roles", "EVALUATOR")
                        .param("confirmed", "true")
                        .with(people.signedIn(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisations/" + buyer + "/team"));

        assertThat(roles(memberId, buyer)).containsExactly("EVALUATOR");
        assertThat(People.stillSignedIn(mvc, session)).isFalse();
        assertThat(auditTypes(memberId)).contains("ROLES_CHANGED", "SESSIONS_ENDED");
    }

    @Test
    void theLastAdminCannotBeRemovedOrLoseTheAdminRole() throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Lone Admin Ltd");
        String admin = people.person("lone-admin", supplier, Role.ORG_ADMIN, Role.SUPPLIER);
        long adminId = accounts.idOf(admin).orElseThrow();

        Document refused = page(post("/organisations/" + supplier + "/team/" + adminId + "/remove")
                .with(people.signedIn(admin))
                .with(csrf()));
        assertThat(refused.select(".govuk-error-summary").text()).contains("at least one admin");
        Document kept = page(post("/organisations/" + supplier + "/team/" + adminId + "/roles")
                .param("roles", "SUPPLIER")
                .param("confirmed", "true")
                .with(people.signedIn(admin))
                .with(csrf()));
        assertThat(kept.select(".govuk-error-summary").text()).contains("at least one admin");
        assertThat(roles(adminId, supplier)).containsExactlyInAnyOrder("ORG_ADMIN", "SUPPLIER");
    }

    @Test
    void theTeamPageOffersRemoveAndChangeRolesForEachMember() throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Team Links Ltd");
        String admin = people.person("links-admin", supplier, Role.ORG_ADMIN);
        long adminId = accounts.idOf(admin).orElseThrow();
        Document team = page(get("/organisations/" + supplier + "/team").with(people.signedIn(admin)));
        assertThat(team.select("a[href$=/team/" + adminId + "/remove]")).hasSize(1);
        assertThat(team.select("a[href$=/team/" + adminId + "/roles]")).hasSize(1);
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private List<String> roles(long userId, long organisationId) {
        return jdbc.sql("select role from account_membership where user_id = :u and organisation_id = :o order by role")
                .param("u", userId)
                .param("o", organisationId)
                .query(String.class)
                .list();
    }

    private List<String> auditTypes(long userId) {
        return jdbc.sql("select event_type from account_audit_event where user_id = :u")
                .param("u", userId)
                .query(String.class)
                .list();
    }
}
