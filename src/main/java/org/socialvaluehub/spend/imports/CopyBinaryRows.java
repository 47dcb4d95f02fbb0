package org.socialvaluehub.spend.imports;

import java.time.LocalDate;
import java.util.Arrays;
import org.socialvaluehub.spend.core.fast.Utf8;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, gathered in a growing byte buffer: each row a field count, then each
 * field as a length and its bytes in the column type's binary form. PostgreSQL then has no text to parse, and the lines
 * need no escaping or number formatting here. The format: https://www.postgresql.org/docs/current/sql-copy.html
 */
final class CopyBinaryRows {

    private static final byte[] HEADER = {
        'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
    };
    /** PostgreSQL counts dates in days from 2000-01-01. */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private byte[] bytes;
    private int size;

    CopyBinaryRows(int capacity) {
        bytes = new byte[capacity];
        room(HEADER.length);
        System.arraycopy(HEADER, 0, bytes, 0, HEADER.length);
        size = HEADER.length;
    }

    CopyBinaryRows row(int fields) {
        room(2);
        short16(fields);
        return this;
    }

    CopyBinaryRows int8(long value) {
        room(12);
        int32(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    CopyBinaryRows int4(int value) {
        room(8);
        int32(4);
        int32(value);
        return this;
    }

    /** A null in a column of any type. */
    CopyBinaryRows none() {
        room(4);
        int32(-1);
        return this;
    }

    CopyBinaryRows date(LocalDate date) {
        room(8);
        int32(4);
        int32((int) (date.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    CopyBinaryRows bool(boolean value) {
        room(5);
        int32(1);
        bytes[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    CopyBinaryRows bytea(byte[] value) {
        room(4 + value.length);
        int32(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    /**
     * Text as UTF-8, or null; NUL characters are dropped (PostgreSQL text cannot hold them), lone surrogates become ?.
     */
    CopyBinaryRows text(String value) {
        if (value == null) {
            return none();
        }
        room(4 + Utf8.most(value.length()));
        int lengthAt = size;
        size = Utf8.write(value, bytes, size + 4, true);
        int length = size - lengthAt - 4;
        bytes[lengthAt] = (byte) (length >>> 24);
        bytes[lengthAt + 1] = (byte) (length >>> 16);
        bytes[lengthAt + 2] = (byte) (length >>> 8);
        bytes[lengthAt + 3] = (byte) length;
        return this;
    }

    /** The end of the rows, after the last. */
    CopyBinaryRows end() {
        room(2);
        short16(-1);
        return this;
    }

    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    /** Empties the buffer once its bytes are sent; the header is sent only once, with the first. */
    void clear() {
        size = 0;
    }

    private void short16(int value) {
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void int32(int value) {
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
