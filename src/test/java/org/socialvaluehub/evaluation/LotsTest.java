package org.socialvaluehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.award.AwardedContracts;
import org.socialvaluehub.evaluation.award.Decisions;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.model.Question;
import org.socialvaluehub.evaluation.scoring.Evaluators;
import org.socialvaluehub.evaluation.scoring.Scores;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** An opportunity with lots: a model, bids, scoring, decision and award per lot, each sealed as a whole is. */
@HubTest
class LotsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    LotScenarios scenarios;

    @Autowired
    Evaluations evaluations;

    @Autowired
    EvaluationModels models;

    @Autowired
    SealedBids sealed;

    @Autowired
    Evaluators evaluators;

    @Autowired
    Scores scores;

    @Autowired
    Decisions decisions;

    @Autowired
    Opportunities opportunities;

    @Autowired
    AwardedContracts awarded;

    @Autowired
    AdjustableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void eachLotHasItsOwnModelAndThePublishedPageShowsThemAll() throws Exception {
        LotScenarios.Scenario s = scenarios.openWithLots(Instant.now().plus(2, ChronoUnit.DAYS));
        String base = "/evaluations/" + s.opportunityId();

        var page = Jsoup.parse(mvc.perform(get(base + "/how-bids-are-scored"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#lot-1 > h2").first().text()).isEqualTo("Lot 1: Grounds maintenance");
        assertThat(page.select("#weights-lot-1").text()).contains("50%");
        assertThat(page.select("#lot-1").text())
                .contains("How will you care for the parks?")
                .doesNotContain("apprentices");
        assertThat(page.select("#weights-lot-2").text()).contains("70%");
        assertThat(page.select("#lot-2").text()).contains("How will repairs train apprentices?");
        assertThat(status(get(base + "/model"), s.buyerEmail())).isEqualTo(404);
        assertThat(status(get(base + "/lots/2/model"), s.buyerEmail())).isEqualTo(200);
        assertThat(status(get(base + "/lots/3/model"), s.buyerEmail())).isEqualTo(404);
    }

    @Test
    void suppliersBidForEachLotSeparatelyWithOneBidPerLot() throws Exception {
        LotScenarios.Scenario s = scenarios.openWithLots(Instant.now().plus(2, ChronoUnit.DAYS));
        String base = "/evaluations/" + s.opportunityId();
        String bidderB = s.supplierEmails().get(1);

        String chooser = body(get(base + "/bid"), bidderB);
        assertThat(Jsoup.parse(chooser).select("#lots a").eachAttr("href"))
                .containsExactly(base + "/lots/1/bid", base + "/lots/2/bid");
        EvaluationModel lot2 = models.find(scenarios.lot(s, 2)).orElseThrow();
        mvc.perform(post(base + "/lots/2/bid")
                .with(csrf())
                .with(people.signedIn(bidderB))
                .param("action", "submit")
                .param("price", "140000")
                .param("answers[" + lot2.questions().get(0).id() + "]", "B for lot two"));

        assertThat(sealed.received(scenarios.lot(s, 1))).isEqualTo(2);
        assertThat(sealed.received(scenarios.lot(s, 2))).isEqualTo(2);
        Bid lot1 = sealed.own(scenarios.lot(s, 1), s.supplierIds().get(1)).orElseThrow();
        Bid lot2Bid = sealed.own(scenarios.lot(s, 2), s.supplierIds().get(1)).orElseThrow();
        assertThat(lot1.id()).isNotEqualTo(lot2Bid.id());
        assertThat(lot1.answers().values()).allMatch(a -> a.contains(s.markers().get(1)));
        assertThat(body(get(base + "/lots/2/bid"), s.supplierEmails().get(0)))
                .contains(s.markers().get(2))
                .doesNotContain(s.markers().get(0));
    }

    @Test
    void eachLotIsSealedScoredDecidedAndAwardedOnItsOwn() throws Exception {
        LotScenarios.Scenario s = scenarios.openWithLots(Evaluations.closingSoon());
        String base = "/evaluations/" + s.opportunityId();
        SignedInUser buyer = evaluations.user(s.buyerId(), s.buyerEmail(), Role.BUYER);
        SignedInUser evaluator = evaluations.user(s.buyerId(), s.evaluatorEmail(), Role.EVALUATOR);
        evaluators.name(scenarios.lot(s, 1), evaluator.id(), buyer);
        MockHttpServletResponse early = mvc.perform(
                        get(base + "/lots/1/results").with(people.signedIn(s.buyerEmail())))
                .andReturn()
                .getResponse();
        assertThat(early.getStatus()).isEqualTo(403);
        assertThat(early.getContentAsString()).doesNotContain(s.markers().get(0));

        clock.advancePast(scenarios.lot(s, 1).deadline());
        assertThat(status(get(base + "/lots/2/score"), s.evaluatorEmail())).isEqualTo(403);
        for (int number = 1; number <= 2; number++) {
            Evaluation lot = scenarios.lot(s, number);
            evaluators.name(lot, evaluator.id(), buyer);
            scoreModerateAndAward(lot, buyer, evaluator);
            ContractAwarded event = awarded.received().stream()
                    .filter(e -> e.opportunityId() == s.opportunityId() && e.lot() == lot.lotNumber())
                    .findFirst()
                    .orElseThrow();
            assertThat(event.supplierId()).isEqualTo(s.supplierIds().get(0));
            assertThat(opportunities.find(s.opportunityId()).orElseThrow().status())
                    .isEqualTo(number == 1 ? OpportunityStatus.EVALUATED : OpportunityStatus.AWARDED);
        }
        assertThat(awarded.received().stream()
                        .filter(e -> e.opportunityId() == s.opportunityId())
                        .filter(ContractAwarded::forLot)
                        .count())
                .isEqualTo(2);
        String json = body(get("/api/v1" + base + "/lots/1/results"), s.buyerEmail());
        assertThat(json).contains("\"lot\":1", "\"lotTitle\":\"Grounds maintenance\"", "\"rank\":1");
        String report = body(get(base + "/lots/1/report"), s.buyerEmail());
        assertThat(report)
                .contains("Lot 1: Grounds maintenance")
                .contains("How will you care for the parks?")
                .doesNotContain("apprentices");
    }

    /**
     * The evaluator declares, scores A above B and submits; the buyer moderates, decides for A, approves and awards.
     */
    private void scoreModerateAndAward(Evaluation lot, SignedInUser buyer, SignedInUser evaluator) {
        EvaluationModel model = models.find(lot).orElseThrow();
        List<Bid> bids = sealed.opened(lot);
        Map<Long, Boolean> none = new HashMap<>();
        bids.forEach(b -> none.put(b.supplierId(), false));
        evaluators.declare(lot, evaluator, none);
        Bid winner = bids.get(0);
        for (Bid bid : evaluators.bidsFor(lot, evaluator)) {
            int mark = bid.id() == winner.id() ? 100 : 25;
            Map<Long, Integer> marks = new HashMap<>();
            Map<Long, String> why = new HashMap<>();
            for (Question q : model.questions()) {
                marks.put(q.id(), mark);
                why.put(q.id(), "Mark " + mark);
            }
            assertThat(scores.save(lot, model, evaluator, bid.id(), marks, why)).isEmpty();
        }
        assertThat(scores.submit(lot, model, evaluator)).isEmpty();
        for (Bid bid : bids) {
            int mark = bid.id() == winner.id() ? 100 : 25;
            model.questions().forEach(q -> scores.moderate(lot, buyer, bid.id(), q.id(), mark, "Agreed"));
        }
        decisions.record(lot, winner.id(), "Best value for this lot", buyer);
        decisions.approve(lot, evaluations.approver(lot.buyerId()));
        decisions.award(lot, buyer);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String email)
            throws Exception {
        return mvc.perform(request.with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private String body(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String email)
            throws Exception {
        return mvc.perform(request.with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
