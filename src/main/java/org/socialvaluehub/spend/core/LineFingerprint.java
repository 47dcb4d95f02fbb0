package org.socialvaluehub.spend.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.socialvaluehub.spend.core.fast.Utf8;

/**
 * Identifies a spend line by what it says (date, amount, supplier, transaction id and every cell), so the same
 * line imported twice is recognised; 16 bytes of SHA-256. Identical lines within one file are told apart by their
 * occurrence number ({@link Occurrences}).
 */
public final class LineFingerprint {

    private final MessageDigest sha;
    private byte[] bytes = new byte[1024];
    private int used;

    public LineFingerprint() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public byte[] of(SpendRow row) {
        used = 0;
        add(String.valueOf(row.date()));
        add(Long.toString(row.amountPence()));
        add(row.text(SpendField.SUPPLIER_NAME));
        add(row.text(SpendField.TRANSACTION_ID));
        for (String cell : row.cells()) {
            add(cell == null ? "" : cell.strip());
        }
        sha.reset();
        sha.update(bytes, 0, used);
        return Arrays.copyOf(sha.digest(), 16);
    }

    /** The fingerprint of the n-th (n ≥ 2) of identical lines in one file: the line's fingerprint and n, hashed. */
    public byte[] occurrence(byte[] line, int n) {
        used = 0;
        for (byte b : line) {
            addByte(b);
        }
        add(Integer.toString(n));
        sha.reset();
        sha.update(bytes, 0, used);
        return Arrays.copyOf(sha.digest(), 16);
    }

    private void addByte(byte b) {
        if (used == bytes.length) {
            bytes = Arrays.copyOf(bytes, 2 * bytes.length);
        }
        bytes[used++] = b;
    }

    /** Each piece as UTF-8 with a unit separator after it, gathered so the digest is fed once a line. */
    private void add(String text) {
        int most = used + Utf8.most(text.length()) + 1;
        if (most > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(most, 2 * bytes.length));
        }
        used = Utf8.write(text, bytes, used, false);
        bytes[used++] = 0x1f;
    }
}
