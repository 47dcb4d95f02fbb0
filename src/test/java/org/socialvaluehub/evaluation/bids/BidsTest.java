package org.socialvaluehub.evaluation.bids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.Scorings;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class BidsTest {

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
    EvaluationModels models;

    @Test
    void aSupplierSavesADraftSubmitsWithdrawsAndResubmitsUntilTheDeadline() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Late Starter");
        String email = people.person("late", supplier, Role.SUPPLIER);
        String base = "/evaluations/" + s.opportunityId() + "/bid";
        var questions = models.find(scorings.opportunity(s)).orElseThrow().questions();

        MockHttpServletResponse incomplete = mvc.perform(post(base)
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("action", "submit")
                        .param("price", "300000"))
                .andReturn()
                .getResponse();
        assertThat(Jsoup.parse(incomplete.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("Answer every question");
        assertThat(sealed.own(scorings.opportunity(s), supplier).orElseThrow().status())
                .isEqualTo(Bid.Status.DRAFT);

        mvc.perform(post(base)
                .with(csrf())
                .with(people.signedIn(email))
                .param("action", "submit")
                .param("price", "300000")
                .param("answers[" + questions.get(0).id() + "]", "We inspect weekly")
                .param("answers[" + questions.get(1).id() + "]", "We hire from OX4"));
        assertThat(sealed.own(scorings.opportunity(s), supplier).orElseThrow().status())
                .isEqualTo(Bid.Status.SUBMITTED);
        assertThat(sealed.received(scorings.opportunity(s))).isEqualTo(3);

        mvc.perform(post(base + "/withdraw").with(csrf()).with(people.signedIn(email)));
        assertThat(sealed.own(scorings.opportunity(s), supplier).orElseThrow().status())
                .isEqualTo(Bid.Status.WITHDRAWN);
        assertThat(sealed.received(scorings.opportunity(s))).isEqualTo(2);

        mvc.perform(post(base)
                .with(csrf())
                .with(people.signedIn(email))
                .param("action", "submit")
                .param("price", "290000")
                .param("answers[" + questions.get(0).id() + "]", "We inspect daily")
                .param("answers[" + questions.get(1).id() + "]", "We hire from OX4"));
        Bid resubmitted = sealed.own(scorings.opportunity(s), supplier).orElseThrow();
        assertThat(resubmitted.status()).isEqualTo(Bid.Status.SUBMITTED);
        assertThat(resubmitted.answer(questions.get(0).id())).isEqualTo("We inspect daily");
        assertThat(mvc.perform(get(base).with(people.signedIn(email)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("We inspect daily")
                .contains("Submitted");
    }

    @Test
    void bidsAreFrozenOnceTheDeadlineHasPassed() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        clock.advancePast(evaluations.deadlineOf(s));
        String email = s.supplierEmails().get(0);
        String base = "/evaluations/" + s.opportunityId() + "/bid";
        Bid before = sealed.own(scorings.opportunity(s), s.supplierIds().get(0)).orElseThrow();

        MockHttpServletResponse change = mvc.perform(post(base)
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("action", "save")
                        .param("price", "1"))
                .andReturn()
                .getResponse();
        MockHttpServletResponse withdraw = mvc.perform(
                        post(base + "/withdraw").with(csrf()).with(people.signedIn(email)))
                .andReturn()
                .getResponse();
        MockHttpServletResponse commitment = mvc.perform(post(base + "/commitments")
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("measureCode", "JS04")
                        .param("quantity", "99"))
                .andReturn()
                .getResponse();

        assertThat(change.getStatus()).isEqualTo(409);
        assertThat(change.getContentAsString()).contains("bids are frozen");
        assertThat(withdraw.getStatus()).isEqualTo(409);
        assertThat(commitment.getStatus()).isEqualTo(409);
        assertThat(sealed.own(scorings.opportunity(s), s.supplierIds().get(0)).orElseThrow())
                .isEqualTo(before);
        assertThat(sealed.opened(scorings.opportunity(s)))
                .extracting(Bid::answers)
                .anySatisfy(answers -> assertThat(answers.values())
                        .anyMatch(a -> a.contains(s.markers().get(0))));
    }
}
