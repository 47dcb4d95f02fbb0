package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowCheckerTest {

    /** Date in column 1, supplier in 2, amount in 3: a header three cells wide. */
    private static final ColumnMapping MAPPING =
            ColumnMapping.confirmed(Map.of(SpendField.DATE, 1, SpendField.SUPPLIER_NAME, 2, SpendField.AMOUNT, 3));

    private static SpendRow check(String... cells) {
        return new RowChecker(MAPPING, 3).check(new RawRecord(7, cells));
    }

    @Test
    void aGoodRowIsAcceptedWithItsDateAndPence() {
        SpendRow row = check("01/04/2025", "Acme Ltd", "£1,234.50");

        assertThat(row.accepted()).isTrue();
        assertThat(row.line()).isEqualTo(7);
        assertThat(row.date()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(row.amountPence()).isEqualTo(123_450);
    }

    @Test
    void aBlankRowIsNoRowAtAll() {
        assertThat(check(" ", "", "")).isNull();
    }

    @Test
    void aRowWithMoreNonEmptyCellsThanTheHeaderIsRejectedWithItsCount() {
        SpendRow row = check("01/04/2025", "Acme Ltd", "10.00", "stray");

        assertThat(row.accepted()).isFalse();
        assertThat(row.problems()).containsExactly(RowProblem.of(RowProblem.Code.SHIFTED, 4, 3));
    }

    @Test
    void aLongRowWhoseExtraCellsAreEmptyIsAccepted() {
        assertThat(check("01/04/2025", "Acme Ltd", "10.00", "", " ").accepted()).isTrue();
    }

    @Test
    void aRowWithFewerCellsThanTheHeaderIsRejectedWithItsCount() {
        SpendRow row = check("01/04/2025", "Acme Ltd");

        assertThat(row.problems()).contains(RowProblem.of(RowProblem.Code.SHIFTED, 2, 3));
    }

    @Test
    void aMissingAmountIsNamed() {
        assertThat(check("01/04/2025", "Acme Ltd", " ").problems())
                .containsExactly(RowProblem.of(RowProblem.Code.AMOUNT_MISSING));
    }

    @Test
    void anAmountThatIsNotMoneyIsQuoted() {
        assertThat(check("01/04/2025", "Acme Ltd", "ten pounds").problems())
                .containsExactly(RowProblem.of(RowProblem.Code.AMOUNT_NOT_MONEY, "ten pounds"));
    }

    @Test
    void aDateThatIsNotADateIsQuoted() {
        assertThat(check("someday", "Acme Ltd", "10.00").problems())
                .containsExactly(RowProblem.of(RowProblem.Code.DATE_NOT_DATE, "someday"));
    }

    @Test
    void aMissingSupplierIsNamed() {
        assertThat(check("01/04/2025", "", "10.00").problems())
                .containsExactly(RowProblem.of(RowProblem.Code.SUPPLIER_MISSING));
    }

    @Test
    void aTotalLineIsRejectedAsATotalNotAPayment() {
        SpendRow row = check("Total", "", "5,000.00");

        assertThat(row.totalLine()).isTrue();
        assertThat(row.problems()).containsExactly(RowProblem.of(RowProblem.Code.TOTAL_LINE));
    }

    @Test
    void aRepeatedHeaderAmongTheDataIsRejectedAsAHeader() {
        assertThat(check("Date", "Supplier Name", "Amount").problems())
                .containsExactly(RowProblem.of(RowProblem.Code.HEADER_ROW));
    }

    @Test
    void aRedactedSupplierIsMarkedRedacted() {
        assertThat(check("01/04/2025", "REDACTED personal data", "10.00").redacted())
                .isTrue();
    }

    @Test
    void aCellStartingWithAnEqualsSignIsMarkedAsAFormula() {
        assertThat(check("01/04/2025", "=HYPERLINK(\"x\")", "10.00").formula()).isTrue();
    }
}
