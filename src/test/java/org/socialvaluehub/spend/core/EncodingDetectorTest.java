package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingDetectorTest {

    @TempDir
    Path dir;

    private TextEncoding detect(byte[] bytes) throws IOException {
        Path file = dir.resolve("spend.csv");
        Files.write(file, bytes);
        return EncodingDetector.detect(file);
    }

    @Test
    void plainAsciiIsUtf8() throws IOException {
        assertThat(detect("date,amount\n".getBytes(StandardCharsets.US_ASCII)).name())
                .isEqualTo("UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkIsNamedAndSkipped() throws IOException {
        TextEncoding encoding = detect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'});

        assertThat(encoding.name()).isEqualTo("UTF-8 with BOM");
        assertThat(encoding.bomLength()).isEqualTo(3);
    }

    @Test
    void aUtf16LittleEndianByteOrderMarkIsFound() throws IOException {
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}).charset())
                .isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void aPoundSignInWindows1252IsNotUtf8() throws IOException {
        assertThat(detect("amount\n\u00a310.00\n".getBytes(EncodingDetector.WINDOWS_1252))
                        .name())
                .isEqualTo("windows-1252");
    }

    @Test
    void aPoundSignAsByte9cMeansADosCodePage() throws IOException {
        assertThat(detect("amount\n\u00a310.00\n".getBytes(EncodingDetector.DOS_850))
                        .name())
                .isEqualTo("IBM850");
    }

    @Test
    void oneWindows1252ByteFarIntoAnAsciiFileIsStillFound() throws IOException {
        byte[] bytes = ("x,1\n".repeat(100_000) + "caf\u00e9,2\n").getBytes(EncodingDetector.WINDOWS_1252);

        assertThat(detect(bytes).name()).isEqualTo("windows-1252");
    }

    @Test
    void validUtf8WithAccentsIsUtf8() throws IOException {
        assertThat(detect("caf\u00e9,\u00a310\n".getBytes(StandardCharsets.UTF_8))
                        .name())
                .isEqualTo("UTF-8");
    }
}
