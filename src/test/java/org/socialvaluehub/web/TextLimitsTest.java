package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Titles and long texts have limits the forms state and the server checks, with a message naming the limit. */
@HubTest
class TextLimitsTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Evaluations evaluations;
    @Autowired JdbcClient jdbc;

    @Test
    void textPastItsStatedLimitIsRefusedWithAMessageNamingTheLimit() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Verbose Council");
        String email = people.person("verbose-buyer", buyer, Role.BUYER);
        String longTitle = "Cleaning ".repeat(23);
        String novel = "x".repeat(10_001);

        Document form = page(get("/opportunities/new"), email);
        assertThat(form.select("#title-hint").text()).isEqualTo("Up to 200 characters, on one line.");
        assertThat(form.select("#description-hint").text()).endsWith("Up to 10,000 characters.");

        Document refused = page(post("/opportunities/new").param("buyerId", String.valueOf(buyer)).param("title", longTitle)
                .param("kind", "CONTRACT").param("description", novel), email);
        assertThat(refused.select(".govuk-error-summary li").eachText())
                .contains("The title must be 200 characters or fewer", "This must be 10000 characters or fewer");
        assertThat(page(post("/opportunities/new").param("buyerId", String.valueOf(buyer)).param("title", "Two\nlines")
                .param("kind", "CONTRACT"), email).select(".govuk-error-summary li").eachText())
                .contains("The title must be on one line");
        assertThat(page(post("/events/new").param("title", "Meet\r\nthe buyer"), email)
                .select(".govuk-error-summary li").eachText()).contains("The title must be on one line");
        assertThat(jdbc.sql("select count(*) from opp_opportunity where title in (:a, 'Two\nlines')")
                .param("a", longTitle).query(Integer.class).single()).isZero();

        Evaluations.Scenario open = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        String bidder = open.supplierEmails().get(0);
        String bid = "/evaluations/" + open.opportunityId() + "/bid";
        Document bidPage = page(get(bid), bidder);
        String question = bidPage.select("textarea[name^=answers]").first().attr("name");
        assertThat(bidPage.select("[id$=-hint]").eachText()).anyMatch(hint -> hint.endsWith("Up to 10,000 characters."));
        assertThat(page(post(bid).param("action", "save").param("price", "400000").param(question, novel), bidder)
                .select(".govuk-error-summary li").eachText()).contains("This must be 10000 characters or fewer");
    }

    private Document page(MockHttpServletRequestBuilder request, String email) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(csrf()).with(people.signedIn(email))).andReturn().getResponse()
                .getContentAsString());
    }
}
