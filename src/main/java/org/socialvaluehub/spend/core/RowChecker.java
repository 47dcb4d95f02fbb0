package org.socialvaluehub.spend.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Reads the fields of one raw record under a column mapping and names every reason to reject it. */
final class RowChecker {

    // "Redacted personal data", "REDACTED", "Personal information", "Name withheld"
    private static final String[] REDACTION_MARKERS = {
        "redact", "personal data", "personal info", "withheld", "personal details"
    };

    private final ColumnMapping mapping;
    private final int headerWidth;
    private final int amountColumn;
    private final int dateColumn;
    private final int supplierColumn;
    private final int purposeColumn;

    RowChecker(ColumnMapping mapping, int headerWidth) {
        this.mapping = mapping;
        this.headerWidth = headerWidth;
        this.amountColumn = mapping.column(SpendField.AMOUNT);
        this.dateColumn = mapping.column(SpendField.DATE);
        this.supplierColumn = mapping.column(SpendField.SUPPLIER_NAME);
        this.purposeColumn = mapping.column(SpendField.PURPOSE);
    }

    /** The checked row, or null for a blank row, which is no data at all. */
    SpendRow check(RawRecord record) {
        String[] cells = record.cells();
        boolean blank = true;
        boolean formula = false;
        for (String cell : cells) {
            blank = blank && Blanks.isBlank(cell);
            formula = formula || !cell.isEmpty() && cell.charAt(0) == '=';
        }
        if (blank) {
            return null;
        }
        List<RowProblem> problems = List.of();
        if (headerWidth > 0 && cells.length != headerWidth && !fitsHeader(cells)) {
            problems = add(problems, RowProblem.of(RowProblem.Code.SHIFTED, cells.length, headerWidth));
        }
        long pence = Amounts.NOT_AN_AMOUNT;
        if (amountColumn == 0) {
            problems = add(problems, RowProblem.of(RowProblem.Code.NO_AMOUNT_COLUMN));
        } else {
            String amount = cell(cells, amountColumn);
            pence = Amounts.parsePence(amount);
            if (Blanks.isBlank(amount)) {
                problems = add(problems, RowProblem.of(RowProblem.Code.AMOUNT_MISSING));
            } else if (pence == Amounts.NOT_AN_AMOUNT) {
                problems = add(problems, RowProblem.of(RowProblem.Code.AMOUNT_NOT_MONEY, Blanks.trim(amount)));
            }
        }
        LocalDate date = null;
        String dateText = cell(cells, dateColumn);
        if (dateColumn == 0) {
            problems = add(problems, RowProblem.of(RowProblem.Code.NO_DATE_COLUMN));
        } else if (Blanks.isBlank(dateText)) {
            problems = add(problems, RowProblem.of(RowProblem.Code.DATE_MISSING));
        } else if ((date = SpendDates.parse(dateText)) == null) {
            problems = add(problems, RowProblem.of(RowProblem.Code.DATE_NOT_DATE, Blanks.trim(dateText)));
        }
        String supplier = cell(cells, supplierColumn);
        if (supplierColumn == 0) {
            problems = add(problems, RowProblem.of(RowProblem.Code.NO_SUPPLIER_COLUMN));
        } else if (Blanks.isBlank(supplier)) {
            problems = add(problems, RowProblem.of(RowProblem.Code.SUPPLIER_MISSING));
        }
        boolean totalLine = date == null && isTotalLine(cells);
        if (totalLine) {
            problems = List.of(RowProblem.of(RowProblem.Code.TOTAL_LINE));
        } else if (date == null && pence == Amounts.NOT_AN_AMOUNT && looksLikeHeader(cells)) {
            problems = List.of(RowProblem.of(RowProblem.Code.HEADER_ROW));
        }
        boolean redacted = isRedacted(supplier) || isRedacted(cell(cells, purposeColumn));
        return new SpendRow(
                record.line(),
                Collections.unmodifiableList(Arrays.asList(cells)),
                mapping,
                date,
                pence,
                problems,
                redacted,
                formula,
                totalLine);
    }

    /** A short row is fine when every mapped column is inside it; a long one when the extra cells are empty. */
    private boolean fitsHeader(String[] cells) {
        if (cells.length > headerWidth) {
            for (int i = headerWidth; i < cells.length; i++) {
                if (!Blanks.isBlank(cells[i])) {
                    return false;
                }
            }
            return true;
        }
        for (int column : mapping.columns().values()) {
            if (column > cells.length) {
                return false;
            }
        }
        return true;
    }

    /** Accepted rows, nearly all of them, allocate no list. */
    private static List<RowProblem> add(List<RowProblem> problems, RowProblem problem) {
        List<RowProblem> more = problems.isEmpty() ? new ArrayList<>(2) : problems;
        more.add(problem);
        return more;
    }

    private static String cell(String[] cells, int column) {
        return column == 0 || column > cells.length ? "" : cells[column - 1];
    }

    private static boolean isTotalLine(String[] cells) {
        for (String cell : cells) {
            if (!Blanks.isBlank(cell)) {
                String word = Blanks.trim(cell).toLowerCase(Locale.ROOT);
                return word.equals("total")
                        || word.equals("totals")
                        || word.equals("grand total")
                        || word.equals("sub total")
                        || word.equals("subtotal")
                        || word.equals("total:");
            }
        }
        return false;
    }

    private static boolean looksLikeHeader(String[] cells) {
        ColumnMapping headings = HeaderDetector.map(cells);
        return headings.columns().size() + headings.ambiguities().size() >= 2;
    }

    /** One pass over the text, looking further only where a marker could start: this runs on every row. */
    static boolean isRedacted(String text) {
        for (int i = 0, last = text.length() - 6; i <= last; i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c == 'r' || c == 'p' || c == 'w') {
                char next = (char) (text.charAt(i + 1) | 0x20);
                for (String marker : REDACTION_MARKERS) {
                    if (marker.charAt(0) == c
                            && marker.charAt(1) == next
                            && text.regionMatches(true, i, marker, 0, marker.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
