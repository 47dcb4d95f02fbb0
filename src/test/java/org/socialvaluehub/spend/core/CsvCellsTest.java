package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cellsThatStartLikeAFormulaAreNeutralised() {
        assertThat(CsvCells.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvCells.cell("+44")).isEqualTo("'+44");
        assertThat(CsvCells.cell("-12")).isEqualTo("'-12");
        assertThat(CsvCells.cell("@SUM")).isEqualTo("'@SUM");
        assertThat(CsvCells.cell("Plain")).isEqualTo("Plain");
    }

    @Test
    void aLineIsQuotedWhereNeededAndEndsInCrLf() {
        assertThat(CsvCells.line("a,b", 12, null)).isEqualTo("\"a,b\",12,\r\n");
    }
}
