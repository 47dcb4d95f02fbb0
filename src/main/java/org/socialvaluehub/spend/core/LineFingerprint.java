package org.socialvaluehub.spend.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Identifies a spend line by what it says (date, amount, supplier, transaction id and every cell), so the same
 * line imported twice is recognised; 16 bytes of SHA-256.
 */
public final class LineFingerprint {

    private final MessageDigest sha;

    public LineFingerprint() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public byte[] of(SpendRow row) {
        sha.reset();
        update(String.valueOf(row.date()));
        update(Long.toString(row.amountPence()));
        update(row.text(SpendField.SUPPLIER_NAME));
        update(row.text(SpendField.TRANSACTION_ID));
        for (String cell : row.cells()) {
            update(cell == null ? "" : cell.strip());
        }
        return Arrays.copyOf(sha.digest(), 16);
    }

    private void update(String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1f);
    }
}
