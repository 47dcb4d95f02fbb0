package org.socialvaluehub.organisations.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.Credential;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Claiming credentials with evidence files: what is refused, how files are served and to whom. */
@HubTest
class CredentialEvidenceTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Credentials credentials;

    @Autowired
    JdbcClient jdbc;

    private long supplier;
    private String admin;

    @BeforeEach
    void supplier() {
        supplier = people.organisation(OrganisationKind.SUPPLIER, "Evidence Supplier");
        admin = people.person("evidence-admin", supplier, Role.SUPPLIER, Role.ORG_ADMIN);
    }

    @Test
    void storesAPdfAndServesItAsAnAttachmentOnlyToItsPeopleAndCoordinators() throws Exception {
        assertThat(upload(
                                new MockMultipartFile("evidenceFile", "../certificate <1>.pdf", "application/pdf", PDF),
                                LocalDate.now().plusYears(1))
                        .getRedirectedUrl())
                .isEqualTo("/organisations/" + supplier + "/credentials");
        Credential credential = credentials.of(supplier).get(0);
        assertThat(credential.status()).isEqualTo(Credential.Status.CLAIMED);
        assertThat(credential.evidenceFileName()).isEqualTo("certificate 1.pdf");
        String url = "/organisations/" + supplier + "/credentials/" + credential.id() + "/evidence";

        MockHttpServletResponse file =
                mvc.perform(get(url).with(people.signedIn(admin))).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"certificate 1.pdf\"");
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);

        long other = people.organisation(OrganisationKind.SUPPLIER, "Evidence Other");
        String stranger = people.person("evidence-stranger", other, Role.SUPPLIER, Role.ORG_ADMIN);
        assertThat(mvc.perform(get(url).with(people.signedIn(stranger)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getRedirectedUrl())
                .contains("/sign-in");
        assertThat(mvc.perform(get(url).with(people.signedIn(people.coordinator())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        String colleague = people.person("evidence-colleague", supplier, Role.SUPPLIER);
        assertThat(mvc.perform(get(url).with(people.signedIn(colleague)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/organisations/" + other + "/credentials/" + credential.id() + "/evidence")
                                .with(people.signedIn(stranger)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void evidenceIsReadOnlyByCoordinatorsOfTheDirectoryAndEveryReadIsInTheAuditLog() throws Exception {
        upload(
                new MockMultipartFile("evidenceFile", "certificate.pdf", "application/pdf", PDF),
                LocalDate.now().plusYears(1));
        Credential credential = credentials.of(supplier).get(0);
        String url = "/organisations/" + supplier + "/credentials/" + credential.id() + "/evidence";
        String directory = people.coordinator(CoordinatorRole.DIRECTORY);

        assertThat(mvc.perform(get(url).with(people.signedIn(
                                people.coordinator(CoordinatorRole.REPORTING, CoordinatorRole.PLATFORM))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get(url).with(people.signedIn(directory)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        assertThat(jdbc.sql("""
                select detail from account_audit_event where event_type = 'SENSITIVE_RECORD_READ' and email = :email
                """).param("email", directory).query(String.class).list())
                .containsExactly("credential evidence " + credential.id() + " of organisation " + supplier);
    }

    @Test
    void refusesAFileThatIsNotReallyAPdfOrAnImage() throws Exception {
        MockHttpServletResponse response = upload(
                new MockMultipartFile(
                        "evidenceFile",
                        "certificate.pdf",
                        "application/pdf",
                        "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
                LocalDate.now().plusYears(1));
        assertThat(errors(response)).contains("The evidence file must be a PDF, PNG or JPEG");
        assertThat(credentials.of(supplier)).isEmpty();
    }

    @Test
    void refusesAFileOverTenMegabytes() throws Exception {
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        MockHttpServletResponse response = upload(
                new MockMultipartFile("evidenceFile", "big.pdf", "application/pdf", big),
                LocalDate.now().plusYears(1));
        assertThat(errors(response)).contains("The evidence file must be 10 MB or smaller");
        assertThat(credentials.of(supplier)).isEmpty();
    }

    @Test
    void refusesAnExpiryDateInThePastAndMissingEvidence() throws Exception {
        MockHttpServletResponse response = upload(
                new MockMultipartFile("evidenceFile", "", "application/octet-stream", new byte[0]),
                LocalDate.now().minusDays(1));
        assertThat(errors(response))
                .contains(
                        "The expiry date must be today or in the future",
                        "Upload an evidence file or give a link to the evidence");
        assertThat(credentials.of(supplier)).isEmpty();
    }

    @Test
    void onlyAdminsMayClaimCredentials() throws Exception {
        String colleague = people.person("evidence-member", supplier, Role.SUPPLIER);
        int status = mvc.perform(multipart("/organisations/" + supplier + "/credentials")
                        .file(new MockMultipartFile("evidenceFile", "c.pdf", "application/pdf", PDF))
                        .param("typeCode", "B_CORP")
                        .param("expiresOn", LocalDate.now().plusYears(1).toString())
                        .with(csrf())
                        .with(people.signedIn(colleague)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
    }

    private MockHttpServletResponse upload(MockMultipartFile file, LocalDate expires) throws Exception {
        return mvc.perform(multipart("/organisations/" + supplier + "/credentials")
                        .file(file)
                        .param("typeCode", "REAL_LIVING_WAGE")
                        .param("expiresOn", expires.toString())
                        .with(csrf())
                        .with(people.signedIn(admin)))
                .andReturn()
                .getResponse();
    }

    private static List<String> errors(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString())
                .select(".govuk-error-summary__list a")
                .eachText();
    }
}
