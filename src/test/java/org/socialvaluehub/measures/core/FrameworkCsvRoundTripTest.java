package org.socialvaluehub.measures.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkCsvRoundTripTest {

    @Test
    void shippedDefaultFrameworkLoadsWithoutErrorsAndHasTheAgreedShape() {
        Framework framework = FrameworkCsvReader.read(Frameworks.shippedCsv());
        assertThat(framework.themes()).hasSize(5);
        assertThat(framework.outcomes()).hasSize(15);
        assertThat(framework.measures()).hasSize(37);
        assertThat(framework.values()).hasSize(6).containsOnlyKeys("JS04", "JS10", "CW04", "EC01", "EC02", "EC03");
        assertThat(framework.publicationProblems()).isEmpty();
    }

    @Test
    void shippedFileIsAlreadyInTheWritersExactForm() {
        byte[] shipped = Frameworks.shippedCsv();
        assertThat(new String(FrameworkCsvWriter.write(FrameworkCsvReader.read(shipped)), StandardCharsets.UTF_8))
                .isEqualTo(new String(shipped, StandardCharsets.UTF_8));
    }

    @Test
    void exportImportExportIsByteForByteTheSame() {
        byte[] first = FrameworkCsvWriter.write(Frameworks.aSmallFramework());
        byte[] second = FrameworkCsvWriter.write(FrameworkCsvReader.read(first));
        assertThat(second).isEqualTo(first);
        assertThat(FrameworkCsvReader.read(first)).isEqualTo(Frameworks.aSmallFramework());
    }

    @Test
    void formulaLikeCellsAreGuardedOnExportAndRestoredOnImport() {
        Framework risky = new Framework(
                List.of(new Theme("T", "=HYPERLINK(\"http://evil\")")),
                List.of(new Outcome("O", "T", "+1 jobs", List.of("@risk", "'=already quoted"), List.of())),
                List.of(new Measure("M", "O", "-minus", "a \"quoted\", comma", Unit.COUNT, "", "")),
                Map.of());
        String csv = new String(FrameworkCsvWriter.write(risky), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(
                        "\"'=HYPERLINK(\"\"http://evil\"\")\"", ",'+1 jobs,", ",'-minus,", "'@risk; '=already quoted");
        assertThat(FrameworkCsvReader.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(risky);
    }

    @Test
    void outcomesAndThemesWithoutMeasuresSurviveTheRoundTrip() {
        Framework sparse = new Framework(
                List.of(new Theme("A", "Alone"), new Theme("B", "With outcome")),
                List.of(new Outcome("B1", "B", "No measures yet", List.of(), List.of(13))),
                List.of(),
                Map.of());
        assertThat(FrameworkCsvReader.read(FrameworkCsvWriter.write(sparse))).isEqualTo(sparse);
    }

    @Test
    void writesCrlfLineEndsWithoutByteOrderMark() {
        byte[] csv = FrameworkCsvWriter.write(Frameworks.aSmallFramework());
        assertThat(csv[0]).isEqualTo((byte) 't');
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith(String.join(",", FrameworkColumns.ALL) + "\r\n");
    }
}
