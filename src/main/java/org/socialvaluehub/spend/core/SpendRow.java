package org.socialvaluehub.spend.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One data row of a spend file: what could be read from it, and why it is rejected if it is.
 *
 * @param line the line (CSV) or row (XLSX) number where the row starts, counted from 1
 * @param cells the cells as written in the file
 * @param mapping which cell holds which field
 * @param date the payment date, or null when missing or unreadable
 * @param amountPence the amount in pence, or {@link Amounts#NOT_AN_AMOUNT} when missing or unreadable
 * @param problems why the row is rejected, empty when it is accepted
 * @param redacted the publisher withheld the payee ("Redacted personal data"); kept in totals
 * @param formula a cell holds a spreadsheet formula, kept as text and never evaluated
 * @param totalLine the row is a report's total line, not a payment, so its amount is not added up
 */
public record SpendRow(
        long line,
        List<String> cells,
        ColumnMapping mapping,
        LocalDate date,
        long amountPence,
        List<RowProblem> problems,
        boolean redacted,
        boolean formula,
        boolean totalLine) {

    public SpendRow {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public boolean hasAmount() {
        return amountPence != Amounts.NOT_AN_AMOUNT;
    }

    /** The amount in pounds, or null when it could not be read. */
    public BigDecimal amount() {
        return hasAmount() ? BigDecimal.valueOf(amountPence, 2) : null;
    }

    /** The trimmed text of a mapped field, or an empty string when the field is not mapped or the cell is absent. */
    public String text(SpendField field) {
        int column = mapping.column(field);
        return column == 0 || column > cells.size() ? "" : Blanks.trim(cells.get(column - 1));
    }
}
