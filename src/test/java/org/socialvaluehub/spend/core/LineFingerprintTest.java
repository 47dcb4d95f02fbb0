package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialvaluehub.spend.core.fast.Utf8;

class LineFingerprintTest {

    @TempDir
    Path folder;

    /**
     * Fingerprints are stored with every line and compared with every later import's, so how they are computed must
     * never
     * change: the first 16 bytes of SHA-256 over the date, amount in pence, supplier name, transaction id and every
     * stripped cell, each as UTF-8 followed by a unit separator (0x1F).
     */
    @Test
    void fingerprintsStayWhatTheyHaveAlwaysBeenForEverySampleFile() throws Exception {
        List<Path> files;
        try (Stream<Path> samples = Files.walk(Samples.sample("utf8-bom.csv").getParent())) {
            files = samples.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equals("not-a-table.csv")
                            && !f.getFileName().toString().equals("empty.csv"))
                    .toList();
        }
        Path awkward = folder.resolve("awkward.csv");
        Files.writeString(
                awkward,
                "Date,Supplier,Amount,Notes\n01/04/2024,Caf\u00e9 \u00d8rsted \u2013 \ud834\udd1e,12.00,"
                        + "notes\n02/04/2024,\"Nul\u0000 Ltd\",(1.50),\u00a3 and \u201cquotes\u201d\n",
                StandardCharsets.UTF_8);
        LineFingerprint fingerprint = new LineFingerprint();
        int rows = 0;
        for (Path file : Stream.concat(files.stream(), Stream.of(awkward)).toList()) {
            List<SpendRow> read;
            try {
                read = Samples.rows(file, null);
            } catch (SpendFileException refused) {
                continue; // the samples of files that are not tables
            }
            for (SpendRow row : read) {
                if (row.accepted()) {
                    assertThat(fingerprint.of(row))
                            .as(file + " line " + row.line())
                            .isEqualTo(reference(row));
                    rows++;
                }
            }
        }
        assertThat(rows).isGreaterThan(100);
    }

    @Test
    void utf8IsWrittenAsJavaWritesItWithNulDroppedOnlyWhenAsked() {
        for (String text : List.of(
                "",
                "plain",
                "\u00a3 caf\u00e9",
                "\u2013\u201c\u201d",
                "\ud834\udd1e clef",
                "lone \ud800 high",
                "lone \udc00 low",
                "ends high \ud800",
                "nul\u0000inside")) {
            byte[] out = new byte[Utf8.most(text.length())];
            int end = Utf8.write(text, out, 0, false);
            assertThat(Arrays.copyOf(out, end)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
            end = Utf8.write(text, out, 0, true);
            assertThat(Arrays.copyOf(out, end))
                    .as(text)
                    .isEqualTo(text.replace("\u0000", "").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] reference(SpendRow row) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> pieces = new ArrayList<>(List.of(
                String.valueOf(row.date()),
                Long.toString(row.amountPence()),
                row.text(SpendField.SUPPLIER_NAME),
                row.text(SpendField.TRANSACTION_ID)));
        row.cells().forEach(cell -> pieces.add(cell == null ? "" : cell.strip()));
        for (String piece : pieces) {
            sha.update(piece.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
        }
        return Arrays.copyOf(sha.digest(), 16);
    }
}
