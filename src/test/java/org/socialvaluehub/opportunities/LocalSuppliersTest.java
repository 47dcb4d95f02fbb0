package org.socialvaluehub.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.mail.Outbox;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.profile.Categories;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class LocalSuppliersTest {

    @Autowired
    Pipeline pipeline;

    @Autowired
    Opportunities opportunities;

    @Autowired
    Categories categories;

    @Autowired
    Documents documents;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

    @Autowired
    MockMvc mvc;

    @Test
    void theBuyerSeesLocalSuppliersOfTheSameDivisionAndInvitesOne() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Matching Council");
        String buyerEmail = people.person("matching", buyer, Role.BUYER);
        long mowers = people.organisation(OrganisationKind.SUPPLIER, "Local Mowers");
        String mowersAdmin = people.person("mowers", mowers, Role.SUPPLIER, Role.ORG_ADMIN);
        long printers = people.organisation(OrganisationKind.SUPPLIER, "Local Printers");
        categories.add(mowers, "77311000");
        categories.add(printers, "79810000");
        long id = pipeline.createDraft(buyer, Drafts.contract("Verges"));
        opportunities.moveTo(id, OpportunityStatus.OPEN);

        String page = mvc.perform(
                        get("/opportunities/" + id + "/local-suppliers").with(people.signedIn(buyerEmail)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Local Mowers").doesNotContain("Local Printers");

        mvc.perform(post("/opportunities/" + id + "/local-suppliers/" + mowers + "/invite")
                        .with(csrf())
                        .with(people.signedIn(buyerEmail)))
                .andExpect(flash().attribute("notice", "opp.invite.sent"));
        assertThat(outbox.latestBodyTo(mowersAdmin)).contains("Verges").contains("/opportunities/" + id);
        mvc.perform(post("/opportunities/" + id + "/local-suppliers/" + printers + "/invite")
                        .with(csrf())
                        .with(people.signedIn(buyerEmail)))
                .andExpect(flash().attribute("warning", "opp.invite.refused"));
    }

    @Test
    void documentsAreCheckedForTypeAndSizeAndDownloadOnlyWhereTheOpportunityIsVisible() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Documenting Council");
        String buyerEmail = people.person("documenting", buyer, Role.BUYER);
        long id = pipeline.createDraft(buyer, Drafts.contract("Documented"));

        mvc.perform(multipart("/opportunities/" + id + "/documents")
                        .file(new MockMultipartFile("file", "run.exe", "application/octet-stream", new byte[] {1}))
                        .with(csrf())
                        .with(people.signedIn(buyerEmail)))
                .andExpect(flash().attribute("documentProblem", "opp.document.type"));
        mvc.perform(multipart("/opportunities/" + id + "/documents")
                        .file(new MockMultipartFile("file", "spec.pdf", "application/pdf", "%PDF-1.7".getBytes()))
                        .with(csrf())
                        .with(people.signedIn(buyerEmail)))
                .andExpect(flash().attribute("notice", "opp.document.added"));
        long documentId = documents.of(id).get(0).id();

        mvc.perform(get("/opportunities/" + id + "/documents/" + documentId)).andExpect(status().isNotFound());
        opportunities.moveTo(id, OpportunityStatus.PLANNED);
        mvc.perform(get("/opportunities/" + id + "/documents/" + documentId)).andExpect(status().isOk());
        assertThat(Documents.problem("huge.pdf", Documents.MAX_BYTES + 1L)).isEqualTo("opp.document.tooBig");
    }
}
