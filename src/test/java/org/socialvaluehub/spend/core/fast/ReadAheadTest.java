package org.socialvaluehub.spend.core.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialvaluehub.spend.core.LineFingerprint;
import org.socialvaluehub.spend.core.Occurrences;
import org.socialvaluehub.spend.core.Samples;
import org.socialvaluehub.spend.core.SpendFile;
import org.socialvaluehub.spend.core.SpendFileException;
import org.socialvaluehub.spend.core.SpendFileProblem;
import org.socialvaluehub.spend.core.SpendFileReader;
import org.socialvaluehub.spend.core.SpendRow;

class ReadAheadTest {

    @TempDir
    Path folder;

    @Test
    void givesEveryRowInFileOrderWithTheFingerprintOfEachAcceptedRow() throws Exception {
        Path file = write(payments(3_500) + "31/02/2024,Impossible Date Ltd,Highways,Repairs,9.99\n" + payments(10));
        List<SpendRow> direct = Samples.rows(file, null);
        LineFingerprint fingerprint = new LineFingerprint();
        Occurrences occurrences = new Occurrences(); // the last ten payments repeat the first ten

        List<String> ahead = new ArrayList<>();
        try (SpendFile spend = new SpendFileReader().open(file, null);
                ReadAhead reads = new ReadAhead(spend)) {
            for (ReadAhead.Read read = reads.next(); read != null; read = reads.next()) {
                ahead.add(read.row().line() + " " + read.row().problems() + " "
                        + (read.fingerprint() == null ? "-" : HexFormat.of().formatHex(read.fingerprint())));
            }
            assertThat(reads.next()).isNull();
        }

        assertThat(ahead)
                .hasSize(3_511)
                .containsExactlyElementsOf(direct.stream()
                        .map(row -> row.line() + " " + row.problems() + " "
                                + (row.accepted()
                                        ? HexFormat.of().formatHex(occurrences.identify(fingerprint.of(row)))
                                        : "-"))
                        .toList());
        assertThat(ahead.get(3_500)).startsWith("3502 ").endsWith(" -");
    }

    @Test
    void aFileThatStopsBeingATableMidWaySaysSoAfterTheRowsBeforeIt() throws Exception {
        // A cell of 17 million characters is more than the CSV parser holds (a runaway quote in a real file does this).
        Path file = write(
                payments(2_500) + "01/03/2024,\"Runaway Quote Ltd" + "x".repeat(17_000_000) + "\"\n" + payments(5));

        List<Long> lines = new ArrayList<>();
        try (SpendFile spend = new SpendFileReader().open(file, null);
                ReadAhead reads = new ReadAhead(spend)) {
            assertThatThrownBy(() -> {
                        for (ReadAhead.Read read = reads.next(); read != null; read = reads.next()) {
                            lines.add(read.row().line());
                        }
                    })
                    .isInstanceOf(SpendFileException.class)
                    .satisfies(e ->
                            assertThat(((SpendFileException) e).problem()).isEqualTo(SpendFileProblem.NOT_A_TABLE));
        }
        assertThat(lines).hasSize(2_500).last().isEqualTo(2_501L);
    }

    @Test
    void closingEarlyStopsTheReadingThread() throws Exception {
        Path file = write(payments(50_000));
        try (SpendFile spend = new SpendFileReader().open(file, null);
                ReadAhead reads = new ReadAhead(spend)) {
            assertThat(reads.next().row().line()).isEqualTo(2);
        }
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("spend-read-ahead") && t.isAlive());
    }

    private Path write(String rows) throws Exception {
        Path file = folder.resolve("payments-" + System.nanoTime() + ".csv");
        Files.writeString(
                file, "Payment Date,Supplier Name,Service Area,Expense Type,Amount\n" + rows, StandardCharsets.UTF_8);
        return file;
    }

    private static String payments(int count) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append(String.format(
                    "%02d/%02d/2024,Supplier %d Ltd,Area %d,Repairs,%d.%02d%n",
                    1 + i % 28, 1 + i % 12, i % 97, i % 5, 10 + i, i % 100));
        }
        return rows.toString();
    }
}
