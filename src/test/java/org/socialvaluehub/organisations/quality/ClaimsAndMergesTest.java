package org.socialvaluehub.organisations.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.DirectoryFixtures;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.OrganisationFacts;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.organisations.core.DuplicateDetection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Claiming a demo profile, and finding and merging duplicates. */
@HubTest
class ClaimsAndMergesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationFacts facts;

    @Autowired
    Duplicates duplicates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Merges merges;

    @Test
    void approvedClaimMakesTheClaimantSupplierAndAdmin() throws Exception {
        long id = fixtures.supplier(
                "Claimable Bakery " + System.nanoTime(), LegalForm.COMPANY, SizeBand.MICRO, "OX4 2JY", "Bread");
        String claimant = people.person("claimant", null);
        mvc.perform(post("/directory/" + id + "/claim")
                .param("message", "I am the owner")
                .with(csrf())
                .with(people.signedIn(claimant)));
        long claim = jdbc.sql("select id from org_claim where organisation_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(mvc.perform(get("/organisations/" + id).with(people.signedIn(claimant)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        String coordinator = people.coordinator();
        assertThat(mvc.perform(get("/coordinator/claims").with(people.signedIn(coordinator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("I am the owner");
        mvc.perform(
                post("/coordinator/claims/" + claim + "/approve").with(csrf()).with(people.signedIn(coordinator)));

        assertThat(mvc.perform(get("/organisations/" + id + "/profile").with(people.signedIn(claimant)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/directory/" + id))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Claim this profile");
    }

    @Test
    void findsDuplicatesAndMergesKeepingTheSurvivorAndHistory() throws Exception {
        String suffix = String.valueOf(System.nanoTime());
        long survivor = fixtures.supplier(
                "Green Cleaning " + suffix + " Ltd", LegalForm.COMPANY, SizeBand.SMALL, "M1 1AE", "Clean");
        long merged = fixtures.supplier(
                "GREEN CLEANING " + suffix + " LIMITED",
                LegalForm.COMPANY,
                SizeBand.SMALL,
                "OX14 3DB",
                "Clean too",
                "90910000");
        fixtures.credential(merged, "B_CORP", true);
        String member = people.person("merged-member", merged, org.socialvaluehub.shared.Role.SUPPLIER);
        assertThat(duplicates.find())
                .contains(new DuplicateDetection.Pair(survivor, merged, DuplicateDetection.Reason.SAME_NAME));

        mvc.perform(post("/coordinator/duplicates/merge")
                .param("first", String.valueOf(survivor))
                .param("second", String.valueOf(merged))
                .param("survivor", String.valueOf(survivor))
                .with(csrf())
                .with(people.signedIn(people.coordinator())));
        merges.awaitModules(merged);

        assertThat(organisations.find(merged)).isEmpty();
        assertThat(facts.cpvCodes(survivor)).extracting(e -> e.digits()).containsExactly("90910000");
        assertThat(facts.verifiedCredentials(survivor))
                .extracting(c -> c.typeCode())
                .containsExactly("B_CORP");
        assertThat(facts.profile(survivor).orElseThrow().details().tradingNames())
                .containsExactly("GREEN CLEANING " + suffix + " LIMITED");
        assertThat(jdbc.sql("select merged_name from org_merge_history where survivor_id = :id")
                        .param("id", survivor)
                        .query(String.class)
                        .single())
                .isEqualTo("GREEN CLEANING " + suffix + " LIMITED");
        assertThat(mvc.perform(get("/organisations/" + survivor).with(people.signedIn(member)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}
