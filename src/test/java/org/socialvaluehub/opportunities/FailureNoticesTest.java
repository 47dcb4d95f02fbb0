package org.socialvaluehub.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A step that did not happen is told in an "Important" banner, never in a green "Success" one. */
@HubTest
class FailureNoticesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Test
    void aFailureIsNeverShownAsASuccess() throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Noticing Supplier");
        String email = people.person("noticing", supplier, Role.SUPPLIER);

        mvc.perform(post("/opportunities/alerts/999999999/remove").with(csrf()).with(people.signedIn(email)))
                .andExpect(flash().attribute("warning", "opp.alert.notFound"))
                .andExpect(flash().attributeCount(1));

        var response = mvc.perform(get("/opportunities/alerts")
                        .requestAttr("warning", "opp.invite.noContact")
                        .with(people.signedIn(email)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".govuk-notification-banner--success")).isEmpty();
        assertThat(page.select("#warning .govuk-notification-banner__title").text())
                .isEqualTo("Important");
        assertThat(page.select("#warning").text()).contains("That supplier has no one to e-mail yet.");
    }
}
