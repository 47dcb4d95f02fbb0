package org.socialvaluehub.engagement.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationCsvTest {

    @Test
    void cellsThatStartLikeFormulasBecomeText() {
        assertThat(RegistrationCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(RegistrationCsv.cell("+44 1865")).isEqualTo("'+44 1865");
        assertThat(RegistrationCsv.cell("-2")).isEqualTo("'-2");
        assertThat(RegistrationCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RegistrationCsv.cell("Kestrel, Joinery")).isEqualTo("\"Kestrel, Joinery\"");
        assertThat(RegistrationCsv.cell("Plain name")).isEqualTo("Plain name");
    }

    @Test
    void listsNameOrganisationEmailAndTimeInUkTime() {
        Registration r = new Registration(1, 2, 3, 4, "Ann Lee", "ann@example.org", Registration.Status.REGISTERED,
                Instant.parse("2027-07-01T09:30:00Z"));
        String csv = RegistrationCsv.of(List.of(r), Map.of(4L, "=cmd|' /C calc'!A0"));
        assertThat(csv).isEqualTo("name,organisation,email,registered_at,status\r\n"
                + "Ann Lee,'=cmd|' /C calc'!A0,ann@example.org,2027-07-01 10:30,registered\r\n");
    }
}
