package org.socialvaluehub.spend.imports;

import java.time.LocalDate;

/**
 * A file's new lines on their way to {@code spend_line} or the staging table, written in PostgreSQL's binary COPY
 * format
 * and sent in blocks of about 256 KB.
 */
public final class LineStage implements AutoCloseable {

    private static final int BLOCK = 256 * 1024;
    private static final int COLUMNS = 14;

    private final BinaryCopy copy;
    private final long buyerId;
    private final long importId;
    private final CopyBinaryRows block = new CopyBinaryRows(BLOCK + 16 * 1024);

    LineStage(BinaryCopy copy, long buyerId, long importId) {
        this.copy = copy;
        this.buyerId = buyerId;
        this.importId = importId;
    }

    public void add(
            byte[] fingerprint,
            long line,
            LocalDate date,
            long pence,
            String name,
            String key,
            String number,
            String transaction,
            String area,
            String type,
            String purpose,
            boolean redacted) {
        block.row(COLUMNS)
                .int8(buyerId)
                .int8(importId)
                .bytea(fingerprint)
                .int8(line)
                .date(date)
                .int8(pence)
                .text(name)
                .text(key)
                .text(emptyIsNull(number))
                .text(emptyIsNull(transaction))
                .text(area)
                .text(type)
                .text(purpose)
                .bool(redacted);
        if (block.size() >= BLOCK) {
            copy.send(block);
        }
    }

    /** Sends what is left and ends the COPY; returns the lines staged. */
    public long finish() {
        return copy.end(block);
    }

    /** Cancels an unfinished COPY (a failure or a stop mid-file), so the transaction can roll back. */
    @Override
    public void close() {
        copy.close();
    }

    private static String emptyIsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
