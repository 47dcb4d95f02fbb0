package org.socialvaluehub.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.Bids;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.scoring.Evaluators;
import org.socialvaluehub.evaluation.scoring.Scores;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Once a decision is recorded the evaluation is frozen, and later pages show the ranking it was made on. */
@HubTest
class DecidedEvaluationTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Evaluations evaluations;
    @Autowired Scorings scorings;
    @Autowired SealedBids sealed;
    @Autowired AdjustableClock clock;
    @Autowired Scores scores;
    @Autowired Evaluators evaluators;
    @Autowired EvaluationModels models;
    @Autowired Bids bids;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationAudit audit;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** A scenario scored and moderated (bid A ahead), with the decision for bid A recorded. */
    private Evaluations.Scenario decided() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        scorings.nameEvaluators(s);
        clock.advancePast(evaluations.deadlineOf(s));
        scorings.scoreAll(s);
        scorings.moderateAll(s, sealed);
        String base = "/evaluations/" + s.opportunityId();
        mvc.perform(post(base + "/decision").with(csrf()).with(people.signedIn(s.buyerEmail()))
                .param("bidId", String.valueOf(scorings.bidIds(s, sealed).get(0))).param("rationale", "Highest total"));
        return s;
    }

    private Evaluations.Scenario awarded() throws Exception {
        Evaluations.Scenario s = decided();
        String base = "/evaluations/" + s.opportunityId();
        mvc.perform(post(base + "/decision/approve").with(csrf()).with(people.signedIn(s.buyerEmail())));
        mvc.perform(post(base + "/award").with(csrf()).with(people.signedIn(s.buyerEmail())));
        return s;
    }

    private String body(String path, String email) throws Exception {
        return mvc.perform(get(path).with(people.signedIn(email))).andReturn().getResponse().getContentAsString();
    }

    private String pdfText(String path, String email) throws Exception {
        try (var pdf = Loader.loadPDF(mvc.perform(get(path).with(people.signedIn(email))).andReturn().getResponse()
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
        long question = models.find(scorings.opportunity(s)).orElseThrow().questions().get(0).id();
        String resultsBefore = body("/api/v1" + base + "/results", s.buyerEmail());

        MockHttpServletResponse response = mvc.perform(post(base + "/moderation/" + winner + "/" + question).with(csrf())
                .with(people.signedIn(s.evaluatorEmails().get(0))).param("score", "0")
                .param("rationale", "Changed after the award")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(response.getContentAsString()).select("#refusal").text())
                .contains("A decision has been recorded");
        assertThat(scores.consensus(scorings.opportunity(s))).filteredOn(c -> c.bidId() == winner)
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
        var supplier = evaluations.user(s.supplierIds().get(1), s.supplierEmails().get(1), Role.SUPPLIER);

        assertRefusedAsDecided(() -> scores.moderate(evaluation, buyer, bid, question, 100, "Raised after the decision"));
        assertRefusedAsDecided(() -> scores.save(evaluation, model, evaluator, bid, Map.of(question, 100),
                Map.of(question, "Raised")));
        assertRefusedAsDecided(() -> scores.submit(evaluation, model, evaluator));
        assertRefusedAsDecided(() -> evaluators.declare(evaluation, evaluator, Map.of(s.supplierIds().get(0), true)));
        assertRefusedAsDecided(() -> evaluators.name(evaluation, scorings.evaluator(s, 1).id(), buyer));
        // The model is fixed from the moment the opportunity opens, long before any decision.
        Refused weights = catchThrowableOfType(Refused.class, () -> models.saveWeights(evaluation, new BigDecimal(20),
                new BigDecimal(60), new BigDecimal(20), List.of("a", "b", "c", "d", "e"), buyer));
        assertThat(weights.status().value()).isEqualTo(409);
        assertRefusedAsDecided(() -> bids.saveDraft(evaluation, model, s.supplierIds().get(1), BigDecimal.ONE,
                Map.of(), supplier));
        assertRefusedAsDecided(() -> bids.withdraw(evaluation, s.supplierIds().get(1), supplier));
        assertThat(scores.consensus(evaluation)).filteredOn(c -> c.bidId() == bid).allMatch(c -> c.score() == 50);
    }

    @Test
    void theResultsReportAndLettersShowTheRankingTheDecisionWasMadeOn() throws Exception {
        Evaluations.Scenario s = awarded();
        String base = "/evaluations/" + s.opportunityId();
        long winner = scorings.bidIds(s, sealed).get(0);
        long loser = scorings.bidIds(s, sealed).get(1);
        String api = body("/api/v1" + base + "/results", s.buyerEmail());
        String letter = pdfText(base + "/letters/" + loser + ".pdf", s.buyerEmail());
        String ranking = Jsoup.parse(body(base + "/results", s.buyerEmail())).select("#ranking").text();

        // A change that bypassed the rules, as scores changed after an award before the lock existed.
        jdbc.sql("update eval_moderation set score = 0 where bid_id = :b").param("b", winner).update();

        assertThat(body("/api/v1" + base + "/results", s.buyerEmail())).isEqualTo(api);
        assertThat(Jsoup.parse(body(base + "/results", s.buyerEmail())).select("#ranking").text()).isEqualTo(ranking);
        assertThat(pdfText(base + "/letters/" + loser + ".pdf", s.buyerEmail())).isEqualTo(letter);
        assertThat(pdfText(base + "/report.pdf", s.buyerEmail())).contains("Bidding Cleaners");
        assertThat(Jsoup.parse(body(base + "/results", s.buyerEmail())).select("#decided").text())
                .contains("the decision was recorded on");
        var moderation = Jsoup.parse(body(base + "/moderation", s.buyerEmail()));
        assertThat(moderation.select("#decided")).hasSize(1);
        assertThat(moderation.select("form[action*=/moderation/]")).isEmpty();
    }

    @Test
    void aDecidedEvaluationRefusesEveryChangeForEveryRole() throws Exception {
        Evaluations.Scenario s = awarded();
        String base = "/evaluations/" + s.opportunityId();
        Evaluation evaluation = scorings.opportunity(s);
        EvaluationModel model = models.find(evaluation).orElseThrow();
        long winner = scorings.bidIds(s, sealed).get(0);
        long loser = scorings.bidIds(s, sealed).get(1);
        String q = String.valueOf(model.questions().get(0).id());
        Bid own = sealed.own(evaluation, s.supplierIds().get(0)).orElseThrow();
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("buyer", s.buyerEmail());
        roles.put("orgadmin", people.person("eval-admin", s.buyerId(), Role.ORG_ADMIN));
        roles.put("coordinator", people.coordinator());
        roles.put("evaluator", s.evaluatorEmails().get(0));
        roles.put("supplier", s.supplierEmails().get(0));
        List<String> buyers = List.of("buyer", "orgadmin", "coordinator");
        Map<Supplier<AbstractMockHttpServletRequestBuilder<?>>, List<String>> changes = new LinkedHashMap<>();
        changes.put(() -> post(base + "/moderation/" + winner + "/" + q).param("score", "0").param("rationale", "Later"),
                List.of("buyer", "orgadmin", "coordinator", "evaluator"));
        changes.put(() -> post(base + "/score/" + loser).param("score-" + q, "100").param("justification-" + q, "Later"),
                List.of("evaluator"));
        changes.put(() -> post(base + "/score/submit"), List.of("evaluator"));
        changes.put(() -> post(base + "/conflicts").param("supplier-" + s.supplierIds().get(0), "conflict"),
                List.of("evaluator"));
        changes.put(() -> post(base + "/evaluators").param("userId", String.valueOf(scorings.evaluator(s, 1).id())), buyers);
        changes.put(() -> post(base + "/model").param("priceWeight", "20").param("qualityWeight", "60")
                .param("socialWeight", "20").param("descriptors", "a", "b", "c", "d", "e"), buyers);
        changes.put(() -> post(base + "/model/questions").param("section", "QUALITY").param("title", "Late").param("weight", "1"),
                buyers);
        changes.put(() -> post(base + "/model/questions/" + q + "/delete"), buyers);
        changes.put(() -> post(base + "/model/measures").param("measureCode", "JS04").param("scoring", "value-over-best")
                .param("weight", "1"), buyers);
        changes.put(() -> post(base + "/model/measures/" + model.measures().get(0).id() + "/delete"), buyers);
        changes.put(() -> post(base + "/bid").param("price", "1").param("answers[" + q + "]", "Later"), List.of("supplier"));
        changes.put(() -> post(base + "/bid/withdraw"), List.of("supplier"));
        changes.put(() -> post(base + "/bid/commitments").param("measureCode", "JS04").param("quantity", "99"),
                List.of("supplier"));
        changes.put(() -> post(base + "/bid/commitments/" + own.commitments().get(0).id() + "/delete"), List.of("supplier"));
        changes.put(() -> multipart(base + "/bid/files").file(new MockMultipartFile("file", "late.txt", "text/plain",
                "Later".getBytes())).param("questionId", q), List.of("supplier"));
        changes.put(() -> post(base + "/bid/files/1/delete"), List.of("supplier"));
        changes.put(() -> post(base + "/decision").param("bidId", String.valueOf(loser)).param("rationale", "Later"), buyers);
        changes.put(() -> post(base + "/decision/approve"), buyers);
        changes.put(() -> post(base + "/award"), buyers);
        changes.put(() -> post(base + "/decision/withdraw").param("reason", "Later"), List.of("orgadmin"));
        String results = body("/api/v1" + base + "/results", s.buyerEmail());
        int trail = audit.trail(evaluation, true).size();

        List<String> failures = new ArrayList<>();
        for (var change : changes.entrySet()) {
            for (var role : roles.entrySet()) {
                MockHttpServletResponse response = mvc.perform(change.getKey().get().with(csrf())
                        .with(people.signedIn(role.getValue()))).andReturn().getResponse();
                String route = change.getKey().get().buildRequest(new MockServletContext()).getRequestURI();
                boolean couldUse = change.getValue().contains(role.getKey());
                if (couldUse ? response.getStatus() != 409 : response.getStatus() < 400) {
                    failures.add(route + " as " + role.getKey() + ": " + response.getStatus());
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(body("/api/v1" + base + "/results", s.buyerEmail())).isEqualTo(results);
        assertThat(audit.trail(evaluation, true)).hasSize(trail);
    }

    @Test
    void onlyTheBuyersOrganisationAdminWithdrawsADecisionWithAReasonAndTheScoresMayChangeAgain() throws Exception {
        Evaluations.Scenario s = decided();
        String base = "/evaluations/" + s.opportunityId();
        Evaluation evaluation = scorings.opportunity(s);
        String admin = people.person("eval-admin", s.buyerId(), Role.ORG_ADMIN);
        long loser = scorings.bidIds(s, sealed).get(1);
        long question = models.find(evaluation).orElseThrow().questions().get(0).id();

        assertThat(mvc.perform(post(base + "/decision/withdraw").with(csrf()).with(people.signedIn(s.buyerEmail()))
                .param("reason", "Not mine to withdraw")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(Jsoup.parse(body(base + "/decision", s.buyerEmail())).select("form[action$=/decision/withdraw]"))
                .isEmpty();
        assertThat(Jsoup.parse(mvc.perform(post(base + "/decision/withdraw").with(csrf()).with(people.signedIn(admin))
                .param("reason", " ")).andReturn().getResponse().getContentAsString()).select(".govuk-error-summary")
                .text()).contains("Give the reason");
        assertThat(mvc.perform(post(base + "/decision/withdraw").with(csrf()).with(people.signedIn(admin))
                .param("reason", "An answer was scored on the wrong rubric")).andReturn().getResponse().getStatus())
                .isEqualTo(302);

        assertThat(Jsoup.parse(body(base + "/decision", admin)).select("#decision")).isEmpty();
        assertThat(audit.trail(evaluation, true)).anyMatch(e -> e.action().equals("decision.withdrawn")
                && e.detail().contains("An answer was scored on the wrong rubric") && e.actor().contains("eval-admin"));
        scores.moderate(evaluation, scorings.buyer(s), loser, question, 100, "Rescored on the right rubric");
        assertThat(scores.consensus(evaluation)).anyMatch(c -> c.bidId() == loser && c.score() == 100);
    }
}
