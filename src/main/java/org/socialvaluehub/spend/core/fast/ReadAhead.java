package org.socialvaluehub.spend.core.fast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.socialvaluehub.spend.core.LineFingerprint;
import org.socialvaluehub.spend.core.Occurrences;
import org.socialvaluehub.spend.core.SpendFile;
import org.socialvaluehub.spend.core.SpendFileException;
import org.socialvaluehub.spend.core.SpendRow;

/**
 * Reads a spend file on a thread of its own, up to a few thousand rows ahead of the caller, with each accepted row's
 * fingerprint: parsing a large file and storing its rows then take a core each instead of taking turns on one. Rows
 * come out in file order; a problem reading the file comes out of {@link #next()} where it happened. Close it (before
 * the file) to stop the reading thread early.
 */
public final class ReadAhead implements AutoCloseable {

    /** One row of the file, with its fingerprint when it is accepted (null when it is rejected). */
    public record Read(SpendRow row, byte[] fingerprint) {}

    private static final int BATCH = 1_000;
    private static final Object END = new Object();

    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile boolean closed;
    private Iterator<Read> batch = Collections.emptyIterator();
    private boolean ended;

    public ReadAhead(SpendFile file) {
        thread = new Thread(() -> read(file), "spend-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next row, or null after the last. */
    public Read next() throws SpendFileException {
        while (!batch.hasNext()) {
            if (ended) {
                return null;
            }
            Object item = take();
            if (item instanceof SpendFileException e) {
                ended = true;
                throw e;
            }
            if (item instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            if (item instanceof Error e) {
                ended = true;
                throw e;
            }
            if (item == END) {
                ended = true;
                return null;
            }
            @SuppressWarnings("unchecked")
            Iterator<Read> next = ((List<Read>) item).iterator();
            batch = next;
        }
        return batch.next();
    }

    /** Stops the reading thread and waits for it, so the file can be closed. */
    @Override
    public void close() {
        closed = true;
        batches.clear();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(SpendFile file) {
        LineFingerprint fingerprint = new LineFingerprint();
        Occurrences occurrences = new Occurrences();
        List<Read> rows = new ArrayList<>(BATCH);
        try {
            for (SpendRow row = file.next(); row != null && !closed; row = file.next()) {
                rows.add(new Read(row, row.accepted() ? occurrences.identify(fingerprint.of(row)) : null));
                if (rows.size() == BATCH) {
                    put(rows);
                    rows = new ArrayList<>(BATCH);
                }
            }
            put(rows);
            put(END);
        } catch (SpendFileException | RuntimeException | Error e) {
            put(rows);
            put(e);
        }
    }

    /** Hands a batch over, waiting while the caller is behind, unless it has stopped reading. */
    private void put(Object item) {
        try {
            while (!closed && !batches.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the caller is busy with earlier rows
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Object take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the spend file", e);
        }
    }
}
