package org.socialvaluehub.opportunities;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import org.socialvaluehub.opportunities.Alerts.Frequency;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Background jobs: close opportunities at their deadline, send immediate alerts, and the 7 a.m. digest. */
@Configuration(proxyBeanMethods = false)
class OpportunityJobs {

    @Bean
    RecurringTask<Void> opportunityDeadlinesTask(Pipeline pipeline, Clock clock) {
        return Tasks.recurring("opportunity-deadlines", FixedDelay.ofMinutes(1))
                .execute((instance, context) -> pipeline.closePassedDeadlines(clock));
    }

    @Bean
    RecurringTask<Void> opportunityAlertsTask(AlertSender sender) {
        return Tasks.recurring("opportunity-alerts", FixedDelay.ofMinutes(1))
                .execute((instance, context) -> sender.send(Frequency.IMMEDIATE));
    }

    @Bean
    RecurringTask<Void> opportunityDigestTask(AlertSender sender) {
        return Tasks.recurring("opportunity-digest", Schedules.daily(ZoneId.of("Europe/London"), LocalTime.of(7, 0)))
                .execute((instance, context) -> sender.send(Frequency.DAILY));
    }
}
