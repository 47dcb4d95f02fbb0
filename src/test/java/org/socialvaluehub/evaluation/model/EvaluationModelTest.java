package org.socialvaluehub.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.opportunities.NewOpportunity;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.opportunities.OpportunityKind;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class EvaluationModelTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Opportunities opportunities;

    @Autowired
    Evaluations evaluations;

    private long buyer;
    private String buyerEmail;

    private long draft() {
        buyer = people.organisation(OrganisationKind.BUYER, "Model Council");
        buyerEmail = people.person("model-buyer", buyer, Role.BUYER);
        return opportunities.create(new NewOpportunity(
                buyer,
                "Modelled contract",
                null,
                OpportunityKind.CONTRACT,
                List.of(),
                new BigDecimal("200000"),
                null,
                Instant.now().plus(10, ChronoUnit.DAYS),
                List.of()));
    }

    private MockHttpServletResponse saveWeights(long id, String price, String quality, String social) throws Exception {
        return mvc.perform(post("/evaluations/{id}/model", id)
                        .with(csrf())
                        .with(people.signedIn(buyerEmail))
                        .param("priceWeight", price)
                        .param("qualityWeight", quality)
                        .param("socialWeight", social)
                        .param("descriptors[0]", "a")
                        .param("descriptors[1]", "b")
                        .param("descriptors[2]", "c")
                        .param("descriptors[3]", "d")
                        .param("descriptors[4]", "e"))
                .andReturn()
                .getResponse();
    }

    @Test
    void rejectsWeightsThatDoNotSumToOneHundred() throws Exception {
        long id = draft();
        MockHttpServletResponse response = saveWeights(id, "50", "30", "30");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("must add up to 100");
        assertThat(mvc.perform(get("/evaluations/{id}/how-bids-are-scored", id).with(people.signedIn(buyerEmail)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void eachQuestionHasARemoveButtonNamingItThatRemovesIt() throws Exception {
        long id = draft();
        saveWeights(id, "40", "40", "20");
        mvc.perform(post("/evaluations/{id}/model/questions", id)
                .with(csrf())
                .with(people.signedIn(buyerEmail))
                .param("section", "QUALITY")
                .param("title", "How will you staff the contract?")
                .param("guidance", "Name the roles")
                .param("weight", "1"));
        Document page =
                Jsoup.parse(mvc.perform(get("/evaluations/{id}/model", id).with(people.signedIn(buyerEmail)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        var remove =
                page.select("form[action$=/delete]:has(button[aria-label=Remove How will you staff the contract?])");
        assertThat(remove).hasSize(1);
        assertThat(remove.attr("action")).matches("/evaluations/" + id + "/model/questions/\\d+/delete");

        mvc.perform(post(remove.attr("action")).with(csrf()).with(people.signedIn(buyerEmail)));
        assertThat(mvc.perform(get("/evaluations/{id}/model", id).with(people.signedIn(buyerEmail)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("How will you staff the contract?");
    }

    @Test
    void warnsWhenSocialValueIsBelowTheGovernmentModelsTenPercent() throws Exception {
        long id = draft();
        assertThat(saveWeights(id, "60", "35", "5").getRedirectedUrl()).isEqualTo("/evaluations/" + id + "/model");

        Document page =
                Jsoup.parse(mvc.perform(get("/evaluations/{id}/model", id).with(people.signedIn(buyerEmail)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(page.select(".govuk-warning-text").text()).contains("5%").contains("Social Value Model (PPN 06/20)");
    }

    @Test
    void aConfiguredFloorMakesLowSocialValueAnError() {
        EvaluationModels strict = new EvaluationModels(null, null, null, new BigDecimal(10));
        Opportunity opportunity = new Opportunity(
                1,
                2,
                "t",
                OpportunityKind.CONTRACT,
                OpportunityStatus.DRAFT,
                List.of(),
                null,
                null,
                null,
                null,
                List.of());

        assertThat(strict.saveWeights(
                        Evaluation.whole(opportunity),
                        new BigDecimal(60),
                        new BigDecimal(35),
                        new BigDecimal(5),
                        List.of(),
                        null))
                .contains("evaluation.model.weights.floor");
    }

    @Test
    void thePublishedModelShowsAnyoneHowBidsWillBeScored() throws Exception {
        Evaluations.Scenario scenario = evaluations.openWithBids(Instant.now().plus(1, ChronoUnit.DAYS));

        Document page = Jsoup.parse(mvc.perform(get("/evaluations/{id}/how-bids-are-scored", scenario.opportunityId()))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#weights").text())
                .contains("50%")
                .contains("30%")
                .contains("20%");
        assertThat(page.select("#criteria").text())
                .contains("Lowest price ÷ your price")
                .contains("How will you hire locally?")
                .contains("Out-of-work claimants moved into a Living Wage job")
                .contains("10.0%");
        assertThat(page.select("#rubric").text()).contains("excellent");
    }

    @Test
    void theModelIsFixedOnceTheOpportunityIsOpen() throws Exception {
        Evaluations.Scenario scenario = evaluations.openWithBids(Instant.now().plus(1, ChronoUnit.DAYS));
        buyerEmail = scenario.buyerEmail();

        MockHttpServletResponse weights = saveWeights(scenario.opportunityId(), "40", "40", "20");
        MockHttpServletResponse question = mvc.perform(
                        post("/evaluations/{id}/model/questions", scenario.opportunityId())
                                .with(csrf())
                                .with(people.signedIn(buyerEmail))
                                .param("section", "QUALITY")
                                .param("title", "Late")
                                .param("weight", "1"))
                .andReturn()
                .getResponse();

        assertThat(weights.getStatus()).isEqualTo(409);
        assertThat(weights.getContentAsString()).contains("The evaluation model is fixed");
        assertThat(question.getStatus()).isEqualTo(409);
        assertThat(mvc.perform(get("/evaluations/{id}/how-bids-are-scored", scenario.opportunityId()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("50%")
                .doesNotContain("Late");
    }
}
