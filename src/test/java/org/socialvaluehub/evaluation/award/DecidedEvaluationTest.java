package org.socialvaluehub.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.Scorings;
import org.socialvaluehub.evaluation.bids.Bids;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.scoring.Evaluators;
import org.socialvaluehub.evaluation.scoring.Scores;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Once a decision is recorded the evaluation is frozen, and later pages show the ranking it was made on. */
@HubTest
class DecidedEvaluationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Scorings scorings;

    @Autowired
    SealedBids sealed;

    @Autowired
    AdjustableClock clock;

    @Autowired
    Scores scores;

    @Autowired
    Evaluators evaluators;

    @Autowired
    EvaluationModels models;

    @Autowired
    Bids bids;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvaluationAudit audit;

    @Autowired
    DecidedScenarios scenarios;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private Evaluations.Scenario decided() {
        return scenarios.decided();
    }

    private Evaluations.Scenario awarded() {
        return scenarios.awarded();
    }

    private String body(String path, String email) throws Exception {
        return mvc.perform(get(path).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String pdfText(String path, String email) throws Exception {
        try (var pdf = Loader.loadPDF(mvc.perform(get(path).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static void assertRefusedAsDecided(Runnable change) {
        Refused refused = catchThrowableOfType(Refused.class, change::run);
        assertThat(refused).isNotNull();
        assertThat(refused.status().value()).isEqualTo(409);
        assertThat(refused.messageKey()).isEqualTo("evaluation.refused.decided");
    }

    @Test
    void aDecidedEvaluationRefusesNewScores() throws Exception {
        Evaluations.Scenario s = awarded();
        String base = "/evaluations/" + s.opportunityId();
        long winner = scorings.bidIds(s, sealed).get(0);
        long question = models.find(scorings.opportunity(s))
                .orElseThrow()
                .questions()
                .get(0)
                .id();
        String resultsBefore = body("/api/v1" + base + "/results", s.buyerEmail());

        MockHttpServletResponse response = mvc.perform(post(base + "/moderation/" + winner + "/" + question)
                        .with(csrf())
                        .with(people.signedIn(s.evaluatorEmails().get(0)))
                        .param("score", "0")
                        .param("rationale", "Changed after the award"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(response.getContentAsString()).select("#refusal").text())
                .contains("A decision has been recorded");
        assertThat(scores.consensus(scorings.opportunity(s)))
                .filteredOn(c -> c.bidId() == winner)
                .allMatch(c -> c.score() == 75);
        assertThat(body("/api/v1" + base + "/results", s.buyerEmail())).isEqualTo(resultsBefore);
    }

    @Test
    void aRecordedDecisionFreezesScoresConflictsWeightsEvaluatorsAndBidsBeforeTheAward() throws Exception {
        Evaluations.Scenario s = decided();
        Evaluation evaluation = scorings.opportunity(s);
        EvaluationModel model = models.find(evaluation).orElseThrow();
        long bid = scorings.bidIds(s, sealed).get(1);
        long question = model.questions().get(0).id();
        var evaluator = scorings.evaluator(s, 0);
        var buyer = scorings.buyer(s);
        var supplier =
                evaluations.user(s.supplierIds().get(1), s.supplierEmails().get(1), Role.SUPPLIER);

        assertRefusedAsDecided(
                () -> scores.moderate(evaluation, buyer, bid, question, 100, "Raised after the decision"));
        assertRefusedAsDecided(() ->
                scores.save(evaluation, model, evaluator, bid, Map.of(question, 100), Map.of(question, "Raised")));
        assertRefusedAsDecided(() -> scores.submit(evaluation, model, evaluator));
        assertRefusedAsDecided(() ->
                evaluators.declare(evaluation, evaluator, Map.of(s.supplierIds().get(0), true)));
        assertRefusedAsDecided(
                () -> evaluators.name(evaluation, scorings.evaluator(s, 1).id(), buyer));
        // The model is fixed from the moment the opportunity opens, long before any decision.
        Refused weights = catchThrowableOfType(
                Refused.class,
                () -> models.saveWeights(
                        evaluation,
                        new BigDecimal(20),
                        new BigDecimal(60),
                        new BigDecimal(20),
                        List.of("a", "b", "c", "d", "e"),
                        buyer));
        assertThat(weights.status().value()).isEqualTo(409);
        assertRefusedAsDecided(
                () -> bids.saveDraft(evaluation, model, s.supplierIds().get(1), BigDecimal.ONE, Map.of(), supplier));
        assertRefusedAsDecided(() -> bids.withdraw(evaluation, s.supplierIds().get(1), supplier));
        assertThat(scores.consensus(evaluation))
                .filteredOn(c -> c.bidId() == bid)
                .allMatch(c -> c.score() == 50);
    }

    @Test
    void theResultsReportAndLettersShowTheRankingTheDecisionWasMadeOn() throws Exception {
        Evaluations.Scenario s = awarded();
        String base = "/evaluations/" + s.opportunityId();
        long winner = scorings.bidIds(s, sealed).get(0);
        long loser = scorings.bidIds(s, sealed).get(1);
        String api = body("/api/v1" + base + "/results", s.buyerEmail());
        String letter = pdfText(base + "/letters/" + loser + ".pdf", s.buyerEmail());
        String ranking = Jsoup.parse(body(base + "/results", s.buyerEmail()))
                .select("#ranking")
                .text();

        // A change that bypassed the rules, as scores changed after an award before the lock existed.
        jdbc.sql("update eval_moderation set score = 0 where bid_id = :b")
                .param("b", winner)
                .update();

        assertThat(body("/api/v1" + base + "/results", s.buyerEmail())).isEqualTo(api);
        assertThat(Jsoup.parse(body(base + "/results", s.buyerEmail()))
                        .select("#ranking")
                        .text())
                .isEqualTo(ranking);
        assertThat(pdfText(base + "/letters/" + loser + ".pdf", s.buyerEmail())).isEqualTo(letter);
        assertThat(pdfText(base + "/report.pdf", s.buyerEmail())).contains("Bidding Cleaners");
        assertThat(Jsoup.parse(body(base + "/results", s.buyerEmail()))
                        .select("#decided")
                        .text())
                .contains("the decision was recorded on");
        var moderation = Jsoup.parse(body(base + "/moderation", s.buyerEmail()));
        assertThat(moderation.select("#decided")).hasSize(1);
        assertThat(moderation.select("form[action*=/moderation/]")).isEmpty();
    }

    @Test
    void onlyTheBuyersOrganisationAdminWithdrawsADecisionWithAReasonAndTheScoresMayChangeAgain() throws Exception {
        Evaluations.Scenario s = decided();
        String base = "/evaluations/" + s.opportunityId();
        Evaluation evaluation = scorings.opportunity(s);
        String admin = people.person("eval-admin", s.buyerId(), Role.ORG_ADMIN);
        long loser = scorings.bidIds(s, sealed).get(1);
        long question = models.find(evaluation).orElseThrow().questions().get(0).id();

        assertThat(mvc.perform(post(base + "/decision/withdraw")
                                .with(csrf())
                                .with(people.signedIn(s.buyerEmail()))
                                .param("reason", "Not mine to withdraw"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(Jsoup.parse(body(base + "/decision", s.buyerEmail())).select("form[action$=/decision/withdraw]"))
                .isEmpty();
        assertThat(Jsoup.parse(mvc.perform(post(base + "/decision/withdraw")
                                        .with(csrf())
                                        .with(people.signedIn(admin))
                                        .param("reason", " "))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("Give the reason");
        assertThat(mvc.perform(post(base + "/decision/withdraw")
                                .with(csrf())
                                .with(people.signedIn(admin))
                                .param("reason", "An answer was scored on the wrong rubric"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        assertThat(Jsoup.parse(body(base + "/decision", admin)).select("#decision"))
                .isEmpty();
        assertThat(audit.trail(evaluation, true))
                .anyMatch(e -> e.action().equals("decision.withdrawn")
                        && e.detail().contains("An answer was scored on the wrong rubric")
                        && e.actor().contains("eval-admin"));
        scores.moderate(evaluation, scorings.buyer(s), loser, question, 100, "Rescored on the right rubric");
        assertThat(scores.consensus(evaluation)).anyMatch(c -> c.bidId() == loser && c.score() == 100);
    }
}
