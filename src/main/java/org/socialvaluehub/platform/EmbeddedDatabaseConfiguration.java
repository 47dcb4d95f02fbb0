package org.socialvaluehub.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no database is configured, so the app and its tests run on a
 * machine with nothing but a JDK. Production sets {@code SPRING_DATASOURCE_URL} and this stays off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${svh.embedded-database.data-directory:./data/postgres}") String dataDirectory,
            @Value("${svh.embedded-database.ephemeral:false}") boolean ephemeral)
            throws IOException {
        Path directory = ephemeral
                ? Files.createTempDirectory("svh-test-db")
                : Path.of(dataDirectory).toAbsolutePath().normalize();
        Files.createDirectories(directory);
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(ephemeral)
                    .setServerConfig("max_connections", "60")
                    .start();
        } catch (OverlappingFileLockException e) {
            // This same process already holds the folder's lock.
            throw new EmbeddedDatabaseInUseException(directory, e);
        } catch (IllegalStateException e) {
            // Another process holds the folder's lock file ("could not lock <dir>/epg-lock").
            if (String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new EmbeddedDatabaseInUseException(directory, e);
            }
            throw e;
        }
    }

    /** A connection pool over the embedded server, as production has over its own. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(20);
        pool.setPoolName("embedded");
        return pool;
    }
}
