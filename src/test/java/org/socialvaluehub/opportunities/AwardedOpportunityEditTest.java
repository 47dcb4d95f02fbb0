package org.socialvaluehub.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** An awarded opportunity keeps the details it was decided on: no edit form, no edit link, nothing saved. */
@HubTest
class AwardedOpportunityEditTest {

    @Autowired
    Pipeline pipeline;

    @Autowired
    Opportunities opportunities;

    @Autowired
    People people;

    @Autowired
    MockMvc mvc;

    @Test
    void anAwardedOpportunityRefusesItsEditFormWithAMessageAndSavesNothing() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Settled Council");
        String email = people.person("settled", buyer, Role.BUYER);
        long id = pipeline.createDraft(buyer, Drafts.contract("Awarded cleaning"));
        for (OpportunityStatus s : new OpportunityStatus[] {
            OpportunityStatus.OPEN, OpportunityStatus.CLOSED, OpportunityStatus.EVALUATED, OpportunityStatus.AWARDED
        }) {
            opportunities.moveTo(id, s);
        }

        MockHttpServletResponse form = mvc.perform(
                        get("/opportunities/" + id + "/edit").with(people.signedIn(email)))
                .andReturn()
                .getResponse();
        MockHttpServletResponse saved = mvc.perform(post("/opportunities/" + id + "/edit")
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("title", "Changed after the award")
                        .param("kind", "CONTRACT"))
                .andReturn()
                .getResponse();

        assertThat(form.getStatus()).isEqualTo(409);
        assertThat(saved.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(saved.getContentAsString()).select("#refusal").text())
                .contains("has been awarded or cancelled");
        assertThat(pipeline.details(id).orElseThrow().title()).isEqualTo("Awarded cleaning");
        String page = mvc.perform(get("/opportunities/" + id).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select("a[href$=/edit]")).isEmpty();
    }
}
