package org.socialvaluehub.spend.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.organisations.DirectoryFixtures;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.ProfileChanges;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.organisations.profile.Sites;
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.SpendTestFiles;
import org.springframework.beans.factory.annotation.Autowired;

/** Classification from the directory: sites, verified unexpired credentials, declared shares and CPV categories. */
@HubTest
class SpendDirectoryClassificationTest {

    @Autowired
    SpendImports imports;

    @Autowired
    SpendDashboard dashboard;

    @Autowired
    Organisations organisations;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    Sites sites;

    @Test
    void sharesLm3AndShiftsComeFromTheDirectory() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long buyer = organisations.add(new NewOrganisation(
                "Directory Council " + tag,
                OrganisationKind.BUYER,
                LegalForm.PUBLIC_BODY,
                SizeBand.LARGE,
                "OX1 1BX",
                null,
                null,
                false));
        // Registered in Birmingham, works from Witney: local through its site; verified Real Living Wage; declared
        // shares.
        String witney = "Witney Caterers " + tag;
        long caterer = directory.supplier(witney, LegalForm.CIC, SizeBand.SMALL, "B1 1AA", "Meals", "55520000-1");
        sites.add(caterer, "Kitchen", "OX28 4AA");
        organisations.updateProfile(
                caterer,
                new ProfileChanges(
                        witney,
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
                        50,
                        90));
        directory.credential(caterer, "REAL_LIVING_WAGE", true);
        // In Oxford, but its Living Wage credential expired yesterday: not accredited.
        long cleaner =
                directory.supplier("Cowley Cleaning " + tag, LegalForm.COMPANY, SizeBand.LARGE, "OX4 1AA", "Clean");
        directory.credential(cleaner, "REAL_LIVING_WAGE", true, LocalDate.now().minusDays(1));
        directory.supplier("Leeds Canteens " + tag, LegalForm.COMPANY, SizeBand.LARGE, "LS1 1AA", "Food", "55300000-3");
        imports.importFile(buyer, "d.csv", SpendTestFiles.write("""
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,WITNEY CATERERS %1$s,Catering,400.00
            02/05/2024,Cowley Cleaning %1$s Ltd,Cleaning,300.00
            03/05/2024,Leeds Canteens %1$s Limited,Catering,200.00
            04/05/2024,Nobody We Know %1$s,Catering,100.00
            """.formatted(tag)), null, SpendImports.Progress.NONE);

        DashboardView view = dashboard.build(List.of(buyer), new Period(2024, 0));

        assertThat(view.localArea()).isEqualTo(new DashboardView.Share(70_000, 20_000, 10_000));
        assertThat(view.localDistrict()).isEqualTo(new DashboardView.Share(30_000, 60_000, 10_000));
        assertThat(view.localRegion()).isEqualTo(new DashboardView.Share(70_000, 20_000, 10_000));
        assertThat(view.livingWage()).isEqualTo(new DashboardView.Share(40_000, 0, 60_000));
        // A national firm with one local site is local for all its spend, and shown apart as a branch.
        assertThat(view.localBranchPence()).isEqualTo(40_000);
        // R1 = the £900 with suppliers we can place ("Nobody We Know" is left out: coverage 90%); R2 = £700 paid to
        // the two local ones; R3 = 400 × (0.50 × 0.60 + 0.40 × 0.90) + 300 × 0.49 = 264 + 147 = £411.
        // Declared figures cover £400 of the £700.
        assertThat(view.lm3().r1Pence()).isEqualTo(90_000);
        assertThat(view.lm3().r2Pence()).isEqualTo(70_000);
        assertThat(view.lm3().r3Pence()).isEqualTo(41_100);
        assertThat(view.lm3().coverage()).isCloseTo(0.9, within(1e-9));
        assertThat(view.lm3Known()).isTrue();
        assertThat(view.lm3().declaredShare()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(view.lm3DeclaredPercent()).isEqualTo(57);
        var catering = view.shifts().categories().stream()
                .filter(c -> c.division().equals("55"))
                .findFirst()
                .orElseThrow();
        assertThat(catering.outOfAreaPence()).isEqualTo(20_000);
        assertThat(catering.inAreaPence()).isEqualTo(40_000);
        assertThat(catering.label()).isNotBlank();
        assertThat(catering.supplierCount()).isPositive();
        assertThat(view.shifts().unmatchedPence()).isEqualTo(10_000);
        assertThat(view.shifts().uncategorisedPence()).isEqualTo(30_000);
    }
}
