package org.socialvaluehub.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The evaluation report and its PDF name evaluators by role, never by name or e-mail address. */
@HubTest
class ReportPrivacyTest {

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
    SealedBids sealed;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void theReportAndItsPdfNameEvaluatorsByRoleNotByEMail() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        scorings.nameEvaluators(s);
        clock.advancePast(evaluations.deadlineOf(s));
        scorings.scoreAll(s);
        scorings.moderateAll(s, sealed);
        String base = "/evaluations/" + s.opportunityId();

        String page = Jsoup.parse(mvc.perform(get(base + "/report").with(people.signedIn(s.buyerEmail())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .text();
        byte[] pdfBytes = mvc.perform(get(base + "/report.pdf").with(people.signedIn(s.buyerEmail())))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String pdf;
        try (var document = Loader.loadPDF(pdfBytes)) {
            pdf = new PDFTextStripper().getText(document);
        }

        for (String report : new String[] {page, pdf}) {
            assertThat(report).contains("Evaluator 1", "Evaluator 2").doesNotContain("eval-one", "eval-two");
            assertThat(report).doesNotContain("@test.example");
        }
    }
}
