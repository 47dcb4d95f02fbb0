package org.socialvaluehub.evaluation.bids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.Scorings;
import org.socialvaluehub.evaluation.scoring.Evaluators;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The seal: before the deadline, every evaluation page, export and API, tried as every role (the buyer,
 * a coordinator and a named evaluator included), shows nothing of a bid's content (its answer files included),
 * only how many arrived.
 */
@HubTest
class SealedBidsTest {

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
    Evaluators evaluators;

    @Autowired
    AdjustableClock clock;

    @Test
    void nobodyReadsABidBeforeTheDeadlineThroughAnyPageExportOrApi() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        scorings.nameEvaluators(s);
        List<String> files = List.of(attachMarkedFile(s, 0), attachMarkedFile(s, 1));
        List<Long> bids = scorings.bidIds(s, sealed);
        long otherSupplier = people.organisation(OrganisationKind.SUPPLIER, "Curious Rival");
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("anonymous", null);
        roles.put("buyer", s.buyerEmail());
        roles.put("buyer admin", people.person("sealed-admin", s.buyerId(), Role.ORG_ADMIN, Role.BUYER));
        roles.put("evaluator", s.evaluatorEmails().get(0));
        roles.put("coordinator", people.coordinator());
        roles.put("rival supplier", people.person("rival", otherSupplier, Role.SUPPLIER));
        roles.put("bidder B", s.supplierEmails().get(1));
        String base = "/evaluations/" + s.opportunityId();
        List<String> gets = new ArrayList<>(List.of(
                "/evaluations",
                base,
                base + "/how-bids-are-scored",
                base + "/model",
                base + "/bid",
                base + "/conflicts",
                base + "/score",
                base + "/moderation",
                base + "/results",
                "/api/v1" + base + "/results",
                base + "/sensitivity",
                base + "/decision",
                base + "/audit",
                base + "/report",
                base + "/report.pdf",
                base + "/letter.pdf"));
        bids.forEach(bid -> gets.add(base + "/letters/" + bid + ".pdf"));
        gets.addAll(files);
        List<MockHttpServletRequestBuilder> posts = new ArrayList<>();
        for (long bid : bids) {
            posts.add(post(base + "/score/" + bid).param("justification-1", "x"));
            posts.add(post(base + "/moderation/" + bid + "/1")
                    .param("score", "50")
                    .param("rationale", "x"));
        }
        posts.add(post(base + "/decision")
                .param("bidId", String.valueOf(bids.get(0)))
                .param("rationale", "early"));
        posts.add(post(base + "/conflicts").param("supplier-" + s.supplierIds().get(0), "none"));
        posts.add(post(base + "/score/submit"));

        List<String> leaks = new ArrayList<>();
        for (var role : roles.entrySet()) {
            for (String path : gets) {
                check(get(path), role, path, s, leaks);
            }
            for (MockHttpServletRequestBuilder post : posts) {
                check(post.with(csrf()), role, "POST", s, leaks);
            }
        }

        assertThat(leaks).isEmpty();
        assertThat(mvc.perform(get(base).with(people.signedIn(s.buyerEmail())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("2 bids")
                .contains("sealed until the deadline");
    }

    @Test
    void answerFilesOpenToTheBuyerAndTheEvaluatorsOnlyOnceTheDeadlineHasPassed() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        scorings.nameEvaluators(s);
        String file = attachMarkedFile(s, 0);
        SignedInUser evaluator = scorings.evaluator(s, 0);
        clock.advancePast(evaluations.deadlineOf(s));
        evaluators.declare(
                scorings.opportunity(s),
                evaluator,
                Map.of(s.supplierIds().get(0), false, s.supplierIds().get(1), false));

        for (String email : List.of(s.buyerEmail(), evaluator.email())) {
            MockHttpServletResponse response = mvc.perform(get(file).with(people.signedIn(email)))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(email).isEqualTo(200);
            assertThat(response.getContentAsString()).contains(s.markers().get(0));
        }
        assertThat(mvc.perform(get(file).with(people.signedIn(s.supplierEmails().get(1))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** Supplier i attaches a PDF carrying its bid's marker to its first answer; the file's download address. */
    private String attachMarkedFile(Evaluations.Scenario s, int i) throws Exception {
        long question =
                own(s, i).answers().keySet().stream().sorted().findFirst().orElseThrow();
        byte[] content = ("%PDF-1.4\n" + s.markers().get(i) + " file answer\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/evaluations/" + s.opportunityId() + "/bid/files")
                .file(new MockMultipartFile("file", "answer.pdf", "application/pdf", content))
                .param("questionId", String.valueOf(question))
                .with(csrf())
                .with(people.signedIn(s.supplierEmails().get(i))));
        Bid bid = own(s, i);
        return "/evaluations/" + s.opportunityId() + "/bids/" + bid.id() + "/files/"
                + bid.files().get(0).id();
    }

    private Bid own(Evaluations.Scenario s, int i) {
        return sealed.own(scorings.opportunity(s), s.supplierIds().get(i)).orElseThrow();
    }

    private void check(
            MockHttpServletRequestBuilder request,
            Map.Entry<String, String> role,
            String path,
            Evaluations.Scenario s,
            List<String> leaks)
            throws Exception {
        if (role.getValue() != null) {
            request = request.with(people.signedIn(role.getValue()));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String text = response.getContentAsString();
        if ("application/pdf".equals(response.getContentType())) {
            try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
                text = new PDFTextStripper().getText(pdf);
            }
        }
        for (int i = 0; i < s.markers().size(); i++) {
            boolean ownBidPage = role.getKey().equals("bidder B")
                    && i == 1
                    && (path.endsWith("/bid")
                            || path.contains("/bids/" + own(s, 1).id() + "/files/"));
            if (text.contains(s.markers().get(i)) && !ownBidPage) {
                leaks.add(role.getKey() + " read bid " + i + " through " + path + " (" + response.getStatus() + ")");
            }
        }
    }
}
