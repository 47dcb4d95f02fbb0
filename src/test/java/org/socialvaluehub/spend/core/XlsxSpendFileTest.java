package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socialvaluehub.spend.core.XlsxFixtures.row;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSpendFileTest {

    @TempDir
    Path folder;

    @Test
    void readsWorkbookWithPreambleSerialDatesAndFloatingPointPence() throws Exception {
        Path file = XlsxFixtures.workbook(
                folder.resolve("spend.xlsx"),
                row(1, "Payments over £500")
                        + row(3, "Payment Date", "Supplier Name", "Amount", "Link")
                        + row(4, "45383", "Ambridge Organics", "412.49999999999994", "")
                        + row(
                                6,
                                "01/04/2024",
                                "Redacted personal data",
                                "1.2E3",
                                "=HYPERLINK(\"https://x.org\",\"inv\")"));

        SpendCheckReport report = Samples.check(file);
        List<SpendRow> rows = Samples.rows(file, null);

        assertThat(report.layout().format()).isEqualTo("XLSX");
        assertThat(report.layout().headerRow()).isEqualTo(3);
        assertThat(rows).extracting(SpendRow::line).containsExactly(4L, 6L);
        assertThat(rows).extracting(SpendRow::amountPence).containsExactly(41_250L, 120_000L);
        assertThat(rows.get(0).date()).hasToString("2024-04-01");
        assertThat(rows.get(1).redacted()).isTrue();
        assertThat(rows.get(1).formula()).isTrue();
        assertThat(rows.get(1).cells().get(3)).isEqualTo("=HYPERLINK(\"https://x.org\",\"inv\")");
        assertThat(report.acceptedTotal()).isEqualByComparingTo("1612.50");
    }

    @Test
    void treatsFormulaInAmountCellAsTextAndRejectsIt() throws Exception {
        Path file = XlsxFixtures.workbook(
                folder.resolve("formula.xlsx"),
                row(1, "Date", "Supplier", "Amount") + row(2, "45383", "Lakey Hill", "=SUM(1,2)"));

        assertThat(Samples.check(file).rejected())
                .containsExactly(new SpendCheckReport.Rejection(
                        2, RowProblem.of(RowProblem.Code.AMOUNT_NOT_MONEY, "=SUM(1,2)")));
    }

    @Test
    void refusesZipBombPastTheDecompressedSizeLimit() throws Exception {
        Path file = XlsxFixtures.bomb(folder.resolve("bomb.xlsx"), 3);
        SpendFileReader reader =
                new SpendFileReader(ReaderLimits.defaults().withMaxDecompressedBytes(2 * ReaderLimits.MEGABYTE));

        assertThatThrownBy(() -> reader.open(file))
                .isInstanceOfSatisfying(
                        SpendFileException.class, e -> assertThat(e.problem()).isEqualTo(SpendFileProblem.ZIP_BOMB))
                .hasMessageContaining("would unpack to more than");
    }

    @Test
    void refusesZipBombByItsCompressionRatio() throws Exception {
        Path file = XlsxFixtures.bomb(folder.resolve("ratio.xlsx"), 20);

        assertThatThrownBy(() -> new SpendFileReader().open(file))
                .isInstanceOfSatisfying(
                        SpendFileException.class, e -> assertThat(e.problem()).isEqualTo(SpendFileProblem.ZIP_BOMB))
                .hasMessageContaining("compressed");
    }

    @Test
    void refusesZipBombThatDeclaresSmallSizes() throws Exception {
        Path file = XlsxFixtures.lyingAboutSizes(XlsxFixtures.bomb(folder.resolve("liar.xlsx"), 1));

        assertThatThrownBy(() -> new SpendFileReader().open(file))
                .isInstanceOfSatisfying(
                        SpendFileException.class, e -> assertThat(e.problem()).isEqualTo(SpendFileProblem.ZIP_BOMB))
                .hasMessageContaining("declares 100 bytes but unpacks to more");
    }

    @Test
    void refusesAWorkbookThatDeclaresEntities() throws Exception {
        Path file = XlsxFixtures.withExternalEntity(folder.resolve("xxe.xlsx"));

        assertThatThrownBy(() -> new SpendFileReader().open(file))
                .isInstanceOfSatisfying(
                        SpendFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(SpendFileProblem.EXTERNAL_ENTITIES))
                .hasMessageContaining("external entities");
    }
}
