package org.socialvaluehub.evaluation.bids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.Scorings;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A bid's answers are to the evaluation's own questions, and its numbers fit what is stored, or nothing is saved. */
@HubTest
class BidInputTest {

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
    Bids bids;

    private String errors(MockHttpServletRequestBuilder request, String email) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(people.signedIn(email)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString())
                .select(".govuk-error-summary")
                .text();
    }

    @Test
    void answersToNoQuestionOrToAnotherOpportunitysQuestionAreRefusedAndNothingIsStored() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        Evaluations.Scenario other = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        long foreignQuestion = models.find(scorings.opportunity(other))
                .orElseThrow()
                .questions()
                .get(0)
                .id();
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Stray Answers Ltd");
        String email = people.person("stray", supplier, Role.SUPPLIER);
        String base = "/evaluations/" + s.opportunityId() + "/bid";

        assertThat(errors(post(base).param("price", "1000").param("answers[999999999]", "x"), email))
                .contains("Answer only the questions on this form");
        assertThat(errors(post(base).param("price", "1000").param("answers[" + foreignQuestion + "]", "x"), email))
                .contains("Answer only the questions on this form");
        assertThat(errors(post(base).param("price", "1000").param("answers[abc]", "x"), email))
                .contains("Answer only the questions on this form");
        assertThat(sealed.own(scorings.opportunity(s), supplier)).isEmpty();

        Evaluation evaluation = scorings.opportunity(s);
        EvaluationModel model = models.find(evaluation).orElseThrow();
        Refused refused = catchThrowableOfType(
                Refused.class,
                () -> bids.saveDraft(
                        evaluation,
                        model,
                        supplier,
                        BigDecimal.ONE,
                        Map.of(foreignQuestion, "x"),
                        evaluations.user(supplier, email, Role.SUPPLIER)));
        assertThat(refused.status().value()).isEqualTo(400);
        assertThat(sealed.own(evaluation, supplier)).isEmpty();
    }

    @Test
    void aZeroOrNegativePriceIsRefusedCitingHowPriceIsScoredAndChangesNothing() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        String email = s.supplierEmails().get(0);
        String base = "/evaluations/" + s.opportunityId() + "/bid";
        Bid before = sealed.own(scorings.opportunity(s), s.supplierIds().get(0)).orElseThrow();

        assertThat(errors(post(base).param("price", "0"), email)).contains("Enter a price above £0");
        assertThat(errors(post(base).param("price", "-5"), email)).contains("lowest price ÷ your price");

        Bid after = sealed.own(scorings.opportunity(s), s.supplierIds().get(0)).orElseThrow();
        assertThat(after.price()).isEqualByComparingTo(before.price());
        assertThat(after.status()).isEqualTo(Bid.Status.SUBMITTED);
    }

    @Test
    void aPriceOrQuantityTooLargeToStoreShowsTheFormAgainAndChangesNothing() throws Exception {
        Evaluations.Scenario s = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        String email = s.supplierEmails().get(0);
        String base = "/evaluations/" + s.opportunityId() + "/bid";
        Bid before = sealed.own(scorings.opportunity(s), s.supplierIds().get(0)).orElseThrow();

        assertThat(errors(post(base).param("price", "1e309"), email)).contains("Enter a price of less than");
        assertThat(errors(
                        post(base + "/commitments").param("measureCode", "JS04").param("quantity", "1e30"), email))
                .contains("Enter a quantity of less than");

        Bid after = sealed.own(scorings.opportunity(s), s.supplierIds().get(0)).orElseThrow();
        assertThat(after.price()).isEqualByComparingTo(before.price());
        assertThat(after.status()).isEqualTo(Bid.Status.SUBMITTED);
        assertThat(after.commitments()).hasSameSizeAs(before.commitments());
    }
}
