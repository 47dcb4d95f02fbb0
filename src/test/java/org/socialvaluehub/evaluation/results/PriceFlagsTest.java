package org.socialvaluehub.evaluation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The results flag a price above the budget and one far below the others' median. */
@HubTest
class PriceFlagsTest {

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

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aPriceAboveTheBudgetAndOneFarBelowTheMedianAreFlaggedWithTheInvestigationTheActExpects() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        evaluations.reprice(s, 0, "100000");
        evaluations.reprice(s, 1, "600000");
        Document page = moderatedResults(s);

        var rows = page.select("#ranking tbody tr");
        assertThat(rows.select("tr:contains(Bidding Cleaners)").text()).contains("Possibly abnormally low");
        assertThat(rows.select("tr:contains(Sparkle Co-op)").text()).contains("Above budget");
        assertThat(page.select("#price-checks").text()).contains("section 19(3)(c) and (4)");
    }

    @Test
    void theResultsSayMoneyValuesAreEstimatesThatDoNotDriveTheScore() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        Document page = moderatedResults(s);

        assertThat(page.text())
                .contains("Money values are estimates")
                .contains("They do not drive the score: commitments are scored on the quantities committed.");
    }

    /** Scores and moderates the scenario, and renders its results page for the buyer. */
    private Document moderatedResults(Evaluations.Scenario s) throws Exception {
        scorings.nameEvaluators(s);
        clock.advancePast(evaluations.deadlineOf(s));
        scorings.scoreAll(s);
        scorings.moderateAll(s, sealed);

        Document page = Jsoup.parse(mvc.perform(
                        get("/evaluations/" + s.opportunityId() + "/results").with(people.signedIn(s.buyerEmail())))
                .andReturn()
                .getResponse()
                .getContentAsString());
        return page;
    }
}
