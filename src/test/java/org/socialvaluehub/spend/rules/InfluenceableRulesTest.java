package org.socialvaluehub.spend.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.SpendTestFiles;
import org.socialvaluehub.spend.dashboards.DashboardView;
import org.socialvaluehub.spend.dashboards.Period;
import org.socialvaluehub.spend.dashboards.SpendDashboard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seeded rules against supplier names and expense types as the sample files (Hyndburn, Lambeth, TfL) write them,
 * and the names the economist's review found wrongly set aside.
 */
@HubTest
class InfluenceableRulesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SpendImports imports;

    @Autowired
    SpendDashboard dashboard;

    @Autowired
    Organisations organisations;

    private boolean setAside(String supplier, String expenseType) {
        return jdbc.sql("""
                select exists (select 1 from spend_rule r where r.seeded and r.enabled and (
                    (r.kind = 'EXPENSE_TYPE' and lower(:e) = lower(r.value))
                    or (r.kind = 'PATTERN' and (:s || ' | ' || :e) ~* r.value)))""")
                .param("s", supplier)
                .param("e", expenseType)
                .query(Boolean.class)
                .single();
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "HEADS RECRUITMENT LIMITED; AGENCY STAFF",
                "Rapid Recruitment Ltd; Agency wages",
                "Eden Brown Limited; Temporary staff wages",
                "Hyndburn Council for Voluntary Service; CONTRACTOR OTHER",
                "H & M BUILDING & JOINERY LTD; Council Housing Repairs",
                "Accrington Pensioners Forum; CABINET ACTION FUND",
                "XPS PENSIONS LIMITED; Management & Support Consultancy",
                "GRANT THORNTON UK LLP; APPROVED AUDIT FEES",
                "Oxfordshire Rural Community Council; CONTRACTOR OTHER",
                "Local Government Association; Subscriptions",
                "EDENRED (UK GROUP) LIMITED; Staff Welfare Benefits",
                "C T PLUS COMMUNITY INTEREST COMPANY; Bus Contract Payments",
                "229 Mitcham Lane Ltd; RESIDENTIAL CARE PRIVATE SPOT"
            })
    void spendWithSuppliersStaysInfluenceable(String supplier, String expenseType) {
        assertThat(setAside(supplier, expenseType)).isFalse();
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "LONDON BOROUGH OF CAMDEN; Rates",
                "CITY OF WESTMINSTER; Rates",
                "DEPT FOR LEVELLINGUP HOUSING&COMMUN; Rates - Central Listed",
                "ENVIRONMENT AGENCY; Planning & Development Consultancy",
                "VALUATION OFFICE AGENCY ADMINISTRATION; FEES-ANALYSTS & CONSULTANTS",
                "Lancashire County Council (Direct Debit Payments); AAF - Finance",
                "BLACKBURN WITH DARWEN BOROUGH COUNCIL; PRIVATE CONTRACTORS WORK",
                "ISLINGTON COUNCIL; Electricity",
                "LONDON COUNCILS; Taxicard Funding",
                "Altham Parish Council; Parish precepts",
                "HM Revenue & Customs (Direct Debit); AAF - Finance",
                "TRANSPORT SALARIED STAFFS ASSOCATION; Payroll Suspense",
                "KAZEEM ONILEWURA; Licence Fee Refunds",
                "ONE TIME SUPPLIER - FARES; Fares Refund Control  (TTL Only)",
                "GLOBAL MEDIA GROUP SERVICES LTD; Purchase of Associates Loan Notes (Activity)",
                "MAUNDY RELIEF; GRANTS",
                "198 Contemporary Arts & Learning Ltd; GRANTS",
                "Oxfordshire Pension Fund; Employer pension contributions",
                "Lambeth Residents; Housing Benefit payments",
                "Public Works Loan Board; Loan interest",
                "Anyone; Non-domestic rates"
            })
    void taxTransfersAndPublicBodiesAreSetAside(String supplier, String expenseType) {
        assertThat(setAside(supplier, expenseType)).isTrue();
    }

    @Autowired
    SpendRules rules;

    @Test
    void revisedSeededRulesAreAppliedOnceWhenTheApplicationStarts() {
        jdbc.sql("update spend_rule_revision set applied = 0").update();

        rules.reapplyRevisedRules();

        assertThat(jdbc.sql("select applied = revision from spend_rule_revision")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theDashboardCountsAgencyStaffAndTheCouncilForVoluntaryServiceAsInfluenceable() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long buyer = organisations.add(new NewOrganisation(
                "Rules Council " + tag,
                OrganisationKind.BUYER,
                LegalForm.PUBLIC_BODY,
                SizeBand.LARGE,
                "OX1 1BX",
                null,
                null,
                false));
        imports.importFile(buyer, "r.csv", SpendTestFiles.write("""
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,HEADS RECRUITMENT %1$s LIMITED,AGENCY STAFF,400.00
            02/05/2024,Oxford Council for Voluntary Service %1$s,CONTRACTOR OTHER,200.00
            03/05/2024,LONDON BOROUGH OF CAMDEN,Rates,1000.00
            04/05/2024,MAUNDY RELIEF %1$s,GRANTS,300.00
            """.formatted(tag)), null, SpendImports.Progress.NONE);

        DashboardView view = dashboard.build(List.of(buyer), new Period(2024, 0));

        assertThat(view.totalPence()).isEqualTo(190_000);
        assertThat(view.influenceablePence()).isEqualTo(60_000);
    }
}
