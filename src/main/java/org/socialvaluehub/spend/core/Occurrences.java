package org.socialvaluehub.spend.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.socialvaluehub.spend.core.fast.FingerprintSet;

/**
 * Numbers identical lines within one file, so a genuine repeated payment (the same supplier paid the same amount
 * twice on a day) is a line of its own while the same file imported again still adds nothing. The first of
 * identical lines keeps its plain fingerprint; the second, third… get a fingerprint of the line and its number.
 */
public final class Occurrences {

    private final FingerprintSet first = new FingerprintSet();
    private final Map<Key, Integer> repeats = new HashMap<>();
    private final LineFingerprint numbering = new LineFingerprint();

    /** The fingerprint that identifies this occurrence of the line in the file. */
    public byte[] identify(byte[] line) {
        if (first.add(line)) {
            return line;
        }
        int occurrence = repeats.merge(new Key(line), 2, (was, one) -> was + 1);
        return numbering.occurrence(line, occurrence);
    }

    private record Key(byte[] fingerprint) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(fingerprint, key.fingerprint);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(fingerprint);
        }
    }
}
