package org.socialvaluehub.engagement.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.LocalDate;
import org.socialvaluehub.engagement.EngagementMail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** E-mails everyone with a place a reminder the day before the event, once each, as a db-scheduler job. */
@Configuration(proxyBeanMethods = false)
class EventReminders {

    private final RegistrationRepository registrations;
    private final Events events;
    private final EngagementMail mail;

    EventReminders(RegistrationRepository registrations, Events events, EngagementMail mail) {
        this.registrations = registrations;
        this.events = events;
        this.mail = mail;
    }

    @Bean
    RecurringTask<Void> eventRemindersTask() {
        return Tasks.recurring("event-reminders", FixedDelay.ofMinutes(30))
                .execute((instance, context) -> sendReminders(LocalDate.now(Event.LONDON)));
    }

    /** Sends the reminders for tomorrow's events (UK time) not sent yet; returns how many were sent. */
    int sendReminders(LocalDate today) {
        int sent = 0;
        for (Registration r : registrations.remindersDue(today.plusDays(1))) {
            if (!registrations.markReminded(r.id())) {
                continue;
            }
            Event event = events.find(r.eventId()).orElseThrow();
            mail.send(
                    r.email(),
                    "events.mail.reminder",
                    "/events/" + event.id(),
                    EventChanges.details(event, event.place()));
            sent++;
        }
        return sent;
    }
}
