package org.socialvaluehub.spend.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole spend file without storing it and reports what an import of it would take in and turn away. */
public final class SpendCheck {

    private final SpendFileReader reader;

    public SpendCheck(SpendFileReader reader) {
        this.reader = reader;
    }

    public SpendCheckReport check(Path file) throws SpendFileException {
        return check(file, null);
    }

    public SpendCheckReport check(Path file, ColumnMapping confirmed) throws SpendFileException {
        try (SpendFile spend = reader.open(file, confirmed)) {
            Tally tally = new Tally();
            for (SpendRow row = spend.next(); row != null; row = spend.next()) {
                tally.add(row);
            }
            return new SpendCheckReport(
                    file.toString(),
                    spend.layout(),
                    tally.read,
                    tally.accepted,
                    tally.read - tally.accepted,
                    tally.amountTotal,
                    tally.acceptedTotal,
                    tally.from,
                    tally.to,
                    tally.rejected,
                    tally.fileTotal);
        }
    }

    /** The running counts; a plain class rather than a stream collector because it sits on the hot path. */
    private static final class Tally {
        private long read;
        private long accepted;
        private long amountTotal;
        private long acceptedTotal;
        private LocalDate from;
        private LocalDate to;
        private final List<SpendCheckReport.Rejection> rejected = new ArrayList<>();
        private Long fileTotal;

        void add(SpendRow row) {
            read++;
            if (row.hasAmount() && !row.totalLine()) {
                amountTotal = Math.addExact(amountTotal, row.amountPence());
            } else if (row.hasAmount()) {
                fileTotal = row.amountPence();
            }
            LocalDate date = row.date();
            if (date != null) {
                if (from == null || date.isBefore(from)) {
                    from = date;
                }
                if (to == null || date.isAfter(to)) {
                    to = date;
                }
            }
            if (row.accepted()) {
                accepted++;
                acceptedTotal = Math.addExact(acceptedTotal, row.amountPence());
            } else {
                rejected.add(new SpendCheckReport.Rejection(row.line(), row.problems()));
            }
        }
    }
}
