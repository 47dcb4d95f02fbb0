package org.socialvaluehub;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With SPRING_DATASOURCE_URL set, the app uses that PostgreSQL, migrates it, and starts no embedded one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ExternalDatabaseTest {

    /** Stands in for the production server: a PostgreSQL the app did not start. */
    private static final EmbeddedPostgres EXTERNAL = start();

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void pointAtExternalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EXTERNAL.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        EXTERNAL.close();
    }

    @Test
    void usesTheConfiguredDatabaseAndStartsNoEmbeddedOne() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        Integer port =
                jdbc.sql("select inet_server_port()").query(Integer.class).single();
        assertThat(port).isEqualTo(EXTERNAL.getPort());
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(5L);
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
