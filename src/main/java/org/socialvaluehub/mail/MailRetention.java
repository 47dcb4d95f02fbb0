package org.socialvaluehub.mail;

import java.sql.Timestamp;
import org.socialvaluehub.shared.RetentionStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long mail is kept: the outbox (whole mails with live links, only without SMTP) for a few days, and the
 * masked record of mail handed to SMTP a little longer, to answer "did the hub send it?".
 */
@Configuration(proxyBeanMethods = false)
class MailRetention {

    @Bean
    RetentionStep mailOutboxRetention(JdbcClient jdbc) {
        return RetentionStep.of(
                "mail-outbox",
                cutoff -> jdbc.sql("delete from mail_message where delivery = 'OUTBOX' and created_at < :cutoff")
                        .param("cutoff", Timestamp.from(cutoff))
                        .update());
    }

    @Bean
    RetentionStep mailSentRetention(JdbcClient jdbc) {
        return RetentionStep.of(
                "mail-sent",
                cutoff -> jdbc.sql("delete from mail_message where delivery <> 'OUTBOX' and created_at < :cutoff")
                        .param("cutoff", Timestamp.from(cutoff))
                        .update());
    }
}
