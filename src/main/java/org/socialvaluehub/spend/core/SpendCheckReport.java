package org.socialvaluehub.spend.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a check of one spend file found.
 *
 * @param file the file as named by the caller
 * @param layout encoding, delimiter, header row and column mapping
 * @param rowsRead the data rows that are not blank
 * @param rowsAccepted the rows an import would take in
 * @param rowsRejected the rows an import would turn away, each listed in {@code rejected}
 * @param amountTotalPence every amount that could be read, in any data row, whatever else is wrong with it
 *     (a report's own total line is not a payment and is left out)
 * @param acceptedTotalPence the amounts of the accepted rows
 * @param from the earliest readable date of any data row, or null
 * @param to the latest readable date of any data row, or null
 * @param rejected the line and reason of every rejected row, in file order
 * @param fileTotalPence the amount on the file's own (last) total line, or null when it has none
 */
public record SpendCheckReport(
        String file,
        SpendFileLayout layout,
        long rowsRead,
        long rowsAccepted,
        long rowsRejected,
        long amountTotalPence,
        long acceptedTotalPence,
        LocalDate from,
        LocalDate to,
        List<Rejection> rejected,
        Long fileTotalPence) {

    /** A row turned away: where it is, and why (worded by the message bundle). */
    public record Rejection(long line, List<RowProblem> problems) {

        public Rejection {
            problems = List.copyOf(problems);
        }

        /** One reason, as tests and callers name it. */
        public Rejection(long line, RowProblem problem) {
            this(line, List.of(problem));
        }

        /** Whether any reason has the code. */
        public boolean has(RowProblem.Code code) {
            return problems.stream().anyMatch(p -> p.code() == code);
        }
    }

    public SpendCheckReport {
        rejected = List.copyOf(rejected);
    }

    public BigDecimal amountTotal() {
        return BigDecimal.valueOf(amountTotalPence, 2);
    }

    public BigDecimal acceptedTotal() {
        return BigDecimal.valueOf(acceptedTotalPence, 2);
    }
}
