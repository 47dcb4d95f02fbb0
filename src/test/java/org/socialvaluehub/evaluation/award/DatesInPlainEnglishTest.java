package org.socialvaluehub.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.Scorings;
import org.socialvaluehub.shared.PageText;
import org.socialvaluehub.shared.PlainDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Dates on the evaluation's pages, its refusals included, read as "7 December 2027 at 8:51pm", never as ISO text. */
@HubTest
class DatesInPlainEnglishTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Scorings scorings;

    @Autowired
    AdjustableClock clock;

    @Autowired
    DecidedScenarios scenarios;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void theSealedBidRefusalGivesTheDeadlineInPlainEnglish() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        scorings.nameEvaluators(s);

        MockHttpServletResponse response = page(
                "/evaluations/" + s.opportunityId() + "/score",
                s.evaluatorEmails().get(0));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains(PlainDates.dateTime(evaluations.deadlineOf(s)));
        assertThat(PageText.machineDates(response.getContentAsString())).isEmpty();
    }

    @Test
    void anAwardedEvaluationsPagesShowNoMachineDates() throws Exception {
        Evaluations.Scenario s = scenarios.awarded();
        String base = "/evaluations/" + s.opportunityId();
        Map<String, String> pages = Map.of(
                base,
                s.buyerEmail(),
                base + "/results",
                s.buyerEmail(),
                base + "/decision",
                s.buyerEmail(),
                base + "/audit",
                s.buyerEmail(),
                base + "/report",
                s.buyerEmail(),
                base + "/bid",
                s.supplierEmails().get(0),
                "/opportunities/" + s.opportunityId(),
                s.buyerEmail());

        List<String> found = new ArrayList<>();
        for (var p : pages.entrySet()) {
            MockHttpServletResponse response = page(p.getKey(), p.getValue());
            assertThat(response.getStatus()).as(p.getKey()).isEqualTo(200);
            PageText.machineDates(response.getContentAsString()).forEach(d -> found.add(p.getKey() + ": " + d));
        }

        assertThat(found).isEmpty();
    }

    private MockHttpServletResponse page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(people.signedIn(email))).andReturn().getResponse();
    }
}
