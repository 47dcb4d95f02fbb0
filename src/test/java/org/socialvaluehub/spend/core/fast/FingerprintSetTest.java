package org.socialvaluehub.spend.core.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class FingerprintSetTest {

    @Test
    void knowsEveryFingerprintItWasGivenAcrossGrowth() {
        FingerprintSet set = new FingerprintSet();
        for (long i = 0; i < 50_000; i++) {
            assertThat(set.add(fingerprint(i, i * 31))).isTrue();
        }
        for (long i = 0; i < 50_000; i++) {
            assertThat(set.add(fingerprint(i, i * 31))).isFalse();
        }
        assertThat(set.add(fingerprint(7, 8))).isTrue();
        assertThat(set.size()).isEqualTo(50_001);
    }

    private static byte[] fingerprint(long high, long low) {
        return ByteBuffer.allocate(16).putLong(high).putLong(low).array();
    }
}
