package org.socialvaluehub.spend;

import java.util.List;
import org.socialvaluehub.spend.core.SpendCheckReport;

/**
 * What one import took in.
 *
 * @param importId the import's id
 * @param rowsRead data rows in the file
 * @param rowsAccepted rows that could be read
 * @param rowsRejected rows turned away, with the reasons in {@code rejections}
 * @param rowsAdded accepted rows that were new (the rest were imported before)
 * @param rowsRedacted accepted rows whose payee the publisher withheld (kept in totals, not in supplier analysis)
 * @param rowsWithFormula rows with a spreadsheet formula in a cell (kept as text, never run)
 * @param rejections the line and reason of each rejected row
 */
public record ImportResult(
        long importId,
        long rowsRead,
        long rowsAccepted,
        long rowsRejected,
        long rowsAdded,
        long rowsRedacted,
        long rowsWithFormula,
        List<SpendCheckReport.Rejection> rejections) {

    public ImportResult {
        rejections = List.copyOf(rejections);
    }

    /** Accepted rows that were already in the database, from this file or an earlier one. */
    public long rowsAlreadyImported() {
        return rowsAccepted - rowsAdded;
    }
}
