package org.socialvaluehub.organisations.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.DirectoryFixtures;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The public directory pages, the CSV export and the JSON API, seen by an anonymous visitor. */
@HubTest
class DirectoryPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    People people;

    @Test
    void listsResultsWithFacetsAndLinksToPublicProfiles() throws Exception {
        String token = "gluon" + System.nanoTime();
        long id = fixtures.supplier(
                "Otterbrook Joinery " + token, LegalForm.CIC, SizeBand.MICRO, "OX14 3DB", "Benches " + token);
        Document page = Jsoup.parse(body("/directory?q=" + token));
        assertThat(page.select("h2#results-heading").text()).isEqualTo("1 organisation");
        assertThat(page.select(".svh-result a").attr("href")).isEqualTo("/directory/" + id);
        assertThat(page.select("label[for^=legalForm-]").eachText()).contains("Community interest company (CIC) (1)");
        assertThat(page.select("legend").eachText()).contains("Type of organisation", "Size");
        assertThat(page.select(".svh-result p").first().text())
                .isEqualTo("Community interest company (CIC) · Micro (fewer than 10 staff) · OX14 Inside the area");
        assertThat(page.select(".svh-result p").last().text()).isEqualTo("Benches " + token);

        Document near = Jsoup.parse(body("/directory?q=" + token + "&sort=distance&postcode=OX14"));
        assertThat(near.select(".svh-result span").eachText()).contains("0.0 km away");
        assertThat(page.select("#directory-map")).isEmpty();

        Document map = Jsoup.parse(body("/directory?q=" + token + "&view=map"));
        assertThat(map.select("#directory-districts tr[data-district=OX14]").attr("data-count"))
                .isEqualTo("1");
        assertThat(map.select("#directory-map").hasAttr("hidden")).isTrue();
    }

    @Test
    void aPageFarPastAnyListAnswers400WithAPlainMessage() throws Exception {
        MockHttpServletResponse page =
                mvc.perform(get("/directory?page=107374184")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(page.getContentAsString()).select("#reason").text())
                .isEqualTo("Choose a page number from 1 to 10000.");

        MockHttpServletResponse api = mvc.perform(get("/api/v1/organisations?page=107374184"))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.getContentAsString())
                .contains("\"status\":400", "Choose a page number from 1 to 10000.")
                .doesNotContain("Exception", "SQL");
    }

    @Test
    void publicProfileShowsPublicFactsButNoPeople() throws Exception {
        long id = fixtures.supplier(
                "Kingfisher Catering Ltd", LegalForm.COMPANY, SizeBand.SMALL, "OX4 2JY", "Hot meals", "55520000");
        String email = people.person("hidden-person", id, Role.SUPPLIER, Role.ORG_ADMIN);
        fixtures.credential(id, "B_CORP", true);
        String html = body("/directory/" + id);
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("Kingfisher Catering Ltd");
        assertThat(page.text())
                .contains(
                        "55520000-1 Catering services",
                        "B Corp",
                        "Verified",
                        "Inside the area",
                        "OX4",
                        "Website Not given");
        assertThat(html).doesNotContain(email).doesNotContain("OX4 2JY");
    }

    @Test
    void exportsTheResultSetAsCsvWithFormulasNeutralised() throws Exception {
        String token = "boson" + System.nanoTime();
        fixtures.supplier(
                "=HYPERLINK(\"x\") " + token, LegalForm.COMPANY, SizeBand.SMALL, "OX1 1AA", "-2 offers " + token);
        MockHttpServletResponse response =
                mvc.perform(get("/directory/export.csv?q=" + token)).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(response.getContentType()).startsWith("text/csv");
        String csv = response.getContentAsString();
        assertThat(csv).startsWith("id,name,legal_form").contains("'=HYPERLINK").contains("'-2 offers");
        assertThat(csv.lines().count()).isEqualTo(2);
    }

    @Test
    void theCsvExportIsLimitedPerClient() throws Exception {
        String client = org.socialvaluehub.accounts.Clients.uniqueAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(mvc.perform(get("/directory/export.csv?q=nothing")
                                    .with(org.socialvaluehub.accounts.Clients.from(client)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
        }
        MockHttpServletResponse refused = mvc.perform(
                        get("/directory/export.csv?q=nothing").with(org.socialvaluehub.accounts.Clients.from(client)))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 600L);
        assertThat(mvc.perform(get("/directory/export.csv?q=nothing")
                                .with(org.socialvaluehub.accounts.Clients.from(
                                        org.socialvaluehub.accounts.Clients.uniqueAddress())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void jsonApiTakesTheSameFilters() throws Exception {
        String token = "lepton" + System.nanoTime();
        long id = fixtures.supplier(
                "Saltway Print " + token, LegalForm.COMPANY, SizeBand.SMALL, "OX16 9AA", token, "79810000");
        fixtures.supplier("Saltway Paint " + token, LegalForm.CHARITY, SizeBand.SMALL, "OX16 9AA", token);
        String json = body("/api/v1/organisations?q=" + token + "&legalForm=COMPANY");
        assertThat(json)
                .contains("\"total\":1")
                .contains("\"name\":\"Saltway Print " + token + "\"")
                .contains("\"legalForm\":{")
                .contains("\"CHARITY\":1");
        String profile = body("/api/v1/organisations/" + id);
        assertThat(profile).contains("\"cpvCodes\":[{\"code\":\"79810000-5\"").contains("\"locality\":\"INSIDE\"");
        assertThat(mvc.perform(get("/api/v1/organisations/999999999"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private String body(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }
}
