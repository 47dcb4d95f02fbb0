package org.socialvaluehub.spend;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.socialvaluehub.spend.core.SpendCheckReport;

/**
 * What one import took in, and how it reconciles: every row of the file is accepted or rejected, and the accepted
 * money is what was added plus what earlier imports had already brought in, to the penny.
 *
 * @param importId the import's id
 * @param rowsRead data rows in the file
 * @param rowsAccepted rows that could be read
 * @param rowsRejected rows turned away, with the reasons in {@code rejections}
 * @param rowsAdded accepted rows that were new (the rest were imported before)
 * @param rowsRedacted accepted rows whose payee the publisher withheld (kept in totals, not in supplier analysis)
 * @param rowsWithFormula rows with a spreadsheet formula in a cell (kept as text, never run)
 * @param rejections the line and reason of each rejected row (the first few hundred)
 * @param money the file's money: accepted, added, already imported, rejected and its own total
 * @param earlier the earlier imports that the already imported rows came from
 */
public record ImportResult(
        long importId,
        long rowsRead,
        long rowsAccepted,
        long rowsRejected,
        long rowsAdded,
        long rowsRedacted,
        long rowsWithFormula,
        List<SpendCheckReport.Rejection> rejections,
        Money money,
        List<Earlier> earlier) {

    public ImportResult {
        rejections = List.copyOf(rejections);
        earlier = List.copyOf(earlier);
    }

    /**
     * The file's money in pence.
     *
     * @param acceptedPence the accepted rows' amounts
     * @param addedPence the amounts of the rows this import added
     * @param alreadyPence the amounts of the accepted rows found among earlier imports' lines
     * @param rejectedPence the readable amounts of rejected rows (a total line's aside)
     * @param fileTotalPence the amount on the file's own total line, or null when it has none
     */
    public record Money(
            long acceptedPence, long addedPence, long alreadyPence, long rejectedPence, Long fileTotalPence) {

        /** Accepted = added + already imported, to the penny. */
        public boolean balances() {
            return acceptedPence == addedPence + alreadyPence;
        }

        /** The file's own total less the accepted total, or null when the file carries no total. */
        public Long fileTotalDifferencePence() {
            return fileTotalPence == null ? null : fileTotalPence - acceptedPence;
        }

        public BigDecimal accepted() {
            return pounds(acceptedPence);
        }

        public BigDecimal added() {
            return pounds(addedPence);
        }

        public BigDecimal already() {
            return pounds(alreadyPence);
        }

        public BigDecimal rejected() {
            return pounds(rejectedPence);
        }

        public BigDecimal fileTotal() {
            return fileTotalPence == null ? null : pounds(fileTotalPence);
        }

        public BigDecimal fileTotalDifference() {
            return fileTotalPence == null ? null : pounds(fileTotalDifferencePence());
        }

        private static BigDecimal pounds(long pence) {
            return BigDecimal.valueOf(pence, 2);
        }
    }

    /** Accepted rows of this file that an earlier import had brought in: which import, how many, how much. */
    public record Earlier(long importId, String fileName, Instant at, long lines, long pence) {

        public BigDecimal amount() {
            return BigDecimal.valueOf(pence, 2);
        }

        /** The day of the earlier import, in the UK. */
        public LocalDate day() {
            return at.atZone(ZoneId.of("Europe/London")).toLocalDate();
        }
    }

    /** Accepted rows that were already in the database, from an earlier import. */
    public long rowsAlreadyImported() {
        return rowsAccepted - rowsAdded;
    }
}
