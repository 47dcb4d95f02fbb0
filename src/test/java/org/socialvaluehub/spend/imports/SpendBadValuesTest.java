package org.socialvaluehub.spend.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.spend.SpendTestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Periods and columns no page can use are refused with a plain message, never a 500, and change nothing. */
@HubTest
class SpendBadValuesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQuarterOrYearNoDashboardCanShowAnswers400WithAPlainMessage() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Quarter Council");
        String email = people.person("quarter-buyer", buyer, Role.BUYER);
        String coordinator = people.coordinator();
        String[] buyers = {
            "/spend?buyer=" + buyer + "&year=2025&quarter=9",
            "/spend/export.csv?buyer=" + buyer + "&quarter=-3",
            "/spend?buyer=" + buyer + "&year=999999999"
        };
        String[] partnership = {"/spend/partnership?year=2025&quarter=9", "/spend/partnership/export.csv?quarter=-3"};
        for (String url : buyers) {
            assertRefused(mvc.perform(get(url).with(people.signedIn(email)))
                    .andReturn()
                    .getResponse());
        }
        for (String url : partnership) {
            assertRefused(mvc.perform(get(url).with(people.signedIn(coordinator)))
                    .andReturn()
                    .getResponse());
        }
    }

    @Test
    void columnsThatAreNotInTheFileAreRefusedOnTheFormAndNothingIsSaved() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Column Council");
        String email = people.person("column-buyer", buyer, Role.BUYER);
        MockMultipartFile file = new MockMultipartFile(
                "file", "u.csv", "text/csv", Files.readAllBytes(SpendTestFiles.sample("utf8-bom.csv")));
        String mapping = mvc.perform(multipart("/spend/import")
                        .file(file)
                        .param("buyer", String.valueOf(buyer))
                        .with(csrf())
                        .with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(mapping.replaceAll("\\D", ""));
        for (String column : new String[] {"columnX", "column-1", "column99999999999", "column0"}) {
            MockHttpServletResponse response = mvc.perform(post(mapping)
                            .param(column, "amount")
                            .param("column1", "date")
                            .param("column2", "supplierName")
                            .with(csrf())
                            .with(people.signedIn(email)))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(column).isEqualTo(200);
            assertThat(Jsoup.parse(response.getContentAsString())
                            .select(".govuk-error-summary")
                            .text())
                    .contains("Choose the kind of information for the columns listed in the table");
        }
        assertThat(jdbc.sql("select count(*) from spend_upload where id = :id and mapping is not null")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static void assertRefused(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString()).select("#reason").text())
                .isEqualTo("Choose a quarter from 1 to 4 (or the whole year) and a financial year from 1990 to 2100.");
    }
}
