package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The privacy notice explains each purpose honestly, quotes the retention schedule, and every form links to it. */
@HubTest
class PrivacyNoticeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Evaluations evaluations;

    @Test
    void explainsEachPurposeWithItsLawfulBasisRecipientsAndRetention() throws Exception {
        Document notice = render(get("/privacy"));

        for (String purpose : new String[] {"accounts", "directory", "bids", "spend", "engagement", "delivery"}) {
            assertThat(notice.select("h2#" + purpose)).as(purpose).hasSize(1);
        }
        assertThat(notice.text())
                .contains("Public task", "Procurement Act 2023, section 98", "Information Commissioner");
        assertThat(notice.select("li[data-category=mail-outbox]").text()).endsWith(": 7 days");
        assertThat(notice.select("li[data-category=audit-ip-addresses]").text()).endsWith(": 12 months");
        assertThat(notice.select("li[data-category=losing-bids]").text()).endsWith(": 3 years");
        assertThat(notice.select("li[data-category=credential-evidence]").text())
                .endsWith(": 6 months");
        assertThat(notice.select("#map-tiles").text()).contains("OpenStreetMap", "IP");
    }

    @Test
    void namesTheControllersAndHowToContactThem() throws Exception {
        Document notice = render(get("/privacy"));

        assertThat(notice.select("#controllers ~ p").text())
                .contains("The Oxfordshire Inclusive Economy Partnership runs this service", "Each buyer organisation");
        assertThat(notice.select("#contact").text()).contains("dataprotection@partnership.example");
        assertThat(notice.select("#dpo").text()).contains("dpo@council.example");
    }

    @Test
    void registrationSupportSpendCredentialAndBidFormsLinkToThePrivacyNotice() throws Exception {
        assertThat(privacyLinks(render(get("/register")))).contains("/privacy#accounts");

        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Privacy Supplier");
        String admin = people.person("privacy-admin", supplier, Role.SUPPLIER, Role.ORG_ADMIN);
        assertThat(privacyLinks(render(get("/support/new").with(people.signedIn(admin)))))
                .contains("/privacy#engagement");
        assertThat(privacyLinks(render(
                        get("/organisations/" + supplier + "/credentials").with(people.signedIn(admin)))))
                .contains("/privacy#directory");

        long buyer = people.organisation(OrganisationKind.BUYER, "Privacy Council");
        String buyerEmail = people.person("privacy-buyer", buyer, Role.BUYER);
        assertThat(privacyLinks(render(get("/spend/import").with(people.signedIn(buyerEmail)))))
                .contains("/privacy#spend");

        Evaluations.Scenario s = evaluations.openWithBids(Instant.now().plusSeconds(3600));
        assertThat(privacyLinks(render(get("/evaluations/" + s.opportunityId() + "/bid")
                        .with(people.signedIn(s.supplierEmails().get(0))))))
                .contains("/privacy#bids");
    }

    @Test
    void uploadFormsWarnAgainstFilesAboutIndividualPeople() throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Warned Supplier");
        String admin = people.person("warned-admin", supplier, Role.SUPPLIER, Role.ORG_ADMIN);
        assertThat(render(get("/organisations/" + supplier + "/credentials").with(people.signedIn(admin)))
                        .select(".svh-personal-data-warning")
                        .text())
                .contains("Do not upload CVs, staff lists");

        Evaluations.Scenario s = evaluations.openWithBids(Instant.now().plusSeconds(3600));
        assertThat(render(get("/evaluations/" + s.opportunityId() + "/bid")
                                .with(people.signedIn(s.supplierEmails().get(0))))
                        .select(".svh-personal-data-warning")
                        .text())
                .contains("Do not upload CVs, staff lists");

        long buyer = people.organisation(OrganisationKind.BUYER, "Warned Council");
        assertThat(render(get("/spend/import").with(people.signedIn(people.person("warned-buyer", buyer, Role.BUYER))))
                        .select(".svh-personal-data-warning")
                        .text())
                .contains("care packages");
    }

    private static List<String> privacyLinks(Document page) {
        return page.select(".svh-privacy-link a").eachAttr("href");
    }

    private Document render(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl())
                .isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
