package org.socialvaluehub.engagement.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationCsvTest {

    @Test
    void listsNameOrganisationEmailAndTimeInUkTime() {
        Registration r = new Registration(
                1,
                2,
                3,
                4,
                "Ann Lee",
                "ann@example.org",
                Registration.Status.REGISTERED,
                Instant.parse("2027-07-01T09:30:00Z"));
        String csv = RegistrationCsv.of(List.of(r), Map.of(4L, "=cmd|' /C calc'!A0"));
        assertThat(csv)
                .isEqualTo("name,organisation,email,registered_at,status\r\n"
                        + "Ann Lee,'=cmd|' /C calc'!A0,ann@example.org,2027-07-01 10:30,registered\r\n");
    }
}
