package org.socialvaluehub.spend;

import java.sql.Timestamp;
import org.socialvaluehub.shared.RetentionStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploaded spend files (which may name sole traders and individuals) go once they are finished with: imported (the
 * lines and the import record stay), failed, or abandoned before the columns were confirmed.
 */
@Configuration(proxyBeanMethods = false)
class SpendRetention {

    @Bean
    RetentionStep spendUploadsRetention(JdbcClient jdbc) {
        return RetentionStep.of(
                "spend-uploads",
                cutoff -> jdbc.sql("""
                        delete from spend_upload
                        where status in ('UPLOADED', 'DONE', 'FAILED')
                        and updated_at < :cutoff""").param("cutoff", Timestamp.from(cutoff)).update());
    }
}
