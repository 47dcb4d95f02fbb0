package org.socialvaluehub.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.organisations.core.Locality;
import org.socialvaluehub.organisations.profile.Sites;
import org.springframework.beans.factory.annotation.Autowired;

@HubTest
class OrganisationSummariesTest {

    @Autowired
    OrganisationSummaries summaries;

    @Autowired
    Organisations organisations;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    Sites sites;

    @Test
    void summarisesManyOrganisationsWithSitesCategoriesVerifiedCredentialsAndDeclaredShares() {
        String tag = Long.toString(System.nanoTime(), 36);
        long brum = fixtures.supplier(
                "Brum Caterers " + tag, LegalForm.CIC, SizeBand.SMALL, "B1 1AA", "Meals", "55520000-1", "15000000-8");
        sites.add(brum, "Kitchen", "OX4 1AA");
        organisations.updateProfile(
                brum,
                new ProfileChanges(
                        "Brum Caterers " + tag,
                        LegalForm.CIC,
                        SizeBand.SMALL,
                        "B1 1AA",
                        null,
                        null,
                        null,
                        "Meals",
                        List.of(),
                        null,
                        null,
                        30,
                        80));
        fixtures.credential(brum, "REAL_LIVING_WAGE", true);
        fixtures.credential(brum, "B_CORP", false);
        fixtures.credential(brum, "ISO_14001", true, LocalDate.now().minusDays(1));
        long leeds = fixtures.supplier("Leeds Haulage " + tag, LegalForm.COMPANY, SizeBand.LARGE, "LS1 1AA", "Lorries");

        Map<Long, OrganisationSummary> found = summaries.of(List.of(brum, leeds, -5L));

        assertThat(found).containsOnlyKeys(brum, leeds);
        OrganisationSummary b = found.get(brum);
        assertThat(b.locality()).isEqualTo(Locality.INSIDE);
        assertThat(b.mainDistrict()).isEqualTo("B1");
        assertThat(b.siteDistricts()).containsExactly("OX4");
        assertThat(b.districts()).containsExactly("B1", "OX4");
        assertThat(b.cpvCodes()).containsExactly("15000000", "55520000");
        assertThat(b.verifiedCredentialTypes()).isEqualTo(Set.of("REAL_LIVING_WAGE"));
        assertThat(b.declaredShares()).isEqualTo(new DeclaredLocalShares(30, 80));
        assertThat(b.legalForm()).isEqualTo(LegalForm.CIC);
        OrganisationSummary l = found.get(leeds);
        assertThat(l.locality()).isEqualTo(Locality.OUTSIDE);
        assertThat(l.cpvCodes()).isEmpty();
        assertThat(l.verifiedCredentialTypes()).isEmpty();
        assertThat(l.declaredShares().declared()).isFalse();
        assertThat(l.sizeBand()).isEqualTo(SizeBand.LARGE);
    }

    @Test
    void anOrganisationWithoutPostcodeOrSitesHasAnUnknownLocality() {
        long id = organisations.add(new NewOrganisation(
                "Nowhere Ltd " + System.nanoTime(),
                OrganisationKind.SUPPLIER,
                LegalForm.COMPANY,
                SizeBand.MICRO,
                null,
                null,
                null,
                false));

        assertThat(summaries.of(List.of(id)).get(id).locality()).isNull();
    }

    @Test
    void listsEverySuppliersNameAndNumbersButNoBuyers() {
        String tag = Long.toString(System.nanoTime(), 36);
        long supplier = organisations.add(new NewOrganisation(
                "Numbered " + tag,
                OrganisationKind.SUPPLIER,
                LegalForm.COMPANY,
                SizeBand.MICRO,
                "OX1 1BX",
                "0" + tag.substring(0, 7),
                null,
                false));
        long buyer = organisations.add(new NewOrganisation(
                "Buying " + tag,
                OrganisationKind.BUYER,
                LegalForm.PUBLIC_BODY,
                SizeBand.LARGE,
                "OX1 1BX",
                null,
                null,
                false));

        var identities = summaries.supplierIdentities();

        assertThat(identities)
                .contains(new SupplierIdentity(supplier, "Numbered " + tag, "0" + tag.substring(0, 7), null));
        assertThat(identities).noneMatch(i -> i.id() == buyer);
    }
}
