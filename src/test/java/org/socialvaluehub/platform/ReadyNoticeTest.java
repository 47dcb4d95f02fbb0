package org.socialvaluehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadyNoticeTest {

    @Test
    void theNoticeSaysWhereToOpenTheAppWhereItsDataLivesAndTheModulesNotes() {
        String text = ReadyNotice.text(
                "http://localhost:8080",
                ReadyNotice.data("", "./data/postgres", false),
                List.of("Demo sign-ins (password \"x\"):", "  buyer@demo.example  Ben Buyer"));

        assertThat(text)
                .contains("Social Value Hub is ready: open http://localhost:8080")
                .contains("Data: embedded PostgreSQL in /")
                .contains("data/postgres")
                .contains("buyer@demo.example");
    }

    @Test
    void anExternalDatabaseIsNamedWithoutItsPassword() {
        assertThat(ReadyNotice.data("jdbc:postgresql://svh:s3cret@db.internal:5432/svh?password=s3cret", "", false))
                .isEqualTo("PostgreSQL at jdbc:postgresql://db.internal:5432/svh");
    }

    @Test
    void warnsOnlyWhenTheAddressIsUnsetAndTheAppLooksDeployed() {
        assertThat(ReadyNotice.publicAddressMissing(false, "", "")).isFalse();
        assertThat(ReadyNotice.publicAddressMissing(false, "", "127.0.0.1")).isFalse();
        assertThat(ReadyNotice.publicAddressMissing(false, "jdbc:postgresql://db/svh", ""))
                .isTrue();
        assertThat(ReadyNotice.publicAddressMissing(false, "", "10.0.0.5")).isTrue();
        assertThat(ReadyNotice.publicAddressMissing(true, "jdbc:postgresql://db/svh", "10.0.0.5"))
                .isFalse();
    }
}
