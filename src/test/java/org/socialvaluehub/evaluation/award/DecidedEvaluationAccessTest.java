package org.socialvaluehub.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.Scorings;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The access rule of a decided evaluation: after the award every route that changes scores, moderation,
 * conflicts, evaluators, the model, bids or the decision answers 409 to each role that could otherwise use it.
 */
@HubTest
class DecidedEvaluationAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Scorings scorings;

    @Autowired
    SealedBids sealed;

    @Autowired
    AdjustableClock clock;

    @Autowired
    EvaluationModels models;

    @Autowired
    EvaluationAudit audit;

    @Autowired
    DecidedScenarios scenarios;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private String body(String path, String email) throws Exception {
        return mvc.perform(get(path).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aDecidedEvaluationRefusesEveryChangeForEveryRole() throws Exception {
        Evaluations.Scenario s = scenarios.awarded();
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
        // The partnership team's coordinators no longer act on a council's evaluation (least privilege): for them
        // every route is refused, whatever the state.
        List<String> buyers = List.of("buyer", "orgadmin");
        Map<Supplier<AbstractMockHttpServletRequestBuilder<?>>, List<String>> changes = new LinkedHashMap<>();
        changes.put(
                () -> post(base + "/moderation/" + winner + "/" + q)
                        .param("score", "0")
                        .param("rationale", "Later"),
                List.of("buyer", "orgadmin", "evaluator"));
        changes.put(
                () -> post(base + "/score/" + loser).param("score-" + q, "100").param("justification-" + q, "Later"),
                List.of("evaluator"));
        changes.put(() -> post(base + "/score/submit"), List.of("evaluator"));
        changes.put(
                () -> post(base + "/conflicts")
                        .param("supplier-" + s.supplierIds().get(0), "conflict"),
                List.of("evaluator"));
        changes.put(
                () -> post(base + "/evaluators")
                        .param("userId", String.valueOf(scorings.evaluator(s, 1).id())),
                buyers);
        changes.put(
                () -> post(base + "/model")
                        .param("priceWeight", "20")
                        .param("qualityWeight", "60")
                        .param("socialWeight", "20")
                        .param("descriptors", "a", "b", "c", "d", "e"),
                buyers);
        changes.put(
                () -> post(base + "/model/questions")
                        .param("section", "QUALITY")
                        .param("title", "Late")
                        .param("weight", "1"),
                buyers);
        changes.put(() -> post(base + "/model/questions/" + q + "/delete"), buyers);
        changes.put(
                () -> post(base + "/model/measures")
                        .param("measureCode", "JS04")
                        .param("scoring", "value-over-best")
                        .param("weight", "1"),
                buyers);
        changes.put(
                () -> post(base + "/model/measures/" + model.measures().get(0).id() + "/delete"), buyers);
        changes.put(
                () -> post(base + "/bid").param("price", "1").param("answers[" + q + "]", "Later"),
                List.of("supplier"));
        changes.put(() -> post(base + "/bid/withdraw"), List.of("supplier"));
        changes.put(
                () -> post(base + "/bid/commitments")
                        .param("measureCode", "JS04")
                        .param("quantity", "99"),
                List.of("supplier"));
        changes.put(
                () -> post(base + "/bid/commitments/" + own.commitments().get(0).id() + "/delete"),
                List.of("supplier"));
        changes.put(
                () -> multipart(base + "/bid/files")
                        .file(new MockMultipartFile("file", "late.txt", "text/plain", "Later".getBytes()))
                        .param("questionId", q),
                List.of("supplier"));
        changes.put(() -> post(base + "/bid/files/1/delete"), List.of("supplier"));
        changes.put(
                () -> post(base + "/decision")
                        .param("bidId", String.valueOf(loser))
                        .param("rationale", "Later"),
                buyers);
        changes.put(() -> post(base + "/decision/approve"), buyers);
        changes.put(() -> post(base + "/award"), buyers);
        changes.put(() -> post(base + "/decision/withdraw").param("reason", "Later"), List.of("orgadmin"));
        String results = body("/api/v1" + base + "/results", s.buyerEmail());
        int trail = audit.trail(evaluation, true).size();

        List<String> failures = new ArrayList<>();
        for (var change : changes.entrySet()) {
            for (var role : roles.entrySet()) {
                MockHttpServletResponse response = mvc.perform(
                                change.getKey().get().with(csrf()).with(people.signedIn(role.getValue())))
                        .andReturn()
                        .getResponse();
                String route = change.getKey()
                        .get()
                        .buildRequest(new MockServletContext())
                        .getRequestURI();
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
}
