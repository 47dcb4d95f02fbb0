package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialvaluehub.spend.core.Samples.check;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpendFileLayoutTest {

    @Test
    void detectsWindows1252PoundSign() throws Exception {
        SpendCheckReport report = check("windows-1252.csv");

        assertThat(report.layout().encoding().name()).isEqualTo("windows-1252");
        assertThat(report.layout().mapping().headings().get(SpendField.AMOUNT)).isEqualTo("Amount (£)");
        assertThat(Samples.rows("windows-1252.csv").get(0).text(SpendField.SUPPLIER_NAME))
                .isEqualTo("Café Rouge Ltd");
        assertThat(report.amountTotal()).isEqualByComparingTo("1279.50");
    }

    @Test
    void detectsDosCodePagePoundSignAsByte9C() throws Exception {
        SpendCheckReport report = check("dos-850-pound.csv");

        assertThat(report.layout().encoding().name()).isEqualTo("IBM850");
        assertThat(report.layout().mapping().headings().get(SpendField.AMOUNT)).isEqualTo("Net Amount(£)");
    }

    @Test
    void skipsUtf8ByteOrderMarkBeforeFirstHeading() throws Exception {
        SpendCheckReport report = check("utf8-bom.csv");

        assertThat(report.layout().encoding().name()).isEqualTo("UTF-8 with BOM");
        assertThat(report.layout().mapping().column(SpendField.SUPPLIER_NAME)).isEqualTo(1);
        assertThat(report.acceptedTotal()).isEqualByComparingTo("300.00");
    }

    @Test
    void splitsLinesOnBareCarriageReturns() throws Exception {
        SpendCheckReport report = check("bare-cr.csv");

        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.rowsAccepted()).isEqualTo(3);
        assertThat(report.from()).hasToString("2019-07-12");
        assertThat(report.to()).hasToString("2019-08-05");
    }

    @Test
    void readsCrlfFiles() throws Exception {
        assertThat(check("dos-850-pound.csv").rowsAccepted()).isEqualTo(2);
    }

    @Test
    void detectsSemicolonDelimiterAndHeaderBelowPreamble() throws Exception {
        SpendCheckReport report = check("preamble-semicolon.csv");

        assertThat(report.layout().delimiter()).isEqualTo(';');
        assertThat(report.layout().headerRow()).isEqualTo(5);
        assertThat(report.rowsAccepted()).isEqualTo(3);
        assertThat(report.rejected())
                .containsExactly(new SpendCheckReport.Rejection(10, RowProblem.of(RowProblem.Code.TOTAL_LINE)));
        assertThat(report.amountTotal()).isEqualByComparingTo("4191.56");
    }

    @Test
    void detectsTabDelimiterAndSkipsBlankRows() throws Exception {
        SpendCheckReport report = check("tab-delimited.tsv");

        assertThat(report.layout().delimiter()).isEqualTo('\t');
        assertThat(report.layout().headerRow()).isEqualTo(3);
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.acceptedTotal()).isEqualByComparingTo("1722.50");
    }

    @Test
    void detectsPipeDelimiter() throws Exception {
        SpendCheckReport report = check("pipe-delimited.txt");

        assertThat(report.layout().delimiter()).isEqualTo('|');
        assertThat(report.layout().mapping().column(SpendField.VAT)).isEqualTo(5);
        assertThat(report.acceptedTotal()).isEqualByComparingTo("10237.99");
    }

    @Test
    void mapsEveryDictionaryFieldFromDriftingHeadings() throws Exception {
        ColumnMapping mapping = check("drifting-headers.csv").layout().mapping();

        assertThat(mapping.columns()).containsOnlyKeys(SpendField.values());
        assertThat(mapping.column(SpendField.EXPENSE_TYPE)).isEqualTo(8);
        assertThat(mapping.headings().get(SpendField.DATE)).isEqualTo("Payment Date:");
        assertThat(mapping.needsConfirmation()).isFalse();
    }

    @Test
    void proposesMappingFromContentWhenThereIsNoHeader() throws Exception {
        SpendCheckReport report = check("no-header-spacers.csv");
        ColumnMapping mapping = report.layout().mapping();

        assertThat(report.layout().headerRow()).isZero();
        assertThat(mapping.source()).isEqualTo(ColumnMapping.Source.INFERRED);
        assertThat(mapping.needsConfirmation()).isTrue();
        assertThat(mapping.column(SpendField.DATE)).isEqualTo(15);
        assertThat(mapping.column(SpendField.AMOUNT)).isEqualTo(17);
        assertThat(mapping.column(SpendField.SUPPLIER_NAME)).isEqualTo(12);
        assertThat(mapping.column(SpendField.TRANSACTION_ID)).isEqualTo(10);
        assertThat(report.rowsRead()).isEqualTo(5);
        assertThat(report.acceptedTotal()).isEqualByComparingTo("6344.22");
    }

    @Test
    void leavesAmbiguousAmountUnmappedAndSaysSo() throws Exception {
        SpendCheckReport report = check("ambiguous-amounts.csv");

        assertThat(report.layout().mapping().ambiguities())
                .extracting(MappingAmbiguity::field)
                .containsExactly(SpendField.AMOUNT);
        assertThat(report.rowsAccepted()).isZero();
        assertThat(report.rejected().get(0).has(RowProblem.Code.NO_AMOUNT_COLUMN))
                .isTrue();
    }

    @Test
    void usesConfirmedMappingInsteadOfDetection() throws Exception {
        ColumnMapping confirmed =
                ColumnMapping.confirmed(Map.of(SpendField.DATE, 1, SpendField.SUPPLIER_NAME, 2, SpendField.AMOUNT, 4));

        SpendCheckReport report =
                new SpendCheck(new SpendFileReader()).check(Samples.sample("ambiguous-amounts.csv"), confirmed);

        assertThat(report.layout().mapping().source()).isEqualTo(ColumnMapping.Source.CONFIRMED);
        assertThat(report.layout().headerRow()).isEqualTo(1);
        assertThat(report.acceptedTotal()).isEqualByComparingTo("120.00");
    }
}
