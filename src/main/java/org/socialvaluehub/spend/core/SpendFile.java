package org.socialvaluehub.spend.core;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** An open spend file: its layout is known, and its rows can be read once, in order, one at a time. */
public final class SpendFile implements AutoCloseable {

    private final SpendFileLayout layout;
    private final Deque<RawRecord> lookahead;
    private final RecordSource source;
    private final RowChecker checker;

    SpendFile(SpendFileLayout layout, Deque<RawRecord> lookahead, RecordSource source) {
        this.layout = layout;
        this.lookahead = new ArrayDeque<>(lookahead);
        this.source = source;
        this.checker = new RowChecker(layout.mapping(), layout.headerWidth());
    }

    public SpendFileLayout layout() {
        return layout;
    }

    /** The next data row, accepted or rejected, or null at the end; blank rows are skipped. */
    public SpendRow next() throws SpendFileException {
        while (true) {
            RawRecord record = lookahead.isEmpty() ? source.next() : lookahead.poll();
            if (record == null) {
                return null;
            }
            SpendRow row = checker.check(record);
            if (row != null) {
                return row;
            }
        }
    }

    /** Hands every remaining data row to the consumer. */
    public void forEachRow(Consumer<SpendRow> consumer) throws SpendFileException {
        for (SpendRow row = next(); row != null; row = next()) {
            consumer.accept(row);
        }
    }

    @Override
    public void close() throws SpendFileException {
        try {
            source.close();
        } catch (IOException e) {
            throw new SpendFileException(
                    SpendFileProblem.UNREADABLE, "The file could not be closed: " + e.getMessage(), e);
        }
    }
}
