package org.socialvaluehub.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The pages of an awarded evaluation say what is true of it: never that the opportunity is open. */
@HubTest
class AwardedEvaluationWordsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    AdjustableClock clock;

    @Autowired
    DecidedScenarios scenarios;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void anAwardedEvaluationsPagesNeverSayTheOpportunityIsOpen() throws Exception {
        Evaluations.Scenario s = scenarios.awarded();
        String base = "/evaluations/" + s.opportunityId();
        for (String path : List.of(base, base + "/model", base + "/how-bids-are-scored", base + "/decision")) {
            String html = mvc.perform(get(path).with(people.signedIn(s.buyerEmail())))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(html).body().text()).as(path).doesNotContainPattern("(?i)\\bis open\\b(?!-)");
        }
    }
}
