package org.socialvaluehub.spend.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.SpendTestFiles;
import org.socialvaluehub.spend.suppliers.SupplierNameRepository;
import org.springframework.beans.factory.annotation.Autowired;

@HubTest
class SpendClassificationTest {

    @Autowired
    SpendImports imports;

    @Autowired
    SpendDashboard dashboard;

    @Autowired
    Organisations organisations;

    @Autowired
    SupplierNameRepository names;

    @Test
    void unknownSuppliersStayUnknownAndAreNeverCountedAsNotLocal() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long buyer = organisations.add(new NewOrganisation(
                "Classifying Council " + tag,
                OrganisationKind.BUYER,
                LegalForm.PUBLIC_BODY,
                SizeBand.LARGE,
                "OX1 1BX",
                null,
                null,
                false));
        organisations.add(new NewOrganisation(
                "Abingdon Kitchens " + tag + " CIC",
                OrganisationKind.SUPPLIER,
                LegalForm.CIC,
                SizeBand.SMALL,
                "OX14 3DB",
                null,
                null,
                false));
        organisations.add(new NewOrganisation(
                "Brum Haulage " + tag + " Ltd",
                OrganisationKind.SUPPLIER,
                LegalForm.COMPANY,
                SizeBand.LARGE,
                "B1 1AA",
                "77" + tag.substring(0, Math.min(6, tag.length())),
                null,
                false));
        imports.importFile(buyer, "c.csv", SpendTestFiles.write("""
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,ABINGDON KITCHENS %1$s CIC,Catering,600.00
            02/05/2024,Brum Haulage %1$s Limited,Transport,300.00
            03/05/2024,Nobody We Know %1$s Ltd,Transport,100.00
            04/05/2024,HMRC,VAT,1000.00
            05/05/2024,Redacted personal data,Care,50.00
            """.formatted(tag)), null, SpendImports.Progress.NONE);

        DashboardView view = dashboard.build(List.of(buyer), new Period(2024, 0));

        assertThat(view.totalPence()).isEqualTo(205_000);
        assertThat(view.influenceablePence()).isEqualTo(105_000);
        assertThat(view.redactedPence()).isEqualTo(5_000);
        assertThat(view.supplierPence()).isEqualTo(100_000);
        assertThat(view.localArea()).isEqualTo(new DashboardView.Share(60_000, 30_000, 10_000));
        assertThat(view.localArea().percent()).isEqualByComparingTo("66.7");
        assertThat(view.sme()).isEqualTo(new DashboardView.Share(60_000, 30_000, 10_000));
        assertThat(view.vcse()).isEqualTo(new DashboardView.Share(60_000, 30_000, 10_000));
        assertThat(view.livingWage()).isEqualTo(new DashboardView.Share(0, 0, 100_000));
        // LM3 leaves out the £100 with a supplier it cannot place: R1 £900, R2 £600 local, R3 £600 × 0.49.
        assertThat(view.lm3().r1Pence()).isEqualTo(90_000);
        assertThat(view.lm3().r2Pence()).isEqualTo(60_000);
        assertThat(view.lm3().r3Pence()).isEqualTo(Math.round(60_000 * 0.49));
    }

    @Test
    void aCloseSpellingWaitsForACoordinatorAndAConfirmationHoldsForEveryBuyer() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long supplier = organisations.add(new NewOrganisation(
                "Wychwood Joinery " + tag + " Ltd",
                OrganisationKind.SUPPLIER,
                LegalForm.COMPANY,
                SizeBand.MICRO,
                "OX7 5AA",
                null,
                null,
                false));
        long buyer = organisations.add(new NewOrganisation(
                "Matching Council " + tag,
                OrganisationKind.BUYER,
                LegalForm.PUBLIC_BODY,
                SizeBand.LARGE,
                "OX1 1BX",
                null,
                null,
                false));
        imports.importFile(buyer, "m.csv", SpendTestFiles.write("""
            Date,Supplier Name,Amount
            01/05/2024,Wychwod Joinery %s,200.00
            """.formatted(tag)), null, SpendImports.Progress.NONE);
        var suggestion = names.suggestions().stream()
                .filter(s -> s.organisationId() == supplier)
                .findFirst()
                .orElseThrow();
        assertThat(dashboard
                        .build(List.of(buyer), new Period(2024, 0))
                        .localArea()
                        .unknownPence())
                .isEqualTo(20_000);

        names.decide(suggestion.nameKey(), true, 0);

        assertThat(dashboard
                        .build(List.of(buyer), new Period(2024, 0))
                        .localArea()
                        .yesPence())
                .isEqualTo(20_000);
    }
}
