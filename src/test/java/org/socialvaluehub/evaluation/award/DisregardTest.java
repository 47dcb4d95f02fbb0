package org.socialvaluehub.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.Scorings;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.core.Contribution;
import org.socialvaluehub.evaluation.results.Disregards;
import org.socialvaluehub.evaluation.results.Results;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The buyer disregards a tender on a ground of s. 19(3) with reasons; the results are worked out without it. */
@HubTest
class DisregardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    DecidedScenarios scenarios;

    @Autowired
    Scorings scorings;

    @Autowired
    SealedBids sealed;

    @Autowired
    Results results;

    @Autowired
    Disregards disregards;

    @Autowired
    EvaluationAudit audit;

    @Autowired
    AdjustableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private MockHttpServletResponse disregard(Evaluations.Scenario s, long bid, String reasons) throws Exception {
        return mvc.perform(post("/evaluations/" + s.opportunityId() + "/disregard")
                        .with(csrf())
                        .with(people.signedIn(s.buyerEmail()))
                        .param("bidId", String.valueOf(bid))
                        .param("ground", "ABNORMALLY_LOW")
                        .param("reasons", reasons))
                .andReturn()
                .getResponse();
    }

    @Test
    void aDisregardedTenderIsLeftOutAndTheOthersAreScoredAgainWithoutIt() throws Exception {
        Evaluations.Scenario s = scenarios.moderated();
        long first = scorings.bidIds(s, sealed).get(0);
        long second = scorings.bidIds(s, sealed).get(1);

        MockHttpServletResponse done =
                disregard(s, first, "Told on 2 May; its answer did not show it could pay the staff");

        assertThat(done.getRedirectedUrl()).isEqualTo("/evaluations/" + s.opportunityId() + "/decision");
        var evaluated = results.evaluate(scorings.opportunity(s));
        assertThat(evaluated.result().rows()).hasSize(1);
        assertThat(evaluated.result().rows().get(0).id()).isEqualTo(String.valueOf(second));
        Contribution price = evaluated.result().rows().get(0).contributions().stream()
                .filter(c -> c.criterionId().equals("price"))
                .findFirst()
                .orElseThrow();
        assertThat(price.score()).isEqualTo(1.0);
        assertThat(audit.trail(scorings.opportunity(s), true))
                .anyMatch(
                        e -> e.action().equals("bid.disregarded") && e.detail().contains("pay the staff"));
        var page = Jsoup.parse(mvc.perform(
                        get("/evaluations/" + s.opportunityId() + "/decision").with(people.signedIn(s.buyerEmail())))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#disregarded").text())
                .contains("Abnormally low")
                .contains("pay the staff");

        MockHttpServletResponse decided = mvc.perform(post("/evaluations/" + s.opportunityId() + "/decision")
                        .with(csrf())
                        .with(people.signedIn(s.buyerEmail()))
                        .param("bidId", String.valueOf(second))
                        .param("rationale", "Highest total of the tenders still assessed"))
                .andReturn()
                .getResponse();
        assertThat(decided.getRedirectedUrl()).isEqualTo("/evaluations/" + s.opportunityId() + "/decision");
    }

    @Test
    void disregardingWithoutReasonsIsRefusedAndChangesNothing() throws Exception {
        Evaluations.Scenario s = scenarios.moderated();

        MockHttpServletResponse refused =
                disregard(s, scorings.bidIds(s, sealed).get(0), " ");

        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("give the reasons");
        assertThat(disregards.all(scorings.opportunity(s))).isEmpty();
        assertThat(results.evaluate(scorings.opportunity(s)).result().rows()).hasSize(2);
    }
}
