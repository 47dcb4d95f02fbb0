package org.socialvaluehub.organisations.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.DirectoryFixtures;
import org.socialvaluehub.organisations.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinators' credentials queue: paged, and filtered by status, type and organisation name. */
@HubTest
class CredentialQueueTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    DirectoryFixtures fixtures;

    private MockHttpServletResponse get(String path, String email) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(people.signedIn(email)))
                .andReturn()
                .getResponse();
    }

    private Document page(String path, String email) throws Exception {
        return Jsoup.parse(get(path, email).getContentAsString());
    }

    @Test
    void theQueueIsPagedAndFiltersByOrganisationNameTypeAndStatus() throws Exception {
        String tag = "Queuewort" + System.nanoTime();
        for (int i = 0; i < CredentialQueue.PAGE_SIZE + 3; i++) {
            long org = people.organisation(OrganisationKind.SUPPLIER, tag + " Supplier " + i);
            fixtures.credential(org, i % 2 == 0 ? "REAL_LIVING_WAGE" : "B_CORP", i == 0);
        }
        String coordinator = people.coordinator();

        Document first = page("/coordinator/credentials?organisation=" + tag, coordinator);
        assertThat(first.select("#queue-count").text()).isEqualTo((CredentialQueue.PAGE_SIZE + 2) + " credentials");
        assertThat(first.select(".govuk-summary-card")).hasSize(CredentialQueue.PAGE_SIZE);
        assertThat(first.select(".govuk-pagination__next a").attr("href"))
                .isEqualTo("/coordinator/credentials?organisation=" + tag + "&page=2");

        Document second = page("/coordinator/credentials?organisation=" + tag + "&page=2", coordinator);
        assertThat(second.select(".govuk-summary-card")).hasSize(2);
        assertThat(second.select(".govuk-pagination__item--current").text()).isEqualTo("2");

        Document livingWage =
                page("/coordinator/credentials?organisation=" + tag + "&type=REAL_LIVING_WAGE", coordinator);
        assertThat(livingWage.select(".govuk-summary-card__title").eachText())
                .hasSize(CredentialQueue.PAGE_SIZE / 2 + 1)
                .allMatch(title -> title.contains("Real Living Wage"));

        Document verified = page("/coordinator/credentials?organisation=" + tag + "&status=verified", coordinator);
        assertThat(verified.select(".govuk-summary-card__title").eachText())
                .singleElement()
                .satisfies(title ->
                        assertThat(title).startsWith(tag + " Supplier 0 ").endsWith("Real Living Wage employer"));
    }

    @Test
    void verifyingFromAFilteredPageComesBackToTheSameFilterAndPage() throws Exception {
        String tag = "Backwort" + System.nanoTime();
        long org = people.organisation(OrganisationKind.SUPPLIER, tag + " Bakery");
        long credential = fixtures.credential(org, "B_CORP", false);

        String back = mvc.perform(post("/coordinator/credentials/" + credential + "/verify")
                        .with(csrf())
                        .with(people.signedIn(people.coordinator()))
                        .param("type", "B_CORP")
                        .param("organisation", tag + " Bakery")
                        .param("page", "2"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(back).isEqualTo("/coordinator/credentials?type=B_CORP&organisation=" + tag + "%20Bakery&page=2");
    }

    @Test
    void anUnknownStatusIsRefusedWithAPlainMessage() throws Exception {
        MockHttpServletResponse response = get("/coordinator/credentials?status=LOST", people.coordinator());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Choose a status from the list");
    }
}
