package org.socialvaluehub.platform;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Background jobs with db-scheduler, wired by hand (its Boot starter does nothing on Boot 4). Jobs
 * live in PostgreSQL's {@code scheduled_tasks}, so several app instances share them and each runs
 * once. Modules declare their tasks as beans ({@code Tasks.oneTime(...)}, {@code Tasks.recurring(...)})
 * and schedule one-time work through the {@link Scheduler} bean. The scheduler does not run with
 * {@code svh.scheduler.enabled=false} (tests and command-line runs); work can still be scheduled.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    private final boolean enabled;

    JobsConfiguration(@Value("${svh.scheduler.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Bean(destroyMethod = "stop")
    @SuppressWarnings({"unchecked", "rawtypes"})
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks) {
        // Recurring tasks start themselves on start-up; startTasks(...) also registers them, so they
        // must not be among the other known tasks as well (db-scheduler refuses a task name twice).
        List<Task<?>> startupTasks = new ArrayList<>();
        List<Task<?>> otherTasks = new ArrayList<>();
        tasks.forEach(task -> (task instanceof OnStartup ? startupTasks : otherTasks).add(task));
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), otherTasks)
                .startTasks((List) startupTasks)
                .threads(4)
                .pollingInterval(Duration.ofSeconds(5))
                .enableImmediateExecution()
                .deleteUnresolvedAfter(Duration.ofDays(7))
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        if (enabled) {
            event.getApplicationContext().getBean(Scheduler.class).start();
        }
    }
}
