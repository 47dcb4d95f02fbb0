package org.socialvaluehub.spend.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.SpendTestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the shares could not classify is visible: the unknown part, the largest unknown suppliers, and who to ask. */
@HubTest
class SpendUnknownsTest {

    @Autowired
    SpendImports imports;

    @Autowired
    SpendDashboard dashboard;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    MockMvc mvc;

    private long buyer(String tag) {
        return organisations.add(new NewOrganisation(
                "Unknowns Council " + tag,
                OrganisationKind.BUYER,
                LegalForm.PUBLIC_BODY,
                SizeBand.LARGE,
                "OX1 1BX",
                null,
                null,
                false));
    }

    private long supplier(String name, LegalForm form, String postcode, String charity) {
        return organisations.add(new NewOrganisation(
                name, OrganisationKind.SUPPLIER, form, SizeBand.SMALL, postcode, null, charity, false));
    }

    @Test
    void everyShareNamesTheSuppliersWithTheMostUnknownSpendLargestFirst() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long buyer = buyer(tag);
        supplier("Thame Bakery " + tag, LegalForm.COMPANY, "OX9 3AA", null);
        imports.importFile(buyer, "u.csv", SpendTestFiles.write("""
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,Thame Bakery %1$s,Catering,500.00
            02/05/2024,Unheard Of Transport %1$s Ltd,Transport,300.00
            03/05/2024,Smaller Unknown %1$s Ltd,Transport,20.00
            04/05/2024,Unheard Of Transport %1$s Ltd,Transport,100.00
            """.formatted(tag)), null, SpendImports.Progress.NONE);

        DashboardView view = dashboard.build(List.of(buyer), new Period(2024, 0));

        assertThat(view.localArea().unknownPence()).isEqualTo(42_000);
        assertThat(view.unresolved().get("localArea"))
                .containsExactly(
                        new DashboardView.Unresolved("Unheard Of Transport " + tag + " Ltd", 40_000, false),
                        new DashboardView.Unresolved("Smaller Unknown " + tag + " Ltd", 2_000, false));
        // The bakery is matched but holds no verified credential: its Living Wage is unknown, shown with the others.
        assertThat(view.unresolved().get("livingWage").get(0))
                .isEqualTo(new DashboardView.Unresolved("Thame Bakery " + tag, 50_000, true));
        assertThat(view.unresolved().get("sme")).hasSize(2);
    }

    @Test
    void withoutAVerifiedCredentialALivingWageEmployerIsNotVerifiedNeverNo() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long buyer = buyer(tag);
        supplier("Kidlington Signs " + tag, LegalForm.COMPANY, "OX5 1AA", null);
        imports.importFile(buyer, "w.csv", SpendTestFiles.write("""
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,Kidlington Signs %1$s,Signage,250.00
            """.formatted(tag)), null, SpendImports.Progress.NONE);

        DashboardView view = dashboard.build(List.of(buyer), new Period(2024, 0));

        assertThat(view.livingWage()).isEqualTo(new DashboardView.Share(0, 0, 25_000));
        assertThat(view.livingWage().percentOfAll()).isEqualByComparingTo("0.0");
        assertThat(view.topSuppliers().get(0).livingWage()).isNull();
    }

    @Test
    void aRegisteredCharityAndACompanyRegisteredAsACicAreVcseWhateverTheirRecordedLegalForm() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long buyer = buyer(tag);
        supplier("Banbury Food Bank " + tag, LegalForm.COMPANY, "OX16 1AA", "1" + (System.nanoTime() % 1_000_000));
        supplier("Wantage Repair Cafe " + tag + " CIC", LegalForm.COMPANY, "OX12 8AA", null);
        supplier("Didcot Plumbing " + tag + " Ltd", LegalForm.COMPANY, "OX11 7AA", null);
        imports.importFile(buyer, "v.csv", SpendTestFiles.write("""
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,Banbury Food Bank %1$s,Food support,100.00
            02/05/2024,Wantage Repair Cafe %1$s CIC,Repairs,200.00
            03/05/2024,Didcot Plumbing %1$s Ltd,Repairs,400.00
            """.formatted(tag)), null, SpendImports.Progress.NONE);

        DashboardView view = dashboard.build(List.of(buyer), new Period(2024, 0));

        assertThat(view.vcse()).isEqualTo(new DashboardView.Share(30_000, 40_000, 0));
    }

    @Test
    void aSupplierTheDirectoryRecordsAsAPublicBodyIsNotInfluenceable() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long buyer = buyer(tag);
        supplier("Thames Valley Shared Services " + tag, LegalForm.PUBLIC_BODY, "OX4 2AA", null);
        supplier("Botley Books " + tag, LegalForm.COMPANY, "OX2 9AA", null);
        imports.importFile(buyer, "p.csv", SpendTestFiles.write("""
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,Thames Valley Shared Services %1$s,Contract payments,700.00
            02/05/2024,Botley Books %1$s,Books,300.00
            """.formatted(tag)), null, SpendImports.Progress.NONE);

        DashboardView view = dashboard.build(List.of(buyer), new Period(2024, 0));

        assertThat(view.totalPence()).isEqualTo(100_000);
        assertThat(view.publicBodyPence()).isEqualTo(70_000);
        assertThat(view.influenceablePence()).isEqualTo(30_000);
        assertThat(view.localArea()).isEqualTo(new DashboardView.Share(30_000, 0, 0));
        assertThat(view.lm3().r1Pence()).isEqualTo(30_000);
        assertThat(view.topSuppliers())
                .extracting(DashboardView.TopSupplier::pence)
                .containsExactly(30_000L);
    }

    private Document page(String url, String email) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(people.signedIn(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aCountyCouncilsOwnAreaIsTheCountyAndAPartialDistrictIsNeighbouring() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long county = organisations.add(new NewOrganisation(
                "Oxfordshire County Council " + tag,
                OrganisationKind.BUYER,
                LegalForm.PUBLIC_BODY,
                SizeBand.LARGE,
                "OX1 1ND",
                null,
                null,
                false));
        long city = buyer(tag);
        supplier("Abingdon Joinery " + tag, LegalForm.COMPANY, "OX14 1AA", null);
        supplier("Caversham Printers " + tag, LegalForm.COMPANY, "RG4 8LS", null);
        String file = """
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,Abingdon Joinery %1$s,Repairs,400.00
            02/05/2024,Caversham Printers %1$s,Printing,100.00
            """.formatted(tag);
        imports.importFile(county, "c.csv", SpendTestFiles.write(file), null, SpendImports.Progress.NONE);
        imports.importFile(city, "c.csv", SpendTestFiles.write(file), null, SpendImports.Progress.NONE);

        DashboardView countyView = dashboard.build(List.of(county), new Period(2024, 0));
        DashboardView cityView = dashboard.build(List.of(city), new Period(2024, 0));

        // Caversham (RG4) is only partly in Oxfordshire: neighbouring, not inside the area.
        assertThat(countyView.localArea()).isEqualTo(new DashboardView.Share(40_000, 10_000, 0));
        // For the county, its own area is the county; for the city council, Abingdon is another authority.
        assertThat(countyView.localDistrict()).isEqualTo(new DashboardView.Share(40_000, 10_000, 0));
        assertThat(cityView.localDistrict().yesPence()).isZero();
    }

    @Test
    void theDashboardListsTheUnknownsAndLinksCoordinatorsToTheMatchingQueue() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long buyer = people.organisation(OrganisationKind.BUYER, "Unknowns Page Council " + tag);
        imports.importFile(buyer, "q.csv", SpendTestFiles.write("""
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,Mystery Haulage %1$s Ltd,Transport,900.00
            """.formatted(tag)), null, SpendImports.Progress.NONE);

        String buyerEmail = people.person("unknowns-buyer", buyer, Role.BUYER);
        Document page = page("/spend?year=2024&buyer=" + buyer, buyerEmail);
        Document partnership = page("/spend/partnership?year=2024", people.coordinator());

        assertThat(page.select("#spend-unresolved").text())
                .contains("Mystery Haulage " + tag + " Ltd, £900 (not matched to the directory)");
        assertThat(page.text()).contains("A coordinator can match these names to the directory.");
        assertThat(partnership.select("a[href=/coordinator/spend/matches]")).isNotEmpty();
    }
}
