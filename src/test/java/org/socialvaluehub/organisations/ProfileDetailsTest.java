package org.socialvaluehub.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.core.Locality;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Editing the directory details of a profile: identifiers, sector, shares, sites and categories. */
@HubTest
class ProfileDetailsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationFacts facts;

    @Test
    void savesDetailsAndDerivesOrgIdIdentifiers() throws Exception {
        long id = people.organisation(OrganisationKind.SUPPLIER, "Details Supplier");
        String admin = people.person("details-admin", id, Role.SUPPLIER, Role.ORG_ADMIN);
        MockHttpServletResponse response = mvc.perform(
                        profile(id, "OX14 3DB", "1234567", "12345R", "81210", "35%", "80")
                                .with(people.signedIn(admin)))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/organisations/" + id);
        OrganisationProfile profile = facts.profile(id).orElseThrow();
        assertThat(profile.identifiers())
                .extracting(Object::toString)
                .containsExactly("GB-COH-01234567", "GB-MPR-12345R");
        assertThat(profile.details().tradingNames()).containsExactly("Sparkle", "Sparkle Offices");
        assertThat(profile.sicDescription()).isEqualTo("General cleaning of buildings");
        assertThat(facts.declaredLocalShares(id)).isEqualTo(new DeclaredLocalShares(35, 80));
        assertThat(facts.locality(id)).isEqualTo(Locality.INSIDE);
    }

    @Test
    void badInputChangesNothingAndSaysWhatIsWrong() throws Exception {
        long id = people.organisation(OrganisationKind.SUPPLIER, "Careful Supplier");
        String admin = people.person("careful-admin", id, Role.SUPPLIER, Role.ORG_ADMIN);
        Organisation before = organisations.find(id).orElseThrow();
        MockHttpServletResponse response = mvc.perform(
                        profile(id, "ZZ99 9ZZ", "12345678901", "12345RR", "1234X", "120", "x")
                                .with(people.signedIn(admin)))
                .andReturn()
                .getResponse();
        List<String> errors = Jsoup.parse(response.getContentAsString())
                .select(".govuk-error-summary__list a")
                .eachText();
        assertThat(errors)
                .contains(
                        "Enter a company number in the Companies House format, like 01234567 or SC123456",
                        "Enter a mutuals register number of up to 6 digits, with R at the end for a registered"
                                + " society, like 12345R",
                        "Choose a sector from the list",
                        "Enter a whole number from 0 to 100",
                        "The postcode district ZZ99 does not exist. Check the postcode");
        assertThat(organisations.find(id).orElseThrow()).isEqualTo(before);
        assertThat(facts.declaredLocalShares(id).declared()).isFalse();
    }

    @Test
    void aSiteNearerTheAreaMakesTheOrganisationMoreLocal() throws Exception {
        long id = people.organisation(OrganisationKind.SUPPLIER, "Travelling Supplier");
        String admin = people.person("sites-admin", id, Role.SUPPLIER, Role.ORG_ADMIN);
        organisations.updateProfile(
                id,
                new ProfileChanges(
                        "Travelling Supplier", LegalForm.COMPANY, SizeBand.SMALL, "M1 1AE", null, null, null, null));
        assertThat(facts.locality(id)).isEqualTo(Locality.OUTSIDE);
        mvc.perform(post("/organisations/" + id + "/sites")
                .param("name", "Thame depot")
                .param("postcode", "hp18 9ah")
                .with(csrf())
                .with(people.signedIn(admin)));
        assertThat(facts.locality(id)).isEqualTo(Locality.NEIGHBOURING);
        assertThat(facts.sites(id)).extracting(Site::postcode).containsExactly("HP18 9AH");
        MockHttpServletResponse bad = mvc.perform(post("/organisations/" + id + "/sites")
                        .param("name", "Nowhere")
                        .param("postcode", "ZZ99 9ZZ")
                        .with(csrf())
                        .with(people.signedIn(admin)))
                .andReturn()
                .getResponse();
        assertThat(bad.getContentAsString()).contains("The postcode district ZZ99 does not exist");
        assertThat(facts.sites(id)).hasSize(1);
    }

    @Test
    void categoriesAreChosenByCodeWhateverTheCheckDigit() throws Exception {
        long id = people.organisation(OrganisationKind.SUPPLIER, "Category Supplier");
        String admin = people.person("categories-admin", id, Role.SUPPLIER, Role.ORG_ADMIN);
        mvc.perform(post("/organisations/" + id + "/categories")
                .param("code", "90910000-1")
                .with(csrf())
                .with(people.signedIn(admin)));
        assertThat(facts.cpvCodes(id)).extracting(CpvCatalogue.Entry::code).containsExactly("90910000-9");
        mvc.perform(post("/organisations/" + id + "/categories/90910000/remove")
                .with(csrf())
                .with(people.signedIn(admin)));
        assertThat(facts.cpvCodes(id)).isEmpty();
    }

    private static MockHttpServletRequestBuilder profile(
            long id, String postcode, String company, String mutual, String sic, String spend, String wages) {
        return post("/organisations/" + id + "/profile")
                .with(csrf())
                .param("name", "Sparkle Cleaning Ltd")
                .param("legalForm", "COMPANY")
                .param("sizeBand", "SMALL")
                .param("postcode", postcode)
                .param("companyNumber", company)
                .param("mutualNumber", mutual)
                .param("sicCode", sic)
                .param("localSpendShare", spend)
                .param("localWageShare", wages)
                .param("tradingNames", "Sparkle\n\nSparkle Offices\nSparkle");
    }
}
