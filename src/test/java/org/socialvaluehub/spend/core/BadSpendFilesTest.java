package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadSpendFilesTest {

    @TempDir
    Path folder;

    @Test
    void refusesPdfRenamedToCsv() {
        assertRefused(Samples.sample("not-a-table.csv"), SpendFileProblem.NOT_A_TABLE, "PDF");
    }

    @Test
    void refusesEmptyFile() {
        assertRefused(Samples.sample("empty.csv"), SpendFileProblem.EMPTY, "empty");
    }

    @Test
    void refusesFileOfBlankRows() throws Exception {
        Path file = Files.writeString(folder.resolve("blank.csv"), ",,,\n,,,\n");
        assertRefused(file, SpendFileProblem.EMPTY, "no rows");
    }

    @Test
    void refusesBinaryData() throws Exception {
        Path file = Files.write(folder.resolve("photo.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        assertRefused(file, SpendFileProblem.NOT_A_TABLE, "binary");
    }

    @Test
    void refusesOldExcelWorkbook() throws Exception {
        Path file = Files.write(folder.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1});
        assertRefused(file, SpendFileProblem.UNSUPPORTED_FORMAT, ".xlsx");
    }

    @Test
    void refusesProseWithoutColumns() throws Exception {
        Path file = Files.writeString(folder.resolve("letter.csv"), "Dear supplier\nThank you for your invoice\n");
        assertRefused(file, SpendFileProblem.NOT_A_TABLE, "not a table");
    }

    @Test
    void refusesFileOverTheSizeLimit() {
        SpendFileReader reader = new SpendFileReader(ReaderLimits.defaults().withMaxFileBytes(100));

        assertThatThrownBy(() -> reader.open(Samples.sample("drifting-headers.csv")))
                .isInstanceOfSatisfying(
                        SpendFileException.class, e -> assertThat(e.problem()).isEqualTo(SpendFileProblem.TOO_LARGE))
                .hasMessageContaining("the limit is 100 bytes");
    }

    @Test
    void refusesMissingFile() {
        assertRefused(folder.resolve("nowhere.csv"), SpendFileProblem.MISSING, "no file");
    }

    @Test
    void refusesZipThatIsNotAWorkbook() throws Exception {
        Path file = folder.resolve("archive.csv");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }
        assertRefused(file, SpendFileProblem.NOT_A_TABLE, "XLSX");
    }

    private static void assertRefused(Path file, SpendFileProblem problem, String message) {
        assertThatThrownBy(() -> new SpendFileReader().open(file))
                .isInstanceOfSatisfying(
                        SpendFileException.class, e -> assertThat(e.problem()).isEqualTo(problem))
                .hasMessageContaining(message);
    }
}
