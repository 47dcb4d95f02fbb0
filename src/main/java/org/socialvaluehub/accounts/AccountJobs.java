package org.socialvaluehub.accounts;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Background jobs: remove unconfirmed registrations, and forget rate-limit windows that ended, each night. */
@Configuration(proxyBeanMethods = false)
class AccountJobs {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    RecurringTask<Void> registrationExpiryTask(UnconfirmedRegistrations registrations) {
        return Tasks.recurring("registration-expiry", Schedules.daily(LONDON, LocalTime.of(3, 10)))
                .execute((instance, context) -> registrations.expire());
    }

    @Bean
    RecurringTask<Void> rateLimitPruningTask(RateLimits limits) {
        return Tasks.recurring("rate-limit-pruning", Schedules.daily(LONDON, LocalTime.of(3, 20)))
                .execute((instance, context) -> limits.forgetOlderThan(Duration.ofDays(1)));
    }
}
