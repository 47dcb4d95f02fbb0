package org.socialvaluehub.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Payees who may be people are flagged before import, withheld when the buyer says so, and never named on dashboards.
 */
@HubTest
class PeopleInSpendTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theImportPreviewFlagsSoleTraderLikePayeesAndSensitiveExpenseTypes() throws Exception {
        Upload upload = upload("Flagging Council");

        Document preview =
                Jsoup.parse(mvc.perform(get(upload.path() + "/preview").with(people.signedIn(upload.email())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(preview.select("#people-in-file input[name=withholdPayee]").eachAttr("value"))
                .containsExactlyInAnyOrder("mrs j smith", "oneill patrick");
        assertThat(preview.select("#people-in-file input[name=withholdType]").eachAttr("value"))
                .containsExactlyInAnyOrder("care packages adults", "foster care allowance");
        assertThat(preview.select("#people-in-file input:not([checked])")).isEmpty();
        assertThat(preview.select("#people-in-file label").eachText())
                .contains(
                        "Mrs J Smith: 2 lines, £1,200.00",
                        "Every payee under “Care Packages - Adults”: 1 line, £2,400.00");
    }

    @Test
    void withheldPayeesAreStoredRedactedWithoutTheirNameAndTheirMoneyStaysInTheTotals() throws Exception {
        Upload upload = upload("Withholding Council");

        mvc.perform(post(upload.path() + "/import")
                .with(csrf())
                .with(people.signedIn(upload.email()))
                .param("withholdPayee", "mrs j smith")
                .param("withholdType", "care packages adults"));

        List<String> named = jdbc.sql("select supplier_name from spend_line where buyer_id = :b and not redacted")
                .param("b", upload.buyer())
                .query(String.class)
                .list();
        assertThat(named)
                .contains("O'NEILL PATRICK", "Acme Office Supplies Ltd", "Sunrise Fostering")
                .noneMatch(name -> name.toLowerCase().contains("mrs j smith") || name.equals("Riverside Homes"));
        assertThat(jdbc.sql("select count(*) from spend_line where buyer_id = :b and redacted and supplier_name = ''")
                        .param("b", upload.buyer())
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select sum(amount_pence) from spend_line where buyer_id = :b")
                        .param("b", upload.buyer())
                        .query(Long.class)
                        .single())
                .isEqualTo(1_240_000L);
    }

    @Test
    void aPayeeWhoReadsLikeAPersonIsNeverNamedOnTheDashboardOrInItsExport() throws Exception {
        Upload upload = upload("Dashboard Council");
        mvc.perform(post(upload.path() + "/import").with(csrf()).with(people.signedIn(upload.email())));

        String page = mvc.perform(get("/spend?buyer=" + upload.buyer()).with(people.signedIn(upload.email())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String csv = mvc.perform(
                        get("/spend/export.csv?buyer=" + upload.buyer()).with(people.signedIn(upload.email())))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Acme Office Supplies Ltd", "An individual (name withheld)")
                .doesNotContainIgnoringCase("O&#39;NEILL")
                .doesNotContainIgnoringCase("O'NEILL")
                .doesNotContainIgnoringCase("j smith");
        assertThat(csv)
                .contains("individual (name withheld)")
                .doesNotContainIgnoringCase("neill")
                .doesNotContainIgnoringCase("j smith");
    }

    private record Upload(long buyer, String email, String path) {}

    private Upload upload(String council) throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, council);
        String email = people.person("people-buyer", buyer, Role.BUYER);
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "people-in-payees.csv",
                "text/csv",
                Files.readAllBytes(SpendTestFiles.sample("people-in-payees.csv")));
        String mapping = mvc.perform(multipart("/spend/import")
                        .file(file)
                        .param("buyer", String.valueOf(buyer))
                        .with(csrf())
                        .with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return new Upload(buyer, email, mapping.replace("/mapping", ""));
    }
}
