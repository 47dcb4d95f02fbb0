package org.socialvaluehub.engagement;

import java.sql.Timestamp;
import org.socialvaluehub.shared.RetentionStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How long engagement keeps people's details: support threads after their last activity, sign-ups after the event. */
@Configuration(proxyBeanMethods = false)
class EngagementRetention {

    @Bean
    RetentionStep supportThreadsRetention(JdbcClient jdbc) {
        return RetentionStep.of(
                "support-threads",
                cutoff -> jdbc.sql("delete from eng_support_request where updated_at < :cutoff")
                        .param("cutoff", Timestamp.from(cutoff))
                        .update());
    }

    @Bean
    RetentionStep eventRegistrationsRetention(JdbcClient jdbc) {
        return RetentionStep.of(
                "event-registrations",
                cutoff -> jdbc.sql("""
                        delete from eng_registration r using eng_event e
                        where r.event_id = e.id and e.ends_at < :cutoff
                        """).param("cutoff", Timestamp.from(cutoff)).update());
    }
}
