package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialvaluehub.spend.core.Samples.check;
import static org.socialvaluehub.spend.core.Samples.rows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpendRowsTest {

    @Test
    void keepsEmbeddedNewlinesInQuotedCellsAndCountsLinesFromTheRowStart() throws Exception {
        List<SpendRow> rows = rows("quoted-newlines.csv");

        assertThat(rows).extracting(SpendRow::line).containsExactly(2L, 5L, 6L);
        assertThat(rows.get(0).text(SpendField.SUPPLIER_NAME)).isEqualTo("Penny Hassett Builders\nUnit 4, The Yard");
        assertThat(rows).extracting(SpendRow::amountPence).containsExactly(130_320L, -10_639_600L, 123_450L);
        assertThat(rows.get(1).text(SpendField.PURPOSE)).isEqualTo("Credit note, \"reversed\"");
    }

    @Test
    void reportsLineNumberOfBadDate() throws Exception {
        assertThat(check("bad-rows.csv").rejected())
                .contains(
                        new SpendCheckReport.Rejection(4, RowProblem.of(RowProblem.Code.DATE_NOT_DATE, "31/02/2024")));
    }

    @Test
    void reportsEveryRejectedRowWithItsReason() throws Exception {
        SpendCheckReport report = check("bad-rows.csv");

        assertThat(report.rejected())
                .containsExactly(
                        new SpendCheckReport.Rejection(4, RowProblem.of(RowProblem.Code.DATE_NOT_DATE, "31/02/2024")),
                        new SpendCheckReport.Rejection(
                                5, RowProblem.of(RowProblem.Code.AMOUNT_NOT_MONEY, "two hundred")),
                        new SpendCheckReport.Rejection(6, RowProblem.of(RowProblem.Code.SUPPLIER_MISSING)),
                        new SpendCheckReport.Rejection(
                                8,
                                List.of(
                                        RowProblem.of(RowProblem.Code.SHIFTED, 4, 3),
                                        RowProblem.of(RowProblem.Code.AMOUNT_NOT_MONEY, "Comma Ltd"))),
                        new SpendCheckReport.Rejection(9, RowProblem.of(RowProblem.Code.HEADER_ROW)));
        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.rowsAccepted()).isEqualTo(2);
        assertThat(report.acceptedTotal()).isEqualByComparingTo("112.50");
    }

    @Test
    void addsUpEveryAmountThatParsedEvenInRejectedRows() throws Exception {
        // 100.00 + 200.00 (bad date) + 300.00 (no supplier) + 12.50; the shifted and header rows have none
        assertThat(check("bad-rows.csv").amountTotal()).isEqualByComparingTo("612.50");
    }

    @Test
    void readsEveryDateFormat() throws Exception {
        SpendCheckReport report = check("all-date-formats.csv");

        assertThat(report.rejected()).isEmpty();
        assertThat(rows("all-date-formats.csv"))
                .extracting(r -> r.date().toString())
                .containsExactly(
                        "2021-04-01",
                        "2021-04-01",
                        "2017-04-05",
                        "2023-06-15",
                        "2021-04-01",
                        "2024-12-01",
                        "2019-07-12",
                        "2024-03-31",
                        "2024-03-31");
        assertThat(report.from()).hasToString("2017-04-05");
        assertThat(report.to()).hasToString("2024-12-01");
    }

    @Test
    void flagsRedactedPayeesAndKeepsThemInTotals() throws Exception {
        List<SpendRow> rows = rows("redacted-and-formula.csv");

        assertThat(rows).extracting(SpendRow::redacted).containsExactly(true, true, true, false);
        assertThat(rows).allMatch(SpendRow::accepted);
        assertThat(check("redacted-and-formula.csv").acceptedTotal()).isEqualByComparingTo("1590.00");
    }

    @Test
    void keepsFormulaAsTextAndFlagsIt() throws Exception {
        SpendRow row = rows("redacted-and-formula.csv").get(3);

        assertThat(row.formula()).isTrue();
        assertThat(row.cells().get(4)).isEqualTo("=HYPERLINK(\"https://example.org/inv/7\",\"Invoice 7\")");
    }

    @Test
    void readsSpacerColumnsAndTrailingMinusWithoutHeader() throws Exception {
        List<SpendRow> rows = rows("no-header-spacers.csv");

        assertThat(rows).extracting(SpendRow::line).containsExactly(1L, 2L, 4L, 5L, 6L);
        assertThat(rows.get(3).amountPence()).isEqualTo(-29_025L);
    }
}
