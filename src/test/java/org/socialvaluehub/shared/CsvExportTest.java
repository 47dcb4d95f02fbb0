package org.socialvaluehub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void textThatStartsLikeAFormulaBecomesTextWithALeadingApostrophe() {
        assertThat(CsvExport.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvExport.text("+44 1865")).isEqualTo("'+44 1865");
        assertThat(CsvExport.text("-2")).isEqualTo("'-2");
        assertThat(CsvExport.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvExport.text("\rx")).isEqualTo("'\rx");
        assertThat(CsvExport.text("Amber Print Ltd")).isEqualTo("Amber Print Ltd");
        assertThat(CsvExport.text("a=b")).isEqualTo("a=b");
        assertThat(CsvExport.text(null)).isEmpty();
    }

    @Test
    void aCellIsGuardedThenQuotedWhenItHoldsACommaAQuoteOrALineBreak() {
        assertThat(CsvExport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvExport.cell("Kestrel, Joinery")).isEqualTo("\"Kestrel, Joinery\"");
        assertThat(CsvExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExport.cell("Plain name")).isEqualTo("Plain name");
        assertThat(CsvExport.cell(null)).isEmpty();
    }

    @Test
    void aLineIsQuotedWhereNeededAndEndsInCrLf() {
        assertThat(CsvExport.line("a,b", 12, null, "-1")).isEqualTo("\"a,b\",12,,'-1\r\n");
    }

    @Test
    void theReversibleGuardSurvivesExportAndImportForEveryText() {
        for (String text : List.of("=1+1", "'=1+1", "''@x", "'plain", "plain", "-", "", "'", "a=b")) {
            assertThat(CsvExport.unguard(CsvExport.guardReversibly(text)))
                    .as(text)
                    .isEqualTo(text);
        }
        assertThat(CsvExport.guardReversibly("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExport.guardReversibly("'=1+1")).isEqualTo("''=1+1");
        assertThat(CsvExport.guardReversibly("'plain")).isEqualTo("'plain");
    }
}
