package org.socialvaluehub.spend.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.spend.core.XlsxFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A spend file we cannot read is explained in the person's words, never with a reader's exception text. */
@HubTest
class SpendFileMessagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @TempDir
    Path folder;

    @Test
    void aFileWeCannotReadIsExplainedInPlainWords() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Entity Council");
        String email = people.person("entity-buyer", buyer, Role.BUYER);
        byte[] workbook = Files.readAllBytes(XlsxFixtures.withExternalEntity(folder.resolve("xxe.xlsx")));
        String mapping = mvc.perform(multipart("/spend/import")
                        .file(new MockMultipartFile("file", "xxe.xlsx", "application/octet-stream", workbook))
                        .param("buyer", String.valueOf(buyer))
                        .with(csrf())
                        .with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String page = Jsoup.parse(mvc.perform(get(mapping).with(people.signedIn(email)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select(".govuk-warning-text")
                .text();
        assertThat(page)
                .contains("This spreadsheet contains features we do not read (external entities). "
                        + "Save it again as a plain .xlsx or CSV.")
                .doesNotContain("com.", "Exception", "passwd");

        String empty = mvc.perform(multipart("/spend/import")
                        .file(new MockMultipartFile("file", "spend.csv", "text/csv", new byte[0]))
                        .param("buyer", String.valueOf(buyer))
                        .with(csrf())
                        .with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(empty).select(".govuk-error-summary").text())
                .contains("The selected file is empty")
                .doesNotContain("Choose a spend file to upload");
    }
}
