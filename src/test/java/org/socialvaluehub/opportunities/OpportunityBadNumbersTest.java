package org.socialvaluehub.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Numbers too large to store or to page to are refused with a plain message, never a 500, and save nothing. */
@HubTest
class OpportunityBadNumbersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEstimatedValueTooLargeToStoreOrAPageFarPastTheListIsRefusedWithAMessage() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Overflowing Council");
        String email = people.person("overflowing", buyer, Role.BUYER);
        String title = "Overflowing lease " + System.nanoTime();
        String html = mvc.perform(post("/opportunities/new")
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("buyerId", String.valueOf(buyer))
                        .param("title", title)
                        .param("kind", "CONTRACT")
                        .param("estimatedValue", "1e30"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select(".govuk-error-summary li").eachText())
                .contains("The estimated value must be less than £100,000,000,000,000");
        assertThat(jdbc.sql("select count(*) from opp_opportunity where title = :t")
                        .param("t", title)
                        .query(Integer.class)
                        .single())
                .isZero();

        MockHttpServletResponse page =
                mvc.perform(get("/opportunities?page=107374184")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(page.getContentAsString()).select("#reason").text())
                .isEqualTo("Choose a page number from 1 to 10000.");
        assertThat(mvc.perform(get("/api/v1/opportunities?page=107374184"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }
}
