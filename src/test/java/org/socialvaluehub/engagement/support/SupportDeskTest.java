package org.socialvaluehub.engagement.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.mail.Outbox;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class SupportDeskTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

    @Autowired
    SupportDesk desk;

    @Test
    void aNewRequestIsEmailedToCoordinatorsAndAnAnswerToTheRequesterWithALink() throws Exception {
        String coordinator = people.coordinator();
        String requester = supplier("asker");
        long id = ask(requester, "BROKERAGE", "Partner for a catering bid");

        assertThat(outbox.latestBodyTo(coordinator))
                .contains("asked the coordinators for help: Partner for a catering bid", "/coordinator/support/" + id);

        mvc.perform(post("/coordinator/support/" + id + "/answer")
                .with(csrf())
                .with(people.signedIn(coordinator))
                .param("message", "Two caterers would welcome a partner."));

        assertThat(outbox.countTo(requester)).isEqualTo(1);
        assertThat(outbox.latestLinkPathTo(requester)).isEqualTo("/support/" + id);
        SupportRequest answered = desk.find(id).orElseThrow();
        assertThat(answered.status()).isEqualTo(SupportStatus.ANSWERED);
        assertThat(answered.assigneeName()).isEqualTo("Coordinator");
        String thread = mvc.perform(get("/support/" + id).with(people.signedIn(requester)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(thread).contains("Two caterers would welcome a partner.", "Coordinator (coordinator)");
    }

    @Test
    void closingAndReplyingReopensTheRequest() throws Exception {
        String coordinator = people.coordinator();
        String requester = supplier("reopener");
        long id = ask(requester, "QUESTION", "Which measures?");
        mvc.perform(post("/coordinator/support/" + id + "/close").with(csrf()).with(people.signedIn(coordinator)));
        assertThat(desk.find(id).orElseThrow().status()).isEqualTo(SupportStatus.CLOSED);

        mvc.perform(post("/support/" + id + "/reply")
                .with(csrf())
                .with(people.signedIn(requester))
                .param("message", "One more thing"));

        assertThat(desk.find(id).orElseThrow().status()).isEqualTo(SupportStatus.OPEN);
        assertThat(outbox.latestBodyTo(coordinator)).contains("has replied to the support request Which measures?");
    }

    @Test
    void nobodyButTheRequesterAndCoordinatorsSeesARequest() throws Exception {
        String requester = supplier("private");
        long id = ask(requester, "CHALLENGE", "Secret subject words");
        long buyer = people.organisation(OrganisationKind.BUYER, "Nosy Council");
        List<String> others = List.of(
                supplier("other-supplier"),
                people.person("nosy-buyer", buyer, Role.BUYER),
                people.person("nosy-admin", buyer, Role.ORG_ADMIN, Role.BUYER),
                people.person("colleague", organisationOf(requester), Role.SUPPLIER));

        for (String other : others) {
            for (MockHttpServletResponse r : List.of(
                    mvc.perform(get("/support/" + id).with(people.signedIn(other)))
                            .andReturn()
                            .getResponse(),
                    mvc.perform(post("/support/" + id + "/reply")
                                    .with(csrf())
                                    .with(people.signedIn(other))
                                    .param("message", "sneaky"))
                            .andReturn()
                            .getResponse())) {
                assertThat(r.getStatus()).as(other).isEqualTo(404);
                assertThat(r.getContentAsString()).doesNotContain("Secret subject words");
            }
            assertThat(mvc.perform(get("/coordinator/support/" + id).with(people.signedIn(other)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(get("/support").with(people.signedIn(other)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .doesNotContain("Secret subject words");
        }
        assertThat(mvc.perform(get("/support/" + id)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/sign-in");
        assertThat(mvc.perform(get("/coordinator/support/" + id).with(people.signedIn(people.coordinator())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Secret subject words");
        assertThat(desk.thread(id))
                .extracting(SupportMessage::body)
                .containsExactly("Please help with Secret subject words");
    }

    @Test
    void coordinatorsFilterTheQueueByStatusCategoryAndAssignee() throws Exception {
        String me = people.coordinator();
        String requester = supplier("filtered");
        long mine = ask(requester, "BROKERAGE", "Mine " + System.nanoTime());
        long nobodys = ask(requester, "CHALLENGE", "Nobody’s " + System.nanoTime());
        long meId = desk.coordinators().stream()
                .filter(c -> c.email().equals(me))
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(post("/coordinator/support/" + mine + "/assign")
                .with(csrf())
                .with(people.signedIn(me))
                .param("assigneeId", String.valueOf(meId)));

        String assignedToMe = queue(me, "?assigned=me");
        assertThat(assignedToMe)
                .contains("/coordinator/support/" + mine)
                .doesNotContain("/coordinator/support/" + nobodys + "\"");
        String unassignedChallenges = queue(me, "?assigned=none&category=CHALLENGE&status=OPEN");
        assertThat(unassignedChallenges)
                .contains("/coordinator/support/" + nobodys)
                .doesNotContain("/coordinator/support/" + mine + "\"");
    }

    @Test
    void aRequestWithoutSubjectOrMessageIsRefusedWithMessages() throws Exception {
        String requester = supplier("empty");
        String html = mvc.perform(post("/support/new")
                        .with(csrf())
                        .with(people.signedIn(requester))
                        .param("subject", " "))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select(".govuk-error-summary li").eachText())
                .containsExactlyInAnyOrder("Choose what you need", "Enter a subject", "Enter a message");
        assertThat(mvc.perform(get("/support").with(people.signedIn(requester)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("You have not asked for help yet.");
    }

    private String queue(String coordinator, String query) throws Exception {
        return mvc.perform(get("/coordinator/support" + query).with(people.signedIn(coordinator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long ask(String email, String category, String subject) throws Exception {
        String location = mvc.perform(post("/support/new")
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("category", category)
                        .param("subject", subject)
                        .param("message", "Please help with " + subject))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/support/".length()));
    }

    private final Map<String, Long> organisations = new HashMap<>();

    private String supplier(String prefix) {
        long org = people.organisation(OrganisationKind.SUPPLIER, prefix + " Ltd");
        String email = people.person(prefix, org, Role.SUPPLIER, Role.ORG_ADMIN);
        organisations.put(email, org);
        return email;
    }

    private long organisationOf(String email) {
        return organisations.get(email);
    }
}
