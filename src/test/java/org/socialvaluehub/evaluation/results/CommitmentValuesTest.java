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

/** How results show the money values of commitments: each of its type, in a stated year's prices. */
@HubTest
class CommitmentValuesTest {

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
    void resultsShowEachValueWithItsTypeAndPriceYearAndTotalEachTypeApart() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        scorings.nameEvaluators(s);
        clock.advancePast(evaluations.deadlineOf(s));
        scorings.scoreAll(s);
        scorings.moderateAll(s, sealed);

        Document results = Jsoup.parse(mvc.perform(
                        get("/evaluations/" + s.opportunityId() + "/results").with(people.signedIn(s.buyerEmail())))
                .andReturn()
                .getResponse()
                .getContentAsString());

        String commitments = results.select(".svh-commitments").first().text();
        assertThat(commitments)
                .contains("Fiscal value (a saving to government)")
                .contains("No delivery date: valued as delivered in the framework’s base year");
        assertThat(commitments).containsPattern("Estimate: £[0-9,]+ / £[0-9,]+ / £[0-9,]+ in \\d{4}-\\d{2} prices");
        assertThat(results.select(".svh-value-totals").first().text())
                .containsPattern("Fiscal value, total in \\d{4}-\\d{2} prices")
                .doesNotContain("Social value, total");
    }
}
