package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class SubjectRightsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    PersonData data;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubjectAccessExportHoldsWhatEveryModuleKeepsAndEachReadIsAudited() throws Exception {
        String coordinator = people.coordinator();
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Export Ltd");
        String email = people.person("exported", supplier, Role.SUPPLIER);
        long id = accounts.idOf(email).orElseThrow();
        data.give(id, email, supplier, id);

        MockHttpServletResponse json = mvc.perform(
                        get("/coordinator/people/" + id + "/export.json").with(people.signedIn(coordinator)))
                .andReturn()
                .getResponse();
        assertThat(json.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(json.getContentAsString())
                .contains(
                        "\"account_user\"",
                        "\"account_membership\"",
                        "\"eng_support_request\"",
                        "\"eng_registration\"",
                        "\"opp_alert\"",
                        "\"eval_score\"",
                        "\"org_claim\"",
                        "\"mail_message\"",
                        "\"spend_upload\"",
                        "How do I bid?",
                        "cleaning",
                        email)
                .doesNotContain("password_hash", "token_hash");

        Document page = Jsoup.parse(
                mvc.perform(get("/coordinator/people/" + id + "/export").with(people.signedIn(coordinator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Subject access export");
        assertThat(page.select("h2").eachText())
                .contains("Your account", "Your support requests, or those assigned to you");
        assertThat(page.text()).contains("How do I bid?");

        assertThat(jdbc.sql("select detail from account_audit_event where user_id = :u and event_type ="
                                + " 'SUBJECT_ACCESS_EXPORTED'")
                        .param("u", id)
                        .query(String.class)
                        .list())
                .hasSize(2)
                .allMatch(detail -> detail.contains(coordinator));
    }

    @Test
    void erasureAnonymisesWhatMayGoAndNamesTheDutyForWhatIsKept() throws Exception {
        String coordinator = people.coordinator();
        long buyer = people.organisation(OrganisationKind.BUYER, "Erasing Council");
        String email = people.person("erased", buyer, Role.EVALUATOR);
        long id = accounts.idOf(email).orElseThrow();
        data.give(id, email, buyer, id);
        jdbc.sql("insert into eval_audit (opportunity_id, user_id, actor, action) values (999999999, :u,"
                        + " 'erased', 'SCORED')")
                .param("u", id)
                .update();

        Document unconfirmed = Jsoup.parse(mvc.perform(post("/coordinator/people/" + id + "/erase")
                        .with(people.signedIn(coordinator))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(unconfirmed.select(".govuk-error-summary").text()).contains("Select yes");
        assertThat(accounts.exists(email)).isTrue();

        Document erased = Jsoup.parse(mvc.perform(post("/coordinator/people/" + id + "/erase")
                        .param("confirm", "yes")
                        .with(people.signedIn(coordinator))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(accounts.exists(email)).isFalse();
        assertThat(erased.select("tr:contains(eval_audit)").text())
                .contains("Kept", "Procurement Act 2023, section 98");
        assertThat(jdbc.sql("select count(*) from eval_audit where user_id = :u")
                        .param("u", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select requester_name from eng_support_request where requester_id is null and"
                                + " requester_email = ''")
                        .query(String.class)
                        .list())
                .contains("Former member");
        List<String> audit = jdbc.sql("select event_type from account_audit_event where user_id = :u")
                .param("u", id)
                .query(String.class)
                .list();
        assertThat(audit).contains("ACCOUNT_ERASED");
    }

    @Test
    void erasureLeavesNoEngagementRowPointingAtThePersonThoughNoKeyJoinsThem() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Unkeyed Council");
        String email = people.person("unkeyed", buyer, Role.BUYER);
        long id = accounts.idOf(email).orElseThrow();
        data.give(id, email, buyer, id);
        long assigned = jdbc.sql("""
                insert into eng_support_request (requester_id, requester_name, requester_email, category, subject,
                                                 assignee_id, assignee_name)
                values (:other, 'Someone', 'someone@test.example', 'QUESTION', 'Who answers?', :u, 'Unkeyed')
                returning id""")
                .param("other", accounts.idOf(people.coordinator()).orElseThrow())
                .param("u", id)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into eng_support_message (request_id, author_id, author_name, from_coordinator, body)
                values (:r, :u, 'Unkeyed', true, 'I will.')""").param("r", assigned).param("u", id).update();

        mvc.perform(post("/coordinator/people/" + id + "/erase")
                .param("confirm", "yes")
                .with(people.signedIn(people.coordinator()))
                .with(csrf()));

        assertThat(accounts.exists(email)).isFalse();
        assertThat(jdbc.sql("""
                select (select count(*) from eng_event where created_by = :u)
                     + (select count(*) from eng_registration where user_id = :u)
                     + (select count(*) from eng_support_request where requester_id = :u or assignee_id = :u)
                     + (select count(*) from eng_support_message where author_id = :u)
                     """).param("u", id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select assignee_name from eng_support_request where id = :r")
                        .param("r", assigned)
                        .query(String.class)
                        .single())
                .isEqualTo("Former member");
    }
}
