package org.socialvaluehub.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.Scorings;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class ScoringTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Evaluations evaluations;

    @Autowired
    AdjustableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Autowired
    Scorings scorings;

    @Autowired
    SealedBids sealed;

    @Autowired
    EvaluationModels models;

    @Autowired
    EvaluationAudit audit;

    @Autowired
    Scores scores;

    private Evaluations.Scenario closed() {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        scorings.nameEvaluators(s);
        clock.advancePast(evaluations.deadlineOf(s));
        return s;
    }

    private long firstQuestion(Evaluations.Scenario s) {
        return models.find(scorings.opportunity(s))
                .orElseThrow()
                .questions()
                .get(0)
                .id();
    }

    private String page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anEvaluatorDeclaresConflictsBeforeReadingAnyBidAndAConflictExcludesThatBid() throws Exception {
        Evaluations.Scenario s = closed();
        String evaluator = s.evaluatorEmails().get(0);
        String base = "/evaluations/" + s.opportunityId();

        MockHttpServletResponse undeclared = mvc.perform(get(base + "/score").with(people.signedIn(evaluator)))
                .andReturn()
                .getResponse();
        assertThat(undeclared.getStatus()).isEqualTo(403);
        assertThat(undeclared.getContentAsString())
                .contains("Declare any conflict")
                .doesNotContain(s.markers().get(0));

        mvc.perform(post(base + "/conflicts")
                .with(csrf())
                .with(people.signedIn(evaluator))
                .param("supplier-" + s.supplierIds().get(0), "conflict")
                .param("supplier-" + s.supplierIds().get(1), "none"));
        String scoring = page(base + "/score", evaluator);

        assertThat(scoring)
                .contains(s.markers().get(1))
                .doesNotContain(s.markers().get(0));
        long conflicted = scorings.bidIds(s, sealed).get(0);
        assertThat(mvc.perform(post(base + "/score/" + conflicted).with(csrf()).with(people.signedIn(evaluator)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(audit.trail(scorings.opportunity(s), true))
                .extracting(EvaluationAudit.Entry::action)
                .contains("conflict.declared", "conflict.none");
    }

    @Test
    void conflictsAreHonouredInModerationAndAConsensusNeedsAnIndependentScore() throws Exception {
        Evaluations.Scenario s = closed();
        String base = "/evaluations/" + s.opportunityId();
        scorings.scoreAll(s, Map.of(0, s.supplierIds().get(0)));
        List<Long> bids = scorings.bidIds(s, sealed);
        long question = models.find(scorings.opportunity(s))
                .orElseThrow()
                .questions()
                .get(0)
                .id();
        String conflicted = s.evaluatorEmails().get(0);
        String independent = s.evaluatorEmails().get(1);

        String moderation = page(base + "/moderation", conflicted);
        MockHttpServletResponse refusedForConflict = moderate(base, bids.get(0), question, conflicted);
        MockHttpServletResponse refusedAsOwnScoreOnly = moderate(base, bids.get(0), question, independent);

        assertThat(moderation)
                .doesNotContain("/moderation/" + bids.get(0) + "/")
                .contains("/moderation/" + bids.get(1) + "/");
        assertThat(refusedForConflict.getStatus()).isEqualTo(403);
        assertThat(refusedForConflict.getContentAsString()).contains("sections 81 and 82");
        assertThat(refusedAsOwnScoreOnly.getStatus()).isEqualTo(409);
        assertThat(refusedAsOwnScoreOnly.getContentAsString()).contains("at least one evaluator");
        assertThat(scores.consensus(scorings.opportunity(s))).isEmpty();

        assertThat(moderate(base, bids.get(1), question, independent).getStatus())
                .isEqualTo(302);
        assertThat(moderate(base, bids.get(0), question, s.buyerEmail()).getStatus())
                .isEqualTo(302);
        assertThat(scores.consensus(scorings.opportunity(s))).hasSize(2);
    }

    private MockHttpServletResponse moderate(String base, long bid, long question, String email) throws Exception {
        return mvc.perform(post(base + "/moderation/" + bid + "/" + question)
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("score", "50")
                        .param("rationale", "Agreed"))
                .andReturn()
                .getResponse();
    }

    @Test
    void anEvaluatorSeesNobodyElsesScoresUntilTheyHaveSubmittedTheirOwn() throws Exception {
        Evaluations.Scenario s = closed();
        String first = s.evaluatorEmails().get(0);
        String second = s.evaluatorEmails().get(1);
        String base = "/evaluations/" + s.opportunityId();
        var questions = models.find(scorings.opportunity(s)).orElseThrow().questions();
        for (String evaluator : List.of(first, second)) {
            mvc.perform(post(base + "/conflicts")
                    .with(csrf())
                    .with(people.signedIn(evaluator))
                    .param("supplier-" + s.supplierIds().get(0), "none")
                    .param("supplier-" + s.supplierIds().get(1), "none"));
        }
        for (long bid : scorings.bidIds(s, sealed)) {
            var request = post(base + "/score/" + bid).with(csrf()).with(people.signedIn(first));
            for (var q : questions) {
                request =
                        request.param("score-" + q.id(), "75").param("justification-" + q.id(), "FIRST-EVALUATOR-VIEW");
            }
            mvc.perform(request);
        }
        mvc.perform(post(base + "/score/submit").with(csrf()).with(people.signedIn(first)));

        MockHttpServletResponse secondModeration = mvc.perform(
                        get(base + "/moderation").with(people.signedIn(second)))
                .andReturn()
                .getResponse();
        assertThat(secondModeration.getStatus()).isEqualTo(403);
        assertThat(secondModeration.getContentAsString()).doesNotContain("FIRST-EVALUATOR-VIEW");
        assertThat(page(base + "/score", second)).doesNotContain("FIRST-EVALUATOR-VIEW");
        assertThat(page(base + "/moderation", first)).contains("FIRST-EVALUATOR-VIEW");

        MockHttpServletResponse late = mvc.perform(
                        post(base + "/score/" + scorings.bidIds(s, sealed).get(0))
                                .with(csrf())
                                .with(people.signedIn(first)))
                .andReturn()
                .getResponse();
        assertThat(late.getStatus()).isEqualTo(409);
    }

    @Test
    void moderationShowsScoresSideBySideRecordsTheConsensusAndAuditsEveryStep() throws Exception {
        Evaluations.Scenario s = closed();
        scorings.scoreAll(s);
        String base = "/evaluations/" + s.opportunityId();
        long bid = scorings.bidIds(s, sealed).get(1);
        long question = firstQuestion(s);

        mvc.perform(post(base + "/moderation/" + bid + "/" + question)
                .with(csrf())
                .with(people.signedIn(s.buyerEmail()))
                .param("score", "50")
                .param("rationale", "Both evaluators agreed: adequate"));
        Document moderation = Jsoup.parse(page(base + "/moderation", s.buyerEmail()));

        assertThat(moderation.select("table.svh-side-by-side").text())
                .contains("Evaluator 0 justification 50")
                .contains("Evaluator 1 justification 50")
                .contains("Both evaluators agreed: adequate");
        assertThat(audit.trail(scorings.opportunity(s), true))
                .extracting(EvaluationAudit.Entry::action)
                .contains("evaluator.named", "score.saved", "scores.submitted", "moderation.recorded");
        assertThat(Jsoup.parse(page(base + "/audit", s.buyerEmail()))
                        .select("#audit")
                        .text())
                .contains("Consensus recorded")
                .contains("Both evaluators agreed: adequate")
                .contains("Score saved");
    }

    @Test
    void moderationHasAContentsListThatJumpsToEachAnswerAndSaysWhichAreAgreed() throws Exception {
        Evaluations.Scenario s = closed();
        scorings.scoreAll(s);
        String base = "/evaluations/" + s.opportunityId();
        long bid = scorings.bidIds(s, sealed).get(0);
        long question = firstQuestion(s);

        String back = mvc.perform(post(base + "/moderation/" + bid + "/" + question)
                        .with(csrf())
                        .with(people.signedIn(s.buyerEmail()))
                        .param("score", "50")
                        .param("rationale", "Agreed at the meeting"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document moderation = Jsoup.parse(page(base + "/moderation", s.buyerEmail()));

        String anchor = "moderate-" + bid + "-" + question;
        assertThat(back).endsWith("/moderation#" + anchor);
        var contents = moderation.select("nav.svh-contents a[href^='#moderate-']");
        assertThat(contents).isNotEmpty();
        contents.forEach(
                link -> assertThat(moderation.getElementById(link.attr("href").substring(1)))
                        .isNotNull());
        assertThat(moderation
                        .select("nav.svh-contents a[href='#" + anchor + "']")
                        .first()
                        .parent()
                        .text())
                .contains("Agreed");
        assertThat(moderation.select("nav.svh-contents .govuk-tag--grey")).hasSize(contents.size() - 1);
    }
}
