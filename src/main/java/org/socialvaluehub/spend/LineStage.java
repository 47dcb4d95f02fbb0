package org.socialvaluehub.spend;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.postgresql.copy.CopyIn;

/**
 * A file's new lines on their way to {@code spend_line} or the staging table, written in PostgreSQL's COPY text format and sent in
 * blocks of about 256 KB.
 */
final class LineStage implements AutoCloseable {

    private static final int BLOCK = 256 * 1024;
    private static final HexFormat HEX = HexFormat.of();

    private final CopyIn copy;
    private final String prefix;
    private final Runnable release;
    private final StringBuilder block = new StringBuilder(BLOCK + 4096);

    /** @param prefix the buyer and import columns every line starts with, tab-separated with a trailing tab */
    LineStage(CopyIn copy, String prefix, Runnable release) {
        this.copy = copy;
        this.prefix = prefix;
        this.release = release;
    }

    void add(byte[] fingerprint, long line, LocalDate date, long pence, String name, String key, String number,
             String transaction, String area, String type, String purpose, boolean redacted) {
        block.append(prefix).append("\\\\x").append(HEX.formatHex(fingerprint)).append('\t').append(line).append('\t')
            .append(date).append('\t').append(pence);
        for (String text : new String[] {name, key, emptyIsNull(number), emptyIsNull(transaction), area, type, purpose}) {
            block.append('\t');
            text(text);
        }
        block.append('\t').append(redacted ? 't' : 'f').append('\n');
        if (block.length() >= BLOCK) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; returns the lines staged. */
    long finish() {
        flush();
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("Spend lines could not be staged: " + e.getMessage(), e);
        }
    }

    /** Cancels an unfinished COPY (a failure or a stop mid-file), so the transaction can roll back. */
    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        } finally {
            release.run();
        }
    }

    private void flush() {
        if (block.isEmpty()) {
            return;
        }
        byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
        block.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("Spend lines could not be staged: " + e.getMessage(), e);
        }
    }

    private void text(String text) {
        if (text == null) {
            block.append("\\N");
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> block.append("\\\\");
                case '\t' -> block.append("\\t");
                case '\n' -> block.append("\\n");
                case '\r' -> block.append("\\r");
                case '\0' -> { } // PostgreSQL text cannot hold NUL
                default -> block.append(c);
            }
        }
    }

    private static String emptyIsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
