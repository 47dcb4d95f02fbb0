package org.socialvaluehub.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

    @Autowired
    EvaluationModels models;

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
        return saveWeights(id, price, quality, social, "Social value is scored in another lot.");
    }

    private MockHttpServletResponse saveWeights(long id, String price, String quality, String social, String why)
            throws Exception {
        return mvc.perform(post("/evaluations/{id}/model", id)
                        .with(csrf())
                        .with(people.signedIn(buyerEmail))
                        .param("priceWeight", price)
                        .param("qualityWeight", quality)
                        .param("socialWeight", social)
                        .param("socialJustification", why)
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

    private MockHttpServletResponse addQuestion(long id, String section, String title) throws Exception {
        return mvc.perform(post("/evaluations/{id}/model/questions", id)
                        .with(csrf())
                        .with(people.signedIn(buyerEmail))
                        .param("section", section)
                        .param("title", title)
                        .param("weight", "1"))
                .andReturn()
                .getResponse();
    }

    private org.springframework.test.web.servlet.MvcResult open(long id) throws Exception {
        return mvc.perform(post("/opportunities/{id}/status", id)
                        .with(csrf())
                        .with(people.signedIn(buyerEmail))
                        .param("target", "OPEN"))
                .andReturn();
    }

    @Test
    void aModelWithAnEmptyWeightedPartCannotOpen() throws Exception {
        long id = draft();
        saveWeights(id, "50", "30", "20");
        addQuestion(id, "QUALITY", "How will you staff it?");

        var refused = open(id);

        assertThat(opportunities.find(id).orElseThrow().status()).isEqualTo(OpportunityStatus.DRAFT);
        assertThat(refused.getFlashMap().get("moveProblem")).isEqualTo("evaluation.model.open.empty.SOCIAL");
        // The flash attributes reach the page's model after the redirect; render the page with them.
        Document page = Jsoup.parse(mvc.perform(get(refused.getResponse().getRedirectedUrl())
                        .with(people.signedIn(buyerEmail))
                        .requestAttr("moveProblem", refused.getFlashMap().get("moveProblem"))
                        .requestAttr(
                                "moveProblemArgument", refused.getFlashMap().get("moveProblemArgument")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#move-problem").text())
                .contains("social value part is weighted but has no questions or measures")
                .contains("section 23(3)(b)");
        assertThat(Jsoup.parse(mvc.perform(get("/evaluations/{id}/model", id).with(people.signedIn(buyerEmail)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#empty-parts")
                        .text())
                .contains("social value part is weighted");
    }

    @Test
    void aModelOpensOnceEveryWeightedPartHasItemsAndPublishesTheWeightsItApplies() throws Exception {
        long id = draft();
        saveWeights(id, "70", "30", "0");
        addQuestion(id, "QUALITY", "How will you staff it?");

        open(id);

        assertThat(opportunities.find(id).orElseThrow().status()).isEqualTo(OpportunityStatus.OPEN);
        Document published = Jsoup.parse(mvc.perform(get("/evaluations/{id}/how-bids-are-scored", id))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(published.select("#weights").text()).contains("70%").contains("30%");
        assertThat(published.select("#criteria").text()).contains("70.0%").contains("30.0%");
    }

    @Test
    void theEstimatedValueIsFixedInTheModelWhenTheOpportunityOpens() throws Exception {
        Evaluations.Scenario scenario = evaluations.openWithBids(Instant.now().plus(1, ChronoUnit.DAYS));
        buyerEmail = scenario.buyerEmail();
        long id = scenario.opportunityId();

        MockHttpServletResponse edited = mvc.perform(post("/opportunities/{id}/edit", id)
                        .with(csrf())
                        .with(people.signedIn(buyerEmail))
                        .param("title", "Evaluated cleaning contract")
                        .param("kind", "CONTRACT")
                        .param("estimatedValue", "900000")
                        .param("deadline", LocalDate.now().plusDays(5).toString()))
                .andReturn()
                .getResponse();

        assertThat(edited.getRedirectedUrl()).isEqualTo("/opportunities/" + id);
        assertThat(opportunities.find(id).orElseThrow().estimatedValue()).isEqualByComparingTo("900000");
        Evaluation open = Evaluation.whole(opportunities.find(id).orElseThrow());
        assertThat(models.find(open).orElseThrow().estimatedValue()).isEqualByComparingTo("500000");
        assertThat(Jsoup.parse(mvc.perform(get("/evaluations/{id}/how-bids-are-scored", id))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#estimated-value")
                        .text())
                .contains("£500,000")
                .contains("fixed when the opportunity opened");
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

    private MockHttpServletResponse saveWeights(long id, String social, String justification) throws Exception {
        return saveWeights(id, "60", String.valueOf(40 - Integer.parseInt(social)), social, justification);
    }

    @Test
    void socialValueBelowTenPercentNeedsARecordedJustificationUnderPpn002() throws Exception {
        long id = draft();

        MockHttpServletResponse refused = saveWeights(id, "5", " ");

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("Say why social value is below 10% of the total score")
                .contains("PPN 002");
        assertThat(models.find(Evaluation.whole(opportunities.find(id).orElseThrow())))
                .isEmpty();

        String why =
                "Pre-market engagement showed the market is immature, so social value is 10% of the quality score.";
        assertThat(saveWeights(id, "5", why).getRedirectedUrl()).isEqualTo("/evaluations/" + id + "/model");
        Document page =
                Jsoup.parse(mvc.perform(get("/evaluations/{id}/model", id).with(people.signedIn(buyerEmail)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select(".govuk-warning-text").text())
                .contains("5%")
                .contains("PPN 002")
                .contains("10% of the quality score")
                .doesNotContain("06/20");
        assertThat(page.select("#socialJustification").text()).isEqualTo(why);
        Document published = Jsoup.parse(
                mvc.perform(get("/evaluations/{id}/how-bids-are-scored", id).with(people.signedIn(buyerEmail)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(published.select("#social-justification").text())
                .contains("PPN 002")
                .contains(why);
    }

    @Test
    void aJustificationIsKeptOnlyWhileSocialValueIsBelowTenPercent() throws Exception {
        long id = draft();
        saveWeights(id, "5", "Immature market.");

        saveWeights(id, "10", "Immature market.");

        assertThat(models.find(Evaluation.whole(opportunities.find(id).orElseThrow()))
                        .orElseThrow()
                        .socialJustification())
                .isNull();
    }

    @Test
    void aConfiguredFloorMakesLowSocialValueAnError() {
        EvaluationModels strict =
                new EvaluationModels(null, null, null, new SocialValueWeighting(new BigDecimal(10), false));

        assertThat(strict.saveWeights(
                        Evaluation.whole(draftOpportunity()),
                        new BigDecimal(60),
                        new BigDecimal(35),
                        new BigDecimal(5),
                        "Immature market.",
                        List.of(),
                        null))
                .contains("evaluation.model.weights.floor");
    }

    @Test
    void aHardPpn002FloorRefusesSocialValueBelowTenPercentEvenWithAJustification() {
        EvaluationModels strict =
                new EvaluationModels(null, null, null, new SocialValueWeighting(BigDecimal.ZERO, true));

        assertThat(strict.saveWeights(
                        Evaluation.whole(draftOpportunity()),
                        new BigDecimal(60),
                        new BigDecimal(31),
                        new BigDecimal(9),
                        "Immature market.",
                        List.of(),
                        null))
                .contains("evaluation.model.weights.hardFloor");
    }

    private static Opportunity draftOpportunity() {
        return new Opportunity(
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
    }

    @Test
    void monetisedOverBestIsNotOfferedToNewModelsAsItScoresExactlyLikeValueOverBest() throws Exception {
        long id = draft();
        saveWeights(id, "50", "30", "20");

        Document page =
                Jsoup.parse(mvc.perform(get("/evaluations/{id}/model", id).with(people.signedIn(buyerEmail)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        MockHttpServletResponse refused = mvc.perform(post("/evaluations/{id}/model/measures", id)
                        .with(csrf())
                        .with(people.signedIn(buyerEmail))
                        .param("measureCode", "JS04")
                        .param("scoring", "monetised-over-best")
                        .param("weight", "1"))
                .andReturn()
                .getResponse();

        assertThat(page.select("select#scoring option").eachAttr("value"))
                .contains("value-over-best", "target-per-million")
                .doesNotContain("monetised-over-best");
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("scores exactly like relative to the best bid");
        assertThat(models.find(Evaluation.whole(opportunities.find(id).orElseThrow()))
                        .orElseThrow()
                        .measures())
                .isEmpty();
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
