package org.socialvaluehub.spend.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CopyBinaryRowsTest {

    private static final int HEADER = 19;

    /** The bytes written after the header. */
    private static byte[] body(CopyBinaryRows rows) {
        return Arrays.copyOfRange(rows.bytes(), HEADER, rows.size());
    }

    @Test
    void theBufferStartsWithPostgresqlsBinaryCopySignature() {
        CopyBinaryRows rows = new CopyBinaryRows(4);

        assertThat(Arrays.copyOf(rows.bytes(), 11))
                .containsExactly('P', 'G', 'C', 'O', 'P', 'Y', '\n', 0xFF, '\r', '\n', 0);
        assertThat(rows.size()).isEqualTo(HEADER);
    }

    @Test
    void aRowStartsWithItsFieldCount() {
        assertThat(body(new CopyBinaryRows(64).row(3))).containsExactly(0, 3);
    }

    @Test
    void aBigintIsEightBytesBigEndian() {
        assertThat(body(new CopyBinaryRows(64).int8(0x0102030405060708L)))
                .containsExactly(0, 0, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aNullIsLengthMinusOne() {
        assertThat(body(new CopyBinaryRows(64).none())).containsExactly(0xFF, 0xFF, 0xFF, 0xFF);
    }

    @Test
    void aDateCountsDaysFromTheFirstOfJanuary2000() {
        assertThat(body(new CopyBinaryRows(64).date(LocalDate.of(2000, 1, 2)))).containsExactly(0, 0, 0, 4, 0, 0, 0, 1);
    }

    @Test
    void aBooleanIsOneByte() {
        assertThat(body(new CopyBinaryRows(64).bool(true))).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void textIsUtf8WithItsByteLength() {
        assertThat(body(new CopyBinaryRows(64).text("£1"))).containsExactly(0, 0, 0, 3, 0xC2, 0xA3, '1');
    }

    @Test
    void aNulCharacterInTextIsDropped() {
        assertThat(body(new CopyBinaryRows(64).text("a\u0000b"))).containsExactly(0, 0, 0, 2, 'a', 'b');
    }

    @Test
    void nullTextIsANull() {
        assertThat(body(new CopyBinaryRows(64).text(null))).containsExactly(0xFF, 0xFF, 0xFF, 0xFF);
    }

    @Test
    void theBufferGrowsPastItsFirstCapacity() {
        CopyBinaryRows rows = new CopyBinaryRows(1);
        for (int i = 0; i < 1_000; i++) {
            rows.row(1).int4(i);
        }

        assertThat(rows.size()).isEqualTo(HEADER + 1_000 * 10);
    }

    @Test
    void theEndIsMinusOneAsAFieldCount() {
        assertThat(body(new CopyBinaryRows(64).end())).containsExactly(0xFF, 0xFF);
    }

    @Test
    void clearingEmptiesTheBufferHeaderAndAll() {
        CopyBinaryRows rows = new CopyBinaryRows(64).row(1).int4(5);
        rows.clear();

        assertThat(rows.size()).isZero();
    }
}
