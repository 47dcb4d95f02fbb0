package org.socialvaluehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.shared.CoordinatorRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A council's evaluations and opened bid files are its own: the partnership team reads results and the report only
 * once the council shares them, never the bid files, and every bid file read is in the audit log.
 */
@HubTest
class PartnershipSharingTest {

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
    EvaluationModels models;

    @Autowired
    EvaluationAudit audit;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aCoordinatorCannotReadACouncilsUnsharedEvaluationReport() throws Exception {
        Evaluations.Scenario s = moderated();
        String base = "/evaluations/" + s.opportunityId();

        for (String coordinator : new String[] {people.coordinator(), people.coordinator(CoordinatorRole.REPORTING)}) {
            for (String page : new String[] {"/results", "/report", "/report.pdf", "/sensitivity"}) {
                assertThat(status(base + page, coordinator)).as(page).isEqualTo(403);
            }
            assertThat(status("/api/v1" + base + "/results", coordinator)).isEqualTo(403);
        }
        assertThat(status(base + "/results", s.buyerEmail())).isEqualTo(200);
    }

    @Test
    void aCoordinatorCannotDownloadACouncilsOpenedBidFile() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        attachFile(s);
        clock.advancePast(evaluations.deadlineOf(s));
        String url = fileUrl(s);

        assertThat(status(url, people.coordinator())).isEqualTo(403);
        share(s, true);
        assertThat(status(url, people.coordinator(CoordinatorRole.REPORTING))).isEqualTo(403);
        assertThat(status(url, s.buyerEmail())).isEqualTo(200);
    }

    @Test
    void aReportingCoordinatorReadsResultsAndReportOnceTheCouncilSharesThemAndTheChoiceIsAudited() throws Exception {
        Evaluations.Scenario s = moderated();
        String base = "/evaluations/" + s.opportunityId();
        String reporting = people.coordinator(CoordinatorRole.REPORTING);
        String directory = people.coordinator(CoordinatorRole.DIRECTORY);

        share(s, true);

        assertThat(status(base + "/results", reporting)).isEqualTo(200);
        assertThat(status(base + "/report", reporting)).isEqualTo(200);
        assertThat(status(base + "/results", directory)).isEqualTo(403);
        assertThat(mvc.perform(post(base + "/share")
                                .with(csrf())
                                .param("shared", "false")
                                .with(people.signedIn(reporting)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        share(s, false);

        assertThat(status(base + "/results", reporting)).isEqualTo(403);
        assertThat(audit.trail(scorings.opportunity(s), true))
                .extracting(EvaluationAudit.Entry::action)
                .containsSubsequence("evaluation.shared", "evaluation.unshared");
    }

    @Test
    void downloadingABidFileIsRecordedInTheAuditLog() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        attachFile(s);
        clock.advancePast(evaluations.deadlineOf(s));

        assertThat(status(fileUrl(s), s.buyerEmail())).isEqualTo(200);

        assertThat(jdbc.sql("""
                select count(*) from account_audit_event
                where event_type = 'SENSITIVE_RECORD_READ' and email = :email and detail like :detail""")
                        .param("email", s.buyerEmail())
                        .param("detail", "bid file % (opportunity " + s.opportunityId() + ")")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void sensitivityIsForAssuranceOnlyItsRerunsAreAuditedAndViewersCannotChangeItsSettings() throws Exception {
        Evaluations.Scenario s = moderated();
        String page = "/evaluations/" + s.opportunityId() + "/sensitivity";
        String reporting = people.coordinator(CoordinatorRole.REPORTING);
        share(s, true);

        org.jsoup.nodes.Document viewed = org.jsoup.Jsoup.parse(
                mvc.perform(get(page + "?draws=500&spread=80").with(people.signedIn(reporting)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        org.jsoup.nodes.Document rerun = org.jsoup.Jsoup.parse(
                mvc.perform(get(page + "?draws=500&spread=30").with(people.signedIn(s.buyerEmail())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(viewed.select("#assurance-only").text()).contains("for assurance; it cannot change the award");
        assertThat(viewed.select("#rerun")).isEmpty();
        assertThat(viewed.text()).contains("In 10,000 random draws").contains("±20%");
        assertThat(rerun.select("#rerun")).isNotEmpty();
        assertThat(rerun.text()).contains("In 500 random draws").contains("±30%");
        assertThat(audit.trail(scorings.opportunity(s), true))
                .filteredOn(e -> e.action().equals("sensitivity.run"))
                .extracting(EvaluationAudit.Entry::detail)
                .containsExactly("500 draws, weights within ±30%");
    }

    private Evaluations.Scenario moderated() {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        scorings.nameEvaluators(s);
        clock.advancePast(evaluations.deadlineOf(s));
        scorings.scoreAll(s);
        scorings.moderateAll(s, sealed);
        return s;
    }

    private void share(Evaluations.Scenario s, boolean shared) throws Exception {
        assertThat(mvc.perform(post("/evaluations/" + s.opportunityId() + "/share")
                                .with(csrf())
                                .param("shared", String.valueOf(shared))
                                .with(people.signedIn(s.buyerEmail())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
    }

    private void attachFile(Evaluations.Scenario s) throws Exception {
        long question = models.find(scorings.opportunity(s))
                .orElseThrow()
                .questions()
                .get(0)
                .id();
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "evidence.pdf",
                "application/octet-stream",
                new ClassPathResource("evaluation/files/evidence.pdf").getContentAsByteArray());
        mvc.perform(multipart("/evaluations/" + s.opportunityId() + "/bid/files")
                .file(file)
                .param("questionId", String.valueOf(question))
                .with(csrf())
                .with(people.signedIn(s.supplierEmails().get(0))));
    }

    private String fileUrl(Evaluations.Scenario s) {
        Bid bid = sealed.own(scorings.opportunity(s), s.supplierIds().get(0)).orElseThrow();
        return "/evaluations/" + s.opportunityId() + "/bids/" + bid.id() + "/files/"
                + bid.files().get(0).id();
    }

    private int status(String url, String email) throws Exception {
        return mvc.perform(get(url).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
