package org.socialvaluehub.evaluation.bids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.Scorings;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.scoring.Evaluators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Suppliers attach files to their answers; the files are sealed, frozen and withdrawn with the bid. */
@HubTest
class AnswerFilesTest {

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
    Evaluators evaluators;

    @Autowired
    AdjustableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aSupplierAttachesAFileToAnAnswerAndSeesItOnItsBid() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        long question = firstQuestion(s);

        attach(s, 0, question, sample("evidence.pdf", "evidence.pdf"));

        Bid bid = own(s, 0);
        assertThat(bid.files(question)).extracting(AnswerFile::filename).containsExactly("evidence.pdf");
        String page = mvc.perform(
                        get(bidPage(s)).with(people.signedIn(s.supplierEmails().get(0))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select("#answer-files").text())
                .contains("evidence.pdf")
                .contains("How will you keep standards?");
        byte[] downloaded = mvc.perform(get(fileUrl(s, bid))
                        .with(people.signedIn(s.supplierEmails().get(0))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(downloaded)).contains("MARKER-PDF");
    }

    @Test
    void aWrongTypeARenamedProgramAnEmptyOrAnOversizeFileComesBackWithAMessageAndChangesNothing() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        long question = firstQuestion(s);
        Map<MockMultipartFile, String> bad = Map.of(
                sample("program.exe", "program.exe"),
                "must be a PDF, Word, Excel",
                sample("renamed-program.pdf", "renamed-program.pdf"),
                "its content must match its name",
                new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]),
                "not empty",
                new MockMultipartFile("file", "huge.pdf", "application/pdf", oversizePdf()),
                "must be 10 MB or smaller");

        for (var file : bad.entrySet()) {
            MockHttpServletResponse response = attach(s, 0, question, file.getKey());
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(Jsoup.parse(response.getContentAsString())
                            .select(".govuk-error-summary")
                            .text())
                    .contains(file.getValue());
        }
        assertThat(own(s, 0).files()).isEmpty();
    }

    @Test
    void afterTheDeadlineFilesCanNeitherBeAttachedNorRemoved() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        long question = firstQuestion(s);
        attach(s, 0, question, sample("plan.txt", "plan.txt"));
        Bid bid = own(s, 0);
        clock.advancePast(evaluations.deadlineOf(s));

        assertThat(attach(s, 0, question, sample("evidence.pdf", "evidence.pdf"))
                        .getStatus())
                .isEqualTo(409);
        assertThat(mvc.perform(post(bidPage(s) + "/files/" + bid.files().get(0).id() + "/delete")
                                .with(csrf())
                                .with(people.signedIn(s.supplierEmails().get(0))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
        assertThat(own(s, 0).files()).hasSize(1);
    }

    @Test
    void aWithdrawnBidsFilesGoWithIt() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        attach(s, 1, firstQuestion(s), sample("evidence.pdf", "evidence.pdf"));
        assertThat(own(s, 1).files()).hasSize(1);

        mvc.perform(post(bidPage(s) + "/withdraw")
                .with(csrf())
                .with(people.signedIn(s.supplierEmails().get(1))));

        assertThat(own(s, 1).status()).isEqualTo(Bid.Status.WITHDRAWN);
        assertThat(own(s, 1).files()).isEmpty();
    }

    @Test
    void evaluatorsSeeAndDownloadTheFilesWhileScoring() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        attach(s, 0, firstQuestion(s), sample("evidence.pdf", "evidence.pdf"));
        Bid bid = own(s, 0);
        scorings.nameEvaluators(s);
        clock.advancePast(evaluations.deadlineOf(s));
        evaluators.declare(
                scorings.opportunity(s),
                scorings.evaluator(s, 0),
                Map.of(s.supplierIds().get(0), false, s.supplierIds().get(1), false));
        String evaluator = s.evaluatorEmails().get(0);

        String page = mvc.perform(
                        get("/evaluations/" + s.opportunityId() + "/score").with(people.signedIn(evaluator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page)
                        .select("#bid-" + bid.id() + " a[href$=/files/"
                                + bid.files().get(0).id() + "]")
                        .text())
                .contains("evidence.pdf");
        MockHttpServletResponse download = mvc.perform(get(fileUrl(s, bid)).with(people.signedIn(evaluator)))
                .andReturn()
                .getResponse();
        assertThat(download.getHeader("Content-Disposition")).contains("evidence.pdf");
        assertThat(new String(download.getContentAsByteArray())).contains("MARKER-PDF");
    }

    private MockHttpServletResponse attach(Evaluations.Scenario s, int bidder, long question, MockMultipartFile file)
            throws Exception {
        return mvc.perform(multipart(bidPage(s) + "/files")
                        .file(file)
                        .param("questionId", String.valueOf(question))
                        .with(csrf())
                        .with(people.signedIn(s.supplierEmails().get(bidder))))
                .andReturn()
                .getResponse();
    }

    static MockMultipartFile sample(String resource, String filename) throws IOException {
        return new MockMultipartFile(
                "file",
                filename,
                "application/octet-stream",
                new ClassPathResource("evaluation/files/" + resource).getContentAsByteArray());
    }

    private static byte[] oversizePdf() {
        byte[] content = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(), 0, content, 0, 8);
        return content;
    }

    private long firstQuestion(Evaluations.Scenario s) {
        return models.find(scorings.opportunity(s))
                .orElseThrow()
                .questions()
                .get(0)
                .id();
    }

    private Bid own(Evaluations.Scenario s, int bidder) {
        return sealed.own(scorings.opportunity(s), s.supplierIds().get(bidder)).orElseThrow();
    }

    private static String bidPage(Evaluations.Scenario s) {
        return "/evaluations/" + s.opportunityId() + "/bid";
    }

    static String fileUrl(Evaluations.Scenario s, Bid bid) {
        return "/evaluations/" + s.opportunityId() + "/bids/" + bid.id() + "/files/"
                + bid.files().get(0).id();
    }
}
