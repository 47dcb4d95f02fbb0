package org.socialvaluehub.opportunities;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialvaluehub.opportunities.Alerts.Frequency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert jobs' work: one e-mail per saved search listing every opportunity published or changed
 * since its last e-mail, each notice sent once only.
 */
@Service
class AlertSender {

    private final AlertRepository alerts;
    private final OpportunityDetailsRepository details;
    private final OpportunityMail mail;
    private final Clock clock;

    AlertSender(AlertRepository alerts, OpportunityDetailsRepository details, OpportunityMail mail, Clock clock) {
        this.alerts = alerts;
        this.details = details;
        this.mail = mail;
        this.clock = clock;
    }

    /** Sends what is waiting for alerts of this frequency; returns the number of e-mails. */
    @Transactional
    public int send(Frequency frequency) {
        Map<Long, List<AlertRepository.Notice>> byAlert = alerts.lockUnsent(frequency).stream()
                .collect(Collectors.groupingBy(
                        AlertRepository.Notice::alertId, LinkedHashMap::new, Collectors.toList()));
        int sent = 0;
        for (var entry : byAlert.entrySet()) {
            alerts.markSent(
                    entry.getValue().stream().map(AlertRepository.Notice::id).toList(),
                    Timestamp.from(clock.instant()));
            var alert = alerts.find(entry.getKey());
            if (alert.isEmpty()) {
                continue;
            }
            StringBuilder lines = new StringBuilder();
            for (var notice : entry.getValue()) {
                details.find(notice.opportunityId())
                        .ifPresent(o -> lines.append("- ")
                                .append(o.title())
                                .append(" (")
                                .append(mail.text("opp.mail.alert.reason." + notice.reason()))
                                .append(")\n  ")
                                .append(mail.link("/opportunities/" + o.id()))
                                .append("\n\n"));
            }
            String unsubscribe =
                    mail.link("/opportunities/unsubscribe/" + alert.get().token());
            mail.sendUnsubscribable(
                    alert.get().email(),
                    unsubscribe,
                    "opp.mail.alert.subject",
                    "opp.mail.alert.body",
                    entry.getValue().size(),
                    lines.toString(),
                    unsubscribe);
            sent++;
        }
        return sent;
    }
}
