package org.socialvaluehub.platform;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.shared.RetentionSchedule;
import org.socialvaluehub.shared.RetentionStep;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The retention schedule read from {@code svh.retention.*}, checked against every module's steps at start-up, and
 * the nightly db-scheduler job (02:30 London time) that applies it.
 */
@Configuration(proxyBeanMethods = false)
class RetentionJob {

    @Bean
    RetentionSchedule retentionSchedule(Environment environment, List<RetentionStep> steps) {
        RetentionSchedule schedule = new RetentionSchedule(Binder.get(environment)
                .bind("svh.retention", Bindable.mapOf(String.class, Period.class))
                .orElseGet(Map::of));
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (RetentionStep step : steps) {
            Period period = schedule.period(step.category());
            if (day.plus(period).isBefore(day.plus(step.minimum()))) {
                throw new IllegalStateException("svh.retention." + step.category() + " is " + period
                        + ", shorter than the law requires (" + step.minimum() + ")");
            }
        }
        return schedule;
    }

    @Bean
    RecurringTask<Void> retentionTask(Retention retention) {
        return Tasks.recurring("retention", Schedules.daily(ZoneId.of("Europe/London"), LocalTime.of(2, 30)))
                .execute((instance, context) -> retention.run());
    }
}
