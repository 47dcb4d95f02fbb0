package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A value of the wrong type on any form is explained from the bundle, never with Spring's conversion text. */
@HubTest
class TypeMismatchMessagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Evaluations evaluations;

    @Test
    void valuesOfTheWrongTypeAreExplainedInPlainWordsOnEveryForm() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Mistyping Council");
        String buyerEmail = people.person("mistyping-buyer", buyer, Role.BUYER, Role.ORG_ADMIN);
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Mistyping Supplies");
        String supplierAdmin = people.person("mistyping-supplier", supplier, Role.SUPPLIER, Role.ORG_ADMIN);
        Evaluations.Scenario open = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        String bidder = open.supplierEmails().get(0);
        String bid = "/evaluations/" + open.opportunityId() + "/bid";

        assertErrors(
                post("/opportunities/new")
                        .param("buyerId", String.valueOf(buyer))
                        .param("title", "Typo")
                        .param("kind", "NOPE"),
                buyerEmail,
                "Choose one of the options");
        assertErrors(
                post("/events/new").param("title", "Typo").param("format", "NOPE"),
                buyerEmail,
                "Choose one of the options");
        assertErrors(
                post("/organisations/" + supplier + "/profile")
                        .param("name", "Mistyping Supplies")
                        .param("legalForm", "NOPE")
                        .param("sizeBand", "SMALL")
                        .param("postcode", "OX4 2JY"),
                supplierAdmin,
                "Choose one of the options");
        assertErrors(
                post("/organisations/" + supplier + "/team")
                        .param("email", "new-colleague@test.example")
                        .param("roles", "COORDINATOR"),
                supplierAdmin,
                "Choose one of the options");
        assertErrors(
                post(bid).param("action", "save").param("price", "abc"),
                bidder,
                "Enter the price as a number, like 125000");
        assertErrors(
                post(bid + "/commitments")
                        .param("measureCode", "JS04")
                        .param("quantity", "3")
                        .param("deliveryDate", "2027-13-45"),
                bidder,
                "Enter a real date");
    }

    private void assertErrors(MockHttpServletRequestBuilder form, String email, String expected) throws Exception {
        String html = mvc.perform(form.with(csrf()).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select(".govuk-error-summary li").eachText()).contains(expected);
        assertThat(page.text()).doesNotContain("Failed to convert", "java.", "org.socialvaluehub");
    }
}
