package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialvaluehub.spend.core.Samples.check;

import org.junit.jupiter.api.Test;

/** Totals here were worked out independently with Python's csv module and Decimal. */
class RealSpendFilesTest {

    @Test
    void readsHyndburn2017InDosCodePage() throws Exception {
        SpendCheckReport report = check("real/hyndburn-2017-03.csv");

        assertThat(report.layout().encoding().name()).isEqualTo("IBM850");
        assertThat(report.layout().mapping().headings())
                .containsEntry(SpendField.AMOUNT, "Net Amount(£)")
                .containsEntry(SpendField.SUPPLIER_NAME, "Name")
                .containsEntry(SpendField.DATE, "Payment date");
        assertThat(report.rowsAccepted()).isEqualTo(256);
        assertThat(report.acceptedTotal()).isEqualByComparingTo("568545.31");
    }

    @Test
    void readsHyndburn2019WithBareCrAndExcelSerialDates() throws Exception {
        SpendCheckReport report = check("real/hyndburn-2019-08.csv");

        assertThat(report.layout().encoding().name()).isEqualTo("windows-1252");
        assertThat(report.rowsAccepted()).isEqualTo(223);
        assertThat(report.acceptedTotal()).isEqualByComparingTo("667772.29");
        assertThat(report.from()).hasToString("2019-07-12");
        assertThat(report.to()).hasToString("2019-08-31");
    }

    @Test
    void proposesMappingForHeaderlessHyndburn2025AndRejectsItsTrailingHeader() throws Exception {
        SpendCheckReport report = check("real/hyndburn-2025-04.csv");
        ColumnMapping mapping = report.layout().mapping();

        assertThat(mapping.source()).isEqualTo(ColumnMapping.Source.INFERRED);
        assertThat(mapping.columns())
                .containsEntry(SpendField.DATE, 15)
                .containsEntry(SpendField.AMOUNT, 17)
                .containsEntry(SpendField.SUPPLIER_NAME, 12)
                .containsEntry(SpendField.TRANSACTION_ID, 10);
        assertThat(report.rowsAccepted()).isEqualTo(404);
        // 7,882,104.65 of positive amounts less seven trailing-minus credits of 63,510.09
        assertThat(report.acceptedTotal()).isEqualByComparingTo("7818594.56");
        assertThat(report.rejected())
                .containsExactly(new SpendCheckReport.Rejection(441, RowProblem.of(RowProblem.Code.HEADER_ROW)));
    }

    @Test
    void reportsLambethFusedDateAndAmountCellsInsteadOfMisreadingThem() throws Exception {
        SpendCheckReport report = check("real/lambeth-2012-06.csv");

        assertThat(report.layout().headerRow()).isEqualTo(10);
        assertThat(report.rowsAccepted()).isEqualTo(2516);
        assertThat(report.acceptedTotal()).isEqualByComparingTo("39775940.53");
        assertThat(report.rejected())
                .filteredOn(r -> r.problems().stream()
                        .anyMatch(p -> p.code() == RowProblem.Code.SHIFTED
                                && p.args().get(0).equals("5")))
                .hasSize(638);
        assertThat(report.rejected())
                .filteredOn(r -> r.problems().contains(RowProblem.of(RowProblem.Code.DATE_NOT_DATE, "25/06/2012900")))
                .isNotEmpty();
        assertThat(report.rejected())
                .contains(new SpendCheckReport.Rejection(3167, RowProblem.of(RowProblem.Code.TOTAL_LINE)));
        assertThat(report.from()).hasToString("2010-10-20");
    }

    @Test
    void readsTflPeriodTotal() throws Exception {
        SpendCheckReport report = check("real/tfl-2023-p05.csv");

        assertThat(report.layout().mapping().headings())
                .containsEntry(SpendField.SUPPLIER_NAME, "Vendor Name")
                .containsEntry(SpendField.DATE, "Clearing Date");
        assertThat(report.rowsAccepted()).isEqualTo(12_834);
        assertThat(report.acceptedTotal()).isEqualByComparingTo("482617614.64");
        assertThat(report.rejected()).isEmpty();
    }
}
