package org.socialvaluehub;

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
        List<Task<?>> startupTasks = new ArrayList<>();
        tasks.stream().filter(OnStartup.class::isInstance).forEach(startupTasks::add);
        // db-scheduler registers start-up (recurring) tasks itself; naming them twice fails as a duplicate.
        List<Task<?>> known = tasks.stream().filter(task -> !(task instanceof OnStartup)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known)
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
