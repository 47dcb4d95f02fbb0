package org.socialvaluehub.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class SpendWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Test
    void aBuyerUploadsConfirmsColumnsPreviewsAndImports() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Web Council");
        String email = people.person("web-buyer", buyer, Role.BUYER);
        MockMultipartFile file = new MockMultipartFile(
                "file", "drifting.csv", "text/csv", Files.readAllBytes(SpendTestFiles.sample("drifting-headers.csv")));
        String mapping = mvc.perform(multipart("/spend/import")
                        .file(file)
                        .param("buyer", String.valueOf(buyer))
                        .with(csrf())
                        .with(people.signedIn(email)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var page = Jsoup.parse(mvc.perform(get(mapping).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("select#column10 option[selected]").attr("value"))
                .isEqualTo("amount");

        var form = post(mapping).with(csrf()).with(people.signedIn(email));
        for (var select : page.select("select[name^=column]")) {
            form = form.param(
                    select.attr("name"), select.select("option[selected]").attr("value"));
        }
        String preview = mvc.perform(form)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(mvc.perform(get(preview).with(people.signedIn(email)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Home Farm Partnership", "Accepted");

        String importPath = preview.replace("/preview", "/import");
        String statusPath = mvc.perform(post(importPath).with(csrf()).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(mvc.perform(get(statusPath).with(people.signedIn(email)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Import complete");
    }

    @Test
    void aMappingWithoutTheAmountIsRefused() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Strict Council");
        String email = people.person("strict-buyer", buyer, Role.BUYER);
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
        String page = mvc.perform(post(mapping)
                        .param("column1", "supplierName")
                        .param("column2", "date")
                        .with(csrf())
                        .with(people.signedIn(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Choose the columns that hold the date, the amount and the supplier name");
    }

    @Test
    void anotherBuyersUploadIsRefused() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Owner Council");
        long other = people.organisation(OrganisationKind.BUYER, "Nosy Council");
        String owner = people.person("owner-buyer", buyer, Role.BUYER);
        String nosy = people.person("nosy-buyer", other, Role.BUYER);
        MockMultipartFile file = new MockMultipartFile(
                "file", "u.csv", "text/csv", Files.readAllBytes(SpendTestFiles.sample("utf8-bom.csv")));
        String mapping = mvc.perform(multipart("/spend/import")
                        .file(file)
                        .param("buyer", String.valueOf(buyer))
                        .with(csrf())
                        .with(people.signedIn(owner)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(mapping).with(people.signedIn(nosy))).andExpect(status().isForbidden());
        mvc.perform(get("/spend?buyer=" + buyer).with(people.signedIn(nosy))).andExpect(status().isForbidden());
    }

    @Test
    void theCsvExportNeutralisesFormulae() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Export Council");
        String email = people.person("export-buyer", buyer, Role.BUYER);
        importRows(buyer, email, """
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,Formula Ltd,=HYPERLINK("http://x"),10.00
            """);
        String csv = mvc.perform(
                        get("/spend/export.csv?year=2024&buyer=" + buyer).with(people.signedIn(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    void aYearWithNoSupplierWeCanPlaceShowsNotEnoughDataInsteadOfAnLm3() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Unplaced Council");
        String email = people.person("unplaced-buyer", buyer, Role.BUYER);
        importRows(buyer, email, """
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,Nobody In The Directory Ltd,Cleaning,125.00
            """);

        String page = mvc.perform(get("/spend?year=2024&buyer=" + buyer).with(people.signedIn(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String csv = mvc.perform(
                        get("/spend/export.csv?year=2024&buyer=" + buyer).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(page).text())
                .contains("Not enough supplier data")
                .doesNotContain("LM3 1.00")
                .contains("0% of influenceable supplier spend");
        assertThat(csv).contains("not enough supplier data");
    }

    private void importRows(long buyer, String email, String rows) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "f.csv", "text/csv", rows.getBytes());
        String mapping = mvc.perform(multipart("/spend/import")
                        .file(file)
                        .param("buyer", String.valueOf(buyer))
                        .with(csrf())
                        .with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(mapping.replace("/mapping", "/import")).with(csrf()).with(people.signedIn(email)));
    }
}
