package org.socialvaluehub.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.mail.Outbox;
import org.socialvaluehub.opportunities.Alerts.Frequency;
import org.socialvaluehub.opportunities.core.SearchCriteria;
import org.socialvaluehub.organisations.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class AlertsTest {

    @Autowired
    Pipeline pipeline;

    @Autowired
    Opportunities opportunities;

    @Autowired
    Alerts alerts;

    @Autowired
    AlertSender sender;

    @Autowired
    Documents documents;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

    @Autowired
    MockMvc mvc;

    @Test
    void aMatchingPublicationIsMailedOnceAndNeverAgain() {
        String word = "zebra" + System.nanoTime();
        String email = People.uniqueEmail("alerted");
        alerts.save(
                1,
                email,
                new SearchCriteria(word, "CONTRACT", null, null, null, null, false, false, null),
                Frequency.IMMEDIATE);
        long buyer = people.organisation(OrganisationKind.BUYER, "Alerting Council");
        long matching = pipeline.createDraft(buyer, Drafts.contract("Crossing patrols " + word));
        long other = pipeline.createDraft(buyer, Drafts.contract("Unrelated cleaning"));

        opportunities.moveTo(matching, OpportunityStatus.OPEN);
        opportunities.moveTo(other, OpportunityStatus.OPEN);
        sender.send(Frequency.IMMEDIATE);
        sender.send(Frequency.IMMEDIATE);

        assertThat(outbox.countTo(email)).isEqualTo(1);
        assertThat(outbox.latestBodyTo(email))
                .contains("Crossing patrols " + word)
                .doesNotContain("Unrelated")
                .contains("/opportunities/" + matching)
                .contains("/opportunities/unsubscribe/");
    }

    @Test
    void severalChangesWithinADigestPeriodMakeOneMail() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Digest Council");
        String email = People.uniqueEmail("digest");
        alerts.save(2, email, SearchCriteria.followBuyer(buyer), Frequency.DAILY);
        long id = pipeline.createDraft(buyer, Drafts.contract("Digest grounds"));

        opportunities.moveTo(id, OpportunityStatus.PLANNED);
        pipeline.update(id, Drafts.withDescription(Drafts.contract("Digest grounds"), "Now with verges"));
        documents.add(id, "spec.pdf", "application/pdf", new byte[] {1, 2, 3}, true);
        sender.send(Frequency.IMMEDIATE);
        assertThat(outbox.countTo(email)).isZero();

        sender.send(Frequency.DAILY);
        sender.send(Frequency.DAILY);
        assertThat(outbox.countTo(email)).isEqualTo(1);

        opportunities.moveTo(id, OpportunityStatus.OPEN);
        sender.send(Frequency.DAILY);
        assertThat(outbox.countTo(email)).isEqualTo(2);
    }

    @Test
    void unsubscribingWorksSignedOutWithAConfirmButton() throws Exception {
        long id = alerts.save(3, People.uniqueEmail("leaving"), SearchCriteria.everything(), Frequency.DAILY);
        String token = alerts.of(3).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow()
                .token();

        String confirm = mvc.perform(get("/opportunities/unsubscribe/" + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(confirm).contains("Unsubscribe</button>");
        assertThat(alerts.byToken(token)).isPresent();

        mvc.perform(post("/opportunities/unsubscribe/" + token).with(csrf())).andExpect(status().isOk());
        assertThat(alerts.byToken(token)).isEmpty();
    }

    @Test
    void aMailProgramUnsubscribesInOneClickWithoutAFormToken() throws Exception {
        long id = alerts.save(3, People.uniqueEmail("one-click"), SearchCriteria.everything(), Frequency.IMMEDIATE);
        String token = alerts.of(3).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow()
                .token();

        mvc.perform(post("/opportunities/unsubscribe/" + token).param("List-Unsubscribe", "One-Click"))
                .andExpect(status().isOk());

        assertThat(alerts.byToken(token)).isEmpty();
        mvc.perform(post("/opportunities/alerts").param("kind", "GRANT")).andExpect(status().isForbidden());
    }

    @Test
    void aSupplierSavesTheSearchFromTheListing() throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Saving Supplier");
        String email = people.person("saver", supplier, org.socialvaluehub.shared.Role.SUPPLIER);

        mvc.perform(post("/opportunities/alerts")
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("kind", "GRANT")
                        .param("sme", "true")
                        .param("frequency", "DAILY"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/opportunities/alerts").with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Grant").contains("In a daily digest");
    }
}
