package org.socialvaluehub.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class PipelineTest {

    @Autowired
    Pipeline pipeline;

    @Autowired
    Opportunities opportunities;

    @Autowired
    People people;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftKeepsEveryDetailAndItsValueBand() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Detail Council");
        long id = pipeline.createDraft(buyer, Drafts.contract("Grounds maintenance"));

        OpportunityDetails o = pipeline.details(id).orElseThrow();

        assertThat(o.status()).isEqualTo(OpportunityStatus.DRAFT);
        assertThat(o.valueBand()).hasToString("FROM_215K_TO_1M");
        assertThat(o.deliveryDistrict()).isEqualTo("OX4");
        assertThat(o.deliveryLocality()).isEqualTo("INSIDE");
        assertThat(o.priorities()).containsExactly("JS1");
        assertThat(o.lots()).hasSize(2);
    }

    @Test
    void badInputShowsEveryProblemBesideItsFieldAndSavesNothing() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Careless Council");
        String email = people.person("careless", buyer, Role.BUYER);
        String title = "Careless lease " + System.nanoTime();

        String html = mvc.perform(post("/opportunities/new")
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("buyerId", String.valueOf(buyer))
                        .param("title", title)
                        .param("kind", "LEASE")
                        .param("estimatedValue", "-5")
                        .param("plannedPublication", "2027-03-01")
                        .param("deadline", "2027-02-01")
                        .param("questionsClose", "2027-02-10")
                        .param("cpvCodes", "99999999"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select(".govuk-error-summary li"))
                .extracting(e -> e.text())
                .contains(
                        "The estimated value cannot be negative",
                        "The deadline must be on or after the planned publication date",
                        "Questions must close on or before the deadline",
                        "Enter the address of the building or space for a lease",
                        "There is no CPV code 99999999");
        assertThat(jdbc.sql("select count(*) from opp_opportunity where title = :t")
                        .param("t", title)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void pressingEnterInTheFormSavesRatherThanSearchingCodes() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Enter Council");
        String email = people.person("enter", buyer, Role.BUYER);
        Document form = Jsoup.parse(mvc.perform(get("/opportunities/new").with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        // HTML's implicit submission presses the form's first submit button
        var first = form.select("form[action=/opportunities/new] button[type=submit]")
                .first();
        assertThat(first.hasAttr("name"))
                .as("the first button sends no action=search")
                .isFalse();
        assertThat(first.attr("tabindex")).isEqualTo("-1");
    }

    @Test
    void theServiceRefusesANegativeValueToo() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Negative Council");
        assertThatThrownBy(() -> pipeline.createDraft(
                        buyer, Drafts.withValue(Drafts.contract("Negative"), new BigDecimal("-1"))))
                .isInstanceOf(InvalidDraftException.class);
    }

    @Test
    void aBuyerNeverSeesAnotherBuyersDrafts() throws Exception {
        long mine = people.organisation(OrganisationKind.BUYER, "Mine Council");
        long theirs = people.organisation(OrganisationKind.BUYER, "Theirs Council");
        String me = people.person("me-buyer", mine, Role.BUYER);
        long secret = pipeline.createDraft(theirs, Drafts.contract("Secret draft of theirs"));

        mvc.perform(get("/opportunities/" + secret).with(people.signedIn(me))).andExpect(status().isNotFound());
        mvc.perform(get("/opportunities/" + secret + "/edit").with(people.signedIn(me)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/opportunities/" + secret)).andExpect(status().isNotFound());
        String manage = mvc.perform(get("/opportunities/manage").with(people.signedIn(me)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(manage).doesNotContain("Secret draft of theirs");
        String listing = mvc.perform(get("/opportunities?q=Secret+draft"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listing).doesNotContain("Secret draft of theirs");
    }

    @Test
    void theBuyerCreatesAndPublishesThroughThePages() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Pages Council");
        String email = people.person("pages-buyer", buyer, Role.BUYER);
        String location = mvc.perform(post("/opportunities/new")
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("buyerId", String.valueOf(buyer))
                        .param("title", "Library roof repair")
                        .param("kind", "CONTRACT")
                        .param("cpvCodes", "45261900")
                        .param("priorities", "JS1")
                        .param("deadline", "2027-06-01")
                        .param("estimatedValue", "120,000"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/opportunities/" + id + "/status")
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("target", "OPEN"))
                .andExpect(status().is3xxRedirection());

        OpportunityDetails open = pipeline.details(id).orElseThrow();
        assertThat(open.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(open.frameworkVersion()).isNotNull();
        assertThat(open.estimatedValue()).isEqualByComparingTo("120000");
        String page = mvc.perform(get("/opportunities/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo("Library roof repair");
    }

    @Test
    void anAwardedOpportunityCanNeverBeReopenedOrEdited() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Awarding Council");
        long id = pipeline.createDraft(buyer, Drafts.contract("Awarded already"));
        for (OpportunityStatus s : new OpportunityStatus[] {
            OpportunityStatus.OPEN, OpportunityStatus.CLOSED, OpportunityStatus.EVALUATED, OpportunityStatus.AWARDED
        }) {
            opportunities.moveTo(id, s);
        }

        assertThatThrownBy(() -> opportunities.moveTo(id, OpportunityStatus.OPEN))
                .isInstanceOf(IllegalStatusChangeException.class);
        assertThatThrownBy(() -> opportunities.moveTo(id, OpportunityStatus.CANCELLED))
                .isInstanceOf(IllegalStatusChangeException.class);
        assertThatThrownBy(() -> pipeline.update(id, Drafts.contract("Changed")))
                .isInstanceOf(IllegalStatusChangeException.class);
    }

    @Test
    void theDeadlineJobClosesOpenOpportunitiesWhoseDeadlinePassed() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Deadline Council");
        long id = pipeline.createDraft(buyer, Drafts.closingSoon("Closing soon"));
        opportunities.moveTo(id, OpportunityStatus.OPEN);
        Instant deadline = pipeline.details(id).orElseThrow().deadline();

        pipeline.closePassedDeadlines(Clock.fixed(deadline.minus(Duration.ofMinutes(1)), ZoneOffset.UTC));
        assertThat(pipeline.details(id).orElseThrow().status()).isEqualTo(OpportunityStatus.OPEN);

        pipeline.closePassedDeadlines(Clock.fixed(deadline, ZoneOffset.UTC));
        assertThat(pipeline.details(id).orElseThrow().status()).isEqualTo(OpportunityStatus.CLOSED);
    }
}
