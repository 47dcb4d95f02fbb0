package org.socialvaluehub.spend.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.quality.Merges;
import org.socialvaluehub.spend.ImportResult;
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.SpendTestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@HubTest
class SpendSummariesTest {

    private static final List<String> SUMMARIES = List.of(
            "select month, supplier_key, influenceable, redacted, amount_pence, lines from spend_month_supplier"
                    + " where buyer_id = :b order by 1, 2, 3, 4",
            "select month, service_area, expense_type, influenceable, amount_pence, lines from spend_month_category"
                    + " where buyer_id = :b order by 1, 2, 3, 4",
            "select financial_year, supplier_key, expense_type, amount_pence from spend_year_supplier_category"
                    + " where buyer_id = :b order by 1, 2, 3");

    @Autowired
    SpendImports imports;

    @Autowired
    SummaryRepository summaries;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Merges merges;

    @Test
    void summariesAddedImportByImportEqualARebuildFromAllLines() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Incremental Council");
        imports.importFile(buyer, "april.csv", file(0, 600), null, SpendImports.Progress.NONE);
        ImportResult second =
                imports.importFile(buyer, "overlap.csv", file(400, 1_000), null, SpendImports.Progress.NONE);
        assertThat(second.rowsAlreadyImported()).isEqualTo(200);
        assertThat(second.rowsAdded()).isEqualTo(400);
        List<List<String>> added = snapshot(buyer);

        transaction.executeWithoutResult(status -> summaries.refresh(buyer));

        assertThat(snapshot(buyer)).isEqualTo(added);
        assertThat(pence("spend_month_supplier", buyer)).isEqualTo(pence("spend_line", buyer));
    }

    @Test
    void deletingABuyersImportsDeletesTheirLinesOnly() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Dissolved Council");
        long other = people.organisation(OrganisationKind.BUYER, "Remaining Council");
        imports.importFile(buyer, "a.csv", file(0, 50), null, SpendImports.Progress.NONE);
        imports.importFile(other, "a.csv", file(0, 50), null, SpendImports.Progress.NONE);

        jdbc.sql("delete from spend_import where buyer_id = :b")
                .param("b", buyer)
                .update();

        assertThat(lines(buyer)).isZero();
        assertThat(lines(other)).isEqualTo(50);
    }

    @Test
    void mergingTwoBuyersKeepsEveryImportAndEachPaymentOnce() throws Exception {
        long survivor = people.organisation(OrganisationKind.BUYER, "Surviving Council");
        long merged = people.organisation(OrganisationKind.BUYER, "Merged Council");
        imports.importFile(survivor, "kept.csv", file(0, 300), null, SpendImports.Progress.NONE);
        imports.importFile(merged, "merged.csv", file(200, 500), null, SpendImports.Progress.NONE);
        jdbc.sql("insert into spend_buyer_mapping (buyer_id, mapping) values (:b, 'date=1,amount=6')")
                .param("b", merged)
                .update();

        merges.merge(survivor, merged);

        assertThat(jdbc.sql("select file_name from spend_import where buyer_id = :b order by id")
                        .param("b", survivor)
                        .query(String.class)
                        .list())
                .containsExactly("kept.csv", "merged.csv");
        assertThat(lines(survivor)).isEqualTo(500);
        assertThat(lines(merged)).isZero();
        assertThat(jdbc.sql("select mapping from spend_buyer_mapping where buyer_id = :b")
                        .param("b", survivor)
                        .query(String.class)
                        .list())
                .containsExactly("date=1,amount=6");
        assertThat(snapshot(merged)).allMatch(List::isEmpty);
        long oneBuyer = people.organisation(OrganisationKind.BUYER, "Never Merged Council");
        imports.importFile(oneBuyer, "all.csv", file(0, 500), null, SpendImports.Progress.NONE);
        assertThat(snapshot(survivor)).isEqualTo(snapshot(oneBuyer));
        assertThat(pence("spend_month_supplier", survivor)).isEqualTo(pence("spend_line", survivor));
    }

    /**
     * Rows from..to of one run of payments: suppliers, areas, expense types (some not influenceable) and redactions.
     */
    private static Path file(int from, int to) {
        StringBuilder csv =
                new StringBuilder("Payment Date,Supplier Name,Service Area,Expense Type,Transaction Number,Amount\n");
        String[] types = {"Catering", "PAYE", "Repairs", "Pension contributions"};
        for (int i = from; i < to; i++) {
            String supplier = i % 13 == 0
                    ? "Redacted personal data"
                    : "Supplier " + (i % 17) + (i % 2 == 0 ? " Ltd" : " Limited");
            csv.append(String.format("%02d/%02d/2024", 1 + i % 28, 1 + i % 12))
                    .append(',')
                    .append(supplier)
                    .append(",Area ")
                    .append(i % 3)
                    .append(',')
                    .append(types[i % types.length])
                    .append(",T")
                    .append(i)
                    .append(',')
                    .append(i % 29 == 0 ? "(12.50)" : (100 + i) + ".75")
                    .append('\n');
        }
        return SpendTestFiles.write(csv.toString());
    }

    private List<List<String>> snapshot(long buyer) {
        return SUMMARIES.stream()
                .map(sql -> jdbc.sql(sql)
                        .param("b", buyer)
                        .query((rs, i) -> {
                            StringBuilder row = new StringBuilder();
                            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                                row.append(rs.getString(c)).append('|');
                            }
                            return row.toString();
                        })
                        .list())
                .toList();
    }

    private long pence(String table, long buyer) {
        return jdbc.sql("select sum(amount_pence) from " + table + " where buyer_id = :b")
                .param("b", buyer)
                .query(Long.class)
                .single();
    }

    private long lines(long buyer) {
        return jdbc.sql("select count(*) from spend_line where buyer_id = :b")
                .param("b", buyer)
                .query(Long.class)
                .single();
    }
}
