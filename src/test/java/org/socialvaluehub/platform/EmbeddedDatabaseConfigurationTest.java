package org.socialvaluehub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedDatabaseConfigurationTest {

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void secondCopyOnTheSameDataFolderStopsWithAClearMessage() throws Exception {
        Path folder = Files.createTempDirectory("svh-lock-test");
        try (EmbeddedPostgres first = configuration.embeddedPostgres(folder.toString(), false)) {
            assertThatThrownBy(() -> configuration.embeddedPostgres(folder.toString(), false))
                    .isInstanceOf(EmbeddedDatabaseInUseException.class)
                    .satisfies(e -> {
                        FailureAnalysis analysis = new EmbeddedDatabaseInUseFailureAnalyzer().analyze(e);
                        assertThat(analysis.getDescription())
                                .contains("already running on the data folder", folder.toString());
                        assertThat(analysis.getAction()).contains("Stop the other copy first");
                    });
        }
    }

    @Test
    void dataSurvivesARestartOnTheSameFolder() throws Exception {
        Path folder = Files.createTempDirectory("svh-restart-test");
        try (EmbeddedPostgres first = configuration.embeddedPostgres(folder.toString(), false);
                var connection = first.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (v text); insert into kept values ('still here')");
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(folder.toString(), false);
                var connection = second.getPostgresDatabase().getConnection();
                var rows = connection.createStatement().executeQuery("select v from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }
}
