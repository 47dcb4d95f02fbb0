package org.socialvaluehub.organisations.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CpvCodeAndEvidenceTest {

    @Test
    void matchesCpvCodesIgnoringTheCheckDigit() {
        assertThat(CpvCode.parse("45000000-7")).isEqualTo(CpvCode.parse("45000000-2"));
        assertThat(CpvCode.parse("45000000")).map(CpvCode::digits).hasValue("45000000");
        assertThat(CpvCode.parse("45000000-7")).map(CpvCode::division).hasValue("45");
        assertThat(CpvCode.parse("90910000-9")).map(CpvCode::stem).hasValue("9091");
        assertThat(CpvCode.parse("4500000")).isEmpty();
        assertThat(CpvCode.parse("abc")).isEmpty();
    }

    @Test
    void recognisesEvidenceByItsFirstBytesNotItsName() {
        assertThat(EvidenceType.detect("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))
                .hasValue(EvidenceType.PDF);
        assertThat(EvidenceType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .hasValue(EvidenceType.PNG);
        assertThat(EvidenceType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .hasValue(EvidenceType.JPEG);
        assertThat(EvidenceType.detect("<html><script>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(EvidenceType.detect(new byte[0])).isEmpty();
    }
}
