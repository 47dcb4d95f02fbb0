package org.socialvaluehub.measures.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkCsvReaderTest {

    /** The header of files written before value types and discount schedules, which must still be read. */
    private static final String HEADER = String.join(
            ",",
            FrameworkColumns.ALL.stream()
                    .filter(c -> !FrameworkColumns.ADDED_LATER.contains(c))
                    .toList());

    private static final String FULL_HEADER = String.join(",", FrameworkColumns.ALL);
    private static final String GOOD_VALUE =
            "1,2,3,2024,Src,https://x.org,OGL,gold,0.1,stated,0,default,0,stated,0,stated,1";

    @Test
    void readsAFileAsUglyAsRealOnes() throws IOException {
        // BOM, CRLF, padded upper-case header names, quoted commas, blank and all-comma lines, trailing blank lines.
        Framework framework = FrameworkCsvReader.read(
                getClass().getResourceAsStream("/measures/ugly-framework.csv").readAllBytes());
        assertThat(framework.outcomes())
                .singleElement()
                .extracting(Outcome::name)
                .isEqualTo("More local people in good jobs, fairly paid");
        assertThat(framework.outcomes().get(0).sdgs()).containsExactly(8, 10);
        assertThat(framework.measures())
                .extracting(Measure::name)
                .containsExactly("Local hires, part-time too", "Hours raised to the Real Living Wage");
        assertThat(framework.measures().get(1).unit()).isEqualTo(Unit.HOURS);
        assertThat(framework.valueOf("JS01")).isEmpty();
        assertThat(framework
                        .valueOf("JS10")
                        .orElseThrow()
                        .additionality()
                        .attribution()
                        .basis())
                .isEqualTo(Factor.Basis.STATED);
    }

    @Test
    void rejectsInvalidUtf8NamingTheLine() {
        byte[] windows1252 = (HEADER + "\nJS,Jobs,JS1,Out,,,M1,Spend ").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[windows1252.length + 1];
        System.arraycopy(windows1252, 0, bytes, 0, windows1252.length);
        bytes[windows1252.length] = (byte) 0xA3; // "£" in Windows-1252
        assertThat(problems(bytes))
                .singleElement()
                .asString()
                .contains("not UTF-8: line 2 has a byte (0xA3)")
                .contains("CSV UTF-8");
    }

    @Test
    void namesEveryMissingAndUnknownColumn() {
        String header = HEADER.replace(",licence", "").replace(",unit,", ",units,");
        assertThat(problems(header + "\n"))
                .extracting(CsvProblem::toString)
                .containsExactlyInAnyOrder(
                        "line 1, units: is not a column of the framework CSV",
                        "line 1: missing column(s): unit, licence");
    }

    @Test
    void reportsEveryBadRowWithItsLineAndChangesNothing() {
        String csv = String.join(
                "\n",
                HEADER,
                row("M1", "people", GOOD_VALUE),
                row("M2", "furlongs", GOOD_VALUE),
                row("M1", "hours", ""),
                row("M3", "hours", "1,2,3,2024,Src,https://x.org,OGL,gold,1.5,stated,-0.2,default,0,stated,0,stated,1"),
                row("M4", "hours", "5,2,3,2024,Src,https://x.org,OGL,gold,0,stated,0,stated,0,stated,0,stated,1"),
                row("M5", "hours", "-1,0,3,2024,Src,https://x.org,OGL,platinum,,stated,0,maybe,0,stated,0,stated,1"),
                row("M6", "hours", "1,,3,,,,,,,,,,,,,,"),
                "JS,Jobs,JS1,Outcome,,,M7,too few cells");
        assertThat(problems(csv))
                .extracting(CsvProblem::toString)
                .containsExactly(
                        "line 3, unit: 'furlongs' is not known; use one of: "
                                + "people, fte_years, hours, weeks, tco2e, gbp, count",
                        "line 5, deadweight: must be between 0 and 1 (a share: 25% is 0.25), but is 1.5",
                        "line 5, displacement: must be between 0 and 1 (a share: 25% is 0.25), but is -0.2",
                        "line 6, value_low: 5 is above value_central 2; low ≤ central ≤ high",
                        "line 7, deadweight: is empty: state it, or enter the agreed default and put 'default' in "
                                + "deadweight_basis; it is never taken as zero",
                        "line 7, displacement_basis: 'maybe' is not known; use one of: stated, default",
                        "line 7, evidence_grade: 'platinum' is not known; use one of: bronze, silver, gold",
                        "line 7, value_low: must not be negative, but is -1",
                        "line 8, value_central: is empty, but other value columns are filled: fill it, or clear every "
                                + "value column to leave the measure unmonetised (counted, not priced)",
                        "line 9: has 8 cells but the header has 29; is a comma inside an unquoted cell?",
                        "line 4, measure_code: 'M1' is already used on line 2; measure codes must be unique");
    }

    @Test
    void rejectsAThemeOrOutcomeDescribedDifferentlyOnTwoRows() {
        String csv = String.join(
                "\n",
                HEADER,
                row("M1", "people", ""),
                row("M2", "people", "").replace("JS,Jobs,", "JS,Jobs and skills,"));
        assertThat(problems(csv))
                .extracting(CsvProblem::toString)
                .containsExactly("line 3, theme_name: the theme 'JS' has different details here than on line 2; "
                        + "every row must describe it the same way");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(problems("\r\n\r\n")).extracting(CsvProblem::toString).containsExactly("line 1: the file is empty");
    }

    @Test
    void aFileFromBeforeValueTypesIsReadWithItsTypesNotStatedAndStandardDiscounting() {
        Framework legacy = FrameworkCsvReader.read(
                String.join("\n", HEADER, row("M1", "people", GOOD_VALUE)).getBytes(StandardCharsets.UTF_8));
        ProxyValue value = legacy.valueOf("M1").orElseThrow();
        assertThat(value.valueType()).isNull();
        assertThat(value.discounting()).isEqualTo(DiscountSchedule.STANDARD);
        assertThat(legacy.basis()).isEmpty();
        assertThat(value.additionality().leakage().basis()).isEqualTo(Factor.Basis.NOT_ASSESSED);
        assertThat(legacy.publicationProblems())
                .extracting(Problem::field)
                .containsExactly("M1 leakage", "M1 substitution", "M1 value_type");
    }

    @Test
    void readsTheValueTypeDiscountScheduleAndPriceBasis() {
        String csv = String.join(
                "\n",
                "# price_year: 2024-25",
                "# appraisal_base_year: 2025-26",
                FULL_HEADER,
                row("M1", "people", GOOD_VALUE + ",fiscal,health,0.3,stated,0.1,default"));
        Framework framework = FrameworkCsvReader.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(framework.valueOf("M1").orElseThrow().valueType()).isEqualTo(ValueType.FISCAL);
        assertThat(framework.valueOf("M1").orElseThrow().discounting()).isEqualTo(DiscountSchedule.HEALTH);
        assertThat(framework.basis()).contains(new PriceBasis(2024, 2025));
        assertThat(framework.valueOf("M1").orElseThrow().additionality().leakage())
                .isEqualTo(Factor.stated("0.3"));
        assertThat(framework.valueOf("M1").orElseThrow().additionality().substitution())
                .isEqualTo(Factor.defaulted("0.1"));
    }

    @Test
    void refusesAnUnknownValueTypeAMissingScheduleAndAHalfStatedPriceBasis() {
        String csv = String.join(
                "\n",
                "# price_year: 2024-26",
                FULL_HEADER,
                row("M1", "people", GOOD_VALUE + ",wellbeing,standard,0,stated,0,stated"),
                row("M2", "people", GOOD_VALUE + ",social,,,default,0,stated"));
        assertThat(problems(csv))
                .extracting(CsvProblem::toString)
                .containsExactly(
                        "line 3, value_type: 'wellbeing' is not known; use one of: social, fiscal, economic",
                        "line 4, leakage: is empty: state it, or enter the agreed default and put 'default' in "
                                + "leakage_basis; it is never taken as zero",
                        "line 4, discount_schedule: is missing",
                        "line 1, price_year: must be a financial year such as 2024-25");
    }

    private static String row(String code, String unit, String value) {
        String valueCells = value.isEmpty() ? ",".repeat(16) : value;
        return "JS,Jobs,JS1,Outcome,,8," + code + ",Name,,\"" + unit + "\",,," + valueCells;
    }

    private static List<CsvProblem> problems(String csv) {
        return problems(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvProblem> problems(byte[] bytes) {
        return catchThrowableOfType(CsvRejectedException.class, () -> FrameworkCsvReader.read(bytes))
                .problems();
    }
}
