package org.socialvaluehub.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.spend.core.SpendFileException;
import org.socialvaluehub.spend.core.SpendFileProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HubTest
class SpendImportsTest {

    @Autowired
    SpendImports imports;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailureMidImportLeavesNothingBehind() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Atomic Council");
        Path file = SpendTestFiles.generated(12_000);
        assertThatThrownBy(() -> imports.importFile(buyer, "big.csv", file, null, rows -> {
                    if (rows >= SpendImports.PROGRESS_EVERY) {
                        throw new IllegalStateException("the machine fell over");
                    }
                }))
                .hasMessageContaining("fell over");
        assertThat(count("spend_line", buyer)).isZero();
        assertThat(count("spend_import", buyer)).isZero();
        assertThat(count("spend_month_supplier", buyer)).isZero();
    }

    @Test
    void importingTheSameRowsAgainAddsNothing() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Twice Council");
        Path file = SpendTestFiles.sample("drifting-headers.csv");
        ImportResult first = imports.importFile(buyer, "a.csv", file, null, SpendImports.Progress.NONE);
        long total = total(buyer);
        ImportResult second = imports.importFile(buyer, "a-again.csv", file, null, SpendImports.Progress.NONE);
        assertThat(first.rowsAdded()).isPositive();
        assertThat(second.rowsAdded()).isZero();
        assertThat(second.rowsAlreadyImported()).isEqualTo(first.rowsAccepted());
        assertThat(count("spend_line", buyer)).isEqualTo(first.rowsAdded());
        assertThat(total(buyer)).isEqualTo(total);
    }

    @Test
    void repeatedLinesInOneFileArePaymentsAndAreAllKept() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Repeats Council");
        Path file = SpendTestFiles.write("""
            Date,Supplier Name,Expense Type,Amount
            01/06/2012,229 Mitcham Lane Ltd,Rent,"4,928.57"
            01/06/2012,229 Mitcham Lane Ltd,Rent,"4,928.57"
            01/06/2012,229 Mitcham Lane Ltd,Rent,"4,928.57"
            02/06/2012,Brixton Bakers Ltd,Catering,10.00
            """);

        ImportResult first = imports.importFile(buyer, "june.csv", file, null, SpendImports.Progress.NONE);
        ImportResult again = imports.importFile(buyer, "june-again.csv", file, null, SpendImports.Progress.NONE);

        assertThat(first.rowsAdded()).isEqualTo(4);
        assertThat(total(buyer)).isEqualTo(3 * 492_857 + 1_000);
        assertThat(again.rowsAdded()).isZero();
        assertThat(again.rowsAlreadyImported()).isEqualTo(4);
    }

    @Test
    void aFileOverlappingAnEarlierOneAddsOnlyWhatIsNew() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Quarter Council");
        String april = """
            01/04/2024,Abingdon Joinery Ltd,Repairs,100.00
            01/04/2024,Abingdon Joinery Ltd,Repairs,100.00
            """;
        imports.importFile(
                buyer,
                "april.csv",
                SpendTestFiles.write("Date,Supplier Name,Expense Type,Amount\n" + april),
                null,
                SpendImports.Progress.NONE);

        // The quarter's file repeats April's two payments, adds a third identical one and a May line.
        ImportResult quarter = imports.importFile(
                buyer,
                "q1.csv",
                SpendTestFiles.write("Date,Supplier Name,Expense Type,Amount\n" + april + """
            01/04/2024,Abingdon Joinery Ltd,Repairs,100.00
            02/05/2024,Didcot Decorators Ltd,Repairs,55.50
            """),
                null,
                SpendImports.Progress.NONE);

        assertThat(quarter.rowsAccepted()).isEqualTo(4);
        assertThat(quarter.rowsAlreadyImported()).isEqualTo(2);
        assertThat(quarter.rowsAdded()).isEqualTo(2);
        assertThat(total(buyer)).isEqualTo(30_000 + 5_550);
    }

    @Test
    void lambethsRepeatedPaymentsAreAllImportedAndReconcileWithTheFileCheck() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Lambeth-like Council");
        Path file = SpendTestFiles.sample("real/lambeth-2012-06.csv");

        ImportResult result = imports.importFile(buyer, "lambeth.csv", file, null, SpendImports.Progress.NONE);

        // spend check's figures for the file (RealSpendFilesTest): 2,516 accepted lines, £39,775,940.53.
        assertThat(result.rowsAccepted()).isEqualTo(2516);
        assertThat(result.rowsAdded()).isEqualTo(2516);
        assertThat(total(buyer)).isEqualTo(3_977_594_053L);
    }

    @Test
    void theSameRowsForAnotherBuyerAreThatBuyersSpend() throws Exception {
        long one = people.organisation(OrganisationKind.BUYER, "First Council");
        long two = people.organisation(OrganisationKind.BUYER, "Second Council");
        Path file = SpendTestFiles.sample("utf8-bom.csv");
        imports.importFile(one, "x.csv", file, null, SpendImports.Progress.NONE);
        assertThat(imports.importFile(two, "x.csv", file, null, SpendImports.Progress.NONE)
                        .rowsAdded())
                .isEqualTo(2);
    }

    @Test
    void redactedRowsCountInTotalsButNotAsSuppliers() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Redacting Council");
        ImportResult result = imports.importFile(
                buyer, "r.csv", SpendTestFiles.sample("redacted-and-formula.csv"), null, SpendImports.Progress.NONE);
        assertThat(result.rowsRedacted()).isEqualTo(3);
        assertThat(result.rowsWithFormula()).isEqualTo(1);
        assertThat(total(buyer)).isEqualTo(85_000 + 40_000 + 9_000 + 25_000);
        assertThat(jdbc.sql("select coalesce(sum(amount_pence), 0) from spend_month_supplier where buyer_id = :b "
                                + "and supplier_key = ''")
                        .param("b", buyer)
                        .query(Long.class)
                        .single())
                .isEqualTo(85_000 + 40_000 + 9_000);
    }

    @Test
    void aFileThatIsNotATableIsRefusedWithNothingStored() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Pdf Council");
        assertThatThrownBy(() -> imports.importFile(
                        buyer, "n.csv", SpendTestFiles.sample("not-a-table.csv"), null, SpendImports.Progress.NONE))
                .isInstanceOfSatisfying(
                        SpendFileException.class, e -> assertThat(e.problem()).isEqualTo(SpendFileProblem.NOT_A_TABLE));
        assertThat(count("spend_import", buyer)).isZero();
    }

    @Test
    void paymentsToHmrcAndPayrollAreNotInfluenceable() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Rules Council");
        Path file = SpendTestFiles.write("""
            Date,Supplier Name,Expense Type,Amount
            01/05/2024,HM Revenue & Customs,PAYE,1000.00
            01/05/2024,Oxford Pension Fund,Pension contributions,500.00
            01/05/2024,Cherwell District Council,Shared service,300.00
            01/05/2024,Brookfield Farm Ltd,Catering,200.00
            """);
        imports.importFile(buyer, "rules.csv", file, null, SpendImports.Progress.NONE);
        assertThat(jdbc.sql("select sum(amount_pence) from spend_month_supplier where buyer_id = :b and influenceable")
                        .param("b", buyer)
                        .query(Long.class)
                        .single())
                .isEqualTo(20_000);
        assertThat(total(buyer)).isEqualTo(200_000);
    }

    private long count(String table, long buyer) {
        return jdbc.sql("select count(*) from " + table + " where buyer_id = :b")
                .param("b", buyer)
                .query(Long.class)
                .single();
    }

    private long total(long buyer) {
        return jdbc.sql("select coalesce(sum(amount_pence), 0) from spend_month_supplier where buyer_id = :b")
                .param("b", buyer)
                .query(Long.class)
                .single();
    }
}
