package org.socialvaluehub.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.mail.Outbox;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class ClarificationsTest {

    @Autowired
    Pipeline pipeline;

    @Autowired
    Opportunities opportunities;

    @Autowired
    Clarifications clarifications;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

    @Autowired
    MockMvc mvc;

    @Autowired
    AdjustableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aQuestionAfterQuestionsCloseIsRefusedWithAMessageAndNotSaved() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Closing Council");
        long late = people.organisation(OrganisationKind.SUPPLIER, "Late Supplier");
        String lateEmail = people.person("late", late, Role.SUPPLIER);
        long id = pipeline.createDraft(buyer, Drafts.closingSoon("Questions closing"));
        opportunities.moveTo(id, OpportunityStatus.OPEN);
        clock.advancePast(pipeline.details(id).orElseThrow().questionsClose());

        assertThat(page(id, lateEmail)).doesNotContain("Send question");
        mvc.perform(post("/opportunities/" + id + "/questions")
                        .with(csrf())
                        .with(people.signedIn(lateEmail))
                        .param("question", "Can we still ask?"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("questionsClosed", true));

        assertThat(clarifications.askedBy(id, late)).isEmpty();
    }

    @Test
    void questionsArePrivateAndAnswersArePublishedWithoutTheAsker() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Answering Council");
        String buyerEmail = people.person("answering", buyer, Role.BUYER);
        long asker = people.organisation(OrganisationKind.SUPPLIER, "Asking Supplier");
        long other = people.organisation(OrganisationKind.SUPPLIER, "Nosy Supplier");
        String askerEmail = people.person("asker", asker, Role.SUPPLIER);
        String otherEmail = people.person("nosy", other, Role.SUPPLIER);
        long id = pipeline.createDraft(buyer, Drafts.contract("Clarified contract"));
        opportunities.moveTo(id, OpportunityStatus.OPEN);

        mvc.perform(post("/opportunities/" + id + "/interest").with(csrf()).with(people.signedIn(askerEmail)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/opportunities/" + id + "/questions")
                        .with(csrf())
                        .with(people.signedIn(askerEmail))
                        .param("question", "Is parking included at the depot?"))
                .andExpect(status().is3xxRedirection());

        String seenByOther = page(id, otherEmail);
        assertThat(seenByOther).doesNotContain("Is parking included").doesNotContain("You have expressed interest");
        assertThat(page(id, askerEmail)).contains("Is parking included").contains("You have expressed interest");

        long questionId = clarifications.askedBy(id, asker).get(0).id();
        mvc.perform(post("/opportunities/" + id + "/questions/" + questionId + "/answer")
                        .with(csrf())
                        .with(people.signedIn(buyerEmail))
                        .param("answer", "Yes, two spaces."))
                .andExpect(status().is3xxRedirection());

        String published = mvc.perform(get("/opportunities/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(published)
                .contains("Is parking included")
                .contains("Yes, two spaces.")
                .doesNotContain("Asking Supplier")
                .doesNotContain(askerEmail);
        assertThat(outbox.latestBodyTo(askerEmail))
                .contains("Clarified contract")
                .contains("/opportunities/" + id);
        assertThat(outbox.countTo(otherEmail)).isZero();
    }

    @Test
    void aSupplierCannotAnswerAndABuyerOfAnotherOrganisationCannotReadQuestions() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Guarded Council");
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Guarded Supplier");
        long stranger = people.organisation(OrganisationKind.BUYER, "Stranger Council");
        String supplierEmail = people.person("guarded", supplier, Role.SUPPLIER);
        String strangerEmail = people.person("stranger", stranger, Role.BUYER);
        long id = pipeline.createDraft(buyer, Drafts.contract("Guarded contract"));
        opportunities.moveTo(id, OpportunityStatus.OPEN);

        mvc.perform(get("/opportunities/" + id + "/questions").with(people.signedIn(supplierEmail)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/opportunities/" + id + "/questions").with(people.signedIn(strangerEmail)))
                .andExpect(status().isForbidden());
    }

    private String page(long id, String email) throws Exception {
        return mvc.perform(get("/opportunities/" + id).with(people.signedIn(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
