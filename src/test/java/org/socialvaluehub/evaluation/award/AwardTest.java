package org.socialvaluehub.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.ContractAwarded;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.Scorings;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * From moderated scores to the award: results that explain themselves, sensitivity, the decision, the report and
 * letters.
 */
@HubTest
class AwardTest {

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
    AwardedContracts awarded;

    @Autowired
    DecidedScenarios scenarios;

    private String page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void resultsExplainEachBidAndTheAwardIsRecordedApprovedReportedAndHandedOn() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        scorings.nameEvaluators(s);
        clock.advancePast(evaluations.deadlineOf(s));
        scorings.scoreAll(s);
        scorings.moderateAll(s, sealed);
        String base = "/evaluations/" + s.opportunityId();
        String buyer = s.buyerEmail();
        long winner = scorings.bidIds(s, sealed).get(0);
        long loser = scorings.bidIds(s, sealed).get(1);

        Document results = Jsoup.parse(page(base + "/results", buyer));
        assertThat(results.select("#ranking tbody tr").first().text()).contains("Bidding Cleaners");
        assertThat(results.select(".svh-breakdown").first().text())
                .contains("Price")
                .contains("How will you keep standards?")
                .contains("Out-of-work claimants moved into a Living Wage job");
        assertThat(results.select(".svh-commitments").text())
                .contains("12 people")
                .contains("Estimate: £");
        assertThat(results.text()).contains("Money values are estimates");

        Document sensitivity = Jsoup.parse(page(base + "/sensitivity", buyer));
        assertThat(sensitivity.select("#stability tbody tr")).hasSize(4);
        assertThat(sensitivity.select("#acceptability thead").text())
                .contains("Rank 1")
                .contains("Rank 2");
        assertThat(sensitivity.select("#agreement").text()).contains("Bidding Cleaners");
        assertThat(sensitivity.select("canvas[data-table=acceptability]")).hasSize(1);

        mvc.perform(post(base + "/decision")
                .with(csrf())
                .with(people.signedIn(buyer))
                .param("bidId", String.valueOf(winner))
                .param("rationale", "Highest total; the ranking holds under every method"));
        MockHttpServletResponse unapproved = mvc.perform(
                        post(base + "/award").with(csrf()).with(people.signedIn(buyer)))
                .andReturn()
                .getResponse();
        assertThat(unapproved.getStatus()).isEqualTo(409);
        String colleague = people.person("eval-approver", s.buyerId(), org.socialvaluehub.shared.Role.BUYER);
        mvc.perform(post(base + "/decision/approve").with(csrf()).with(people.signedIn(colleague)));
        mvc.perform(post(base + "/award").with(csrf()).with(people.signedIn(buyer)));

        assertThat(scorings.opportunity(s).status()).isEqualTo(OpportunityStatus.AWARDED);
        ContractAwarded event = awarded.received().stream()
                .filter(e -> e.opportunityId() == s.opportunityId())
                .findFirst()
                .orElseThrow();
        assertThat(event.supplierId()).isEqualTo(s.supplierIds().get(0));
        assertThat(event.commitments())
                .extracting(ContractAwarded.Commitment::measureCode)
                .containsExactly("JS04");
        assertThat(Jsoup.parse(page(base + "/decision", buyer))
                        .select("#decision")
                        .text())
                .contains("eval-approver")
                .contains("Awarded on");
        assertThat(mvc.perform(post(base + "/decision")
                                .with(csrf())
                                .with(people.signedIn(buyer))
                                .param("bidId", String.valueOf(loser))
                                .param("rationale", "Changed my mind"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);

        String report = text(mvc.perform(get(base + "/report.pdf").with(people.signedIn(buyer)))
                .andReturn()
                .getResponse());
        assertThat(report)
                .contains("Evaluation report: Evaluated cleaning contract")
                .contains("Bidding Cleaners")
                .contains("Sparkle Co-op")
                .contains("Rank acceptability")
                .contains("Weight stability intervals")
                .contains("Highest total; the ranking holds under every method")
                .contains("Contract awarded");

        String letter =
                text(mvc.perform(get(base + "/letters/" + loser + ".pdf").with(people.signedIn(buyer)))
                        .andReturn()
                        .getResponse());
        assertThat(letter)
                .contains("Sparkle Co-op")
                .contains("awarded to Bidding Cleaners")
                .contains("Winning bid’s points");
        String own = text(mvc.perform(get(base + "/letter.pdf")
                        .with(people.signedIn(s.supplierEmails().get(1))))
                .andReturn()
                .getResponse());
        assertThat(own).contains("Your bid was not successful");
        assertThat(mvc.perform(get(base + "/letters/" + winner + ".pdf").with(people.signedIn(buyer)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void recommendingABidNotRankedFirstIsRefusedCitingSection19() throws Exception {
        Evaluations.Scenario s = scenarios.moderated();
        String base = "/evaluations/" + s.opportunityId();
        long loser = scorings.bidIds(s, sealed).get(1);

        MockHttpServletResponse refused = mvc.perform(post(base + "/decision")
                        .with(csrf())
                        .with(people.signedIn(s.buyerEmail()))
                        .param("bidId", String.valueOf(loser))
                        .param("rationale", "Cheaper"))
                .andReturn()
                .getResponse();

        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("most advantageous tender")
                .contains("section 19(1)");
        assertThat(Jsoup.parse(page(base + "/decision", s.buyerEmail())).select("#decision"))
                .isEmpty();
    }

    @Test
    void whoRecordedTheDecisionCannotApproveIt() throws Exception {
        Evaluations.Scenario s = scenarios.moderated();
        String base = "/evaluations/" + s.opportunityId();
        mvc.perform(post(base + "/decision")
                .with(csrf())
                .with(people.signedIn(s.buyerEmail()))
                .param("bidId", String.valueOf(scorings.bidIds(s, sealed).get(0)))
                .param("rationale", "Highest total"));

        Document own = Jsoup.parse(page(base + "/decision", s.buyerEmail()));
        MockHttpServletResponse selfApproval = mvc.perform(
                        post(base + "/decision/approve").with(csrf()).with(people.signedIn(s.buyerEmail())))
                .andReturn()
                .getResponse();

        assertThat(own.select("form[action$=/decision/approve]")).isEmpty();
        assertThat(own.select("#colleague-approves").text()).contains("a colleague must approve it");
        assertThat(selfApproval.getStatus()).isEqualTo(409);
        assertThat(selfApproval.getContentAsString()).contains("you cannot approve it too");
        assertThat(Jsoup.parse(page(base + "/decision", s.buyerEmail()))
                        .select("#decision")
                        .text())
                .contains("Not approved yet");
    }
}
