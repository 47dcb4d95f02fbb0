package org.socialvaluehub.platform;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialvaluehub.accounts.AuditLog;
import org.socialvaluehub.shared.RetentionSchedule;
import org.socialvaluehub.shared.RetentionStep;
import org.springframework.stereotype.Component;

/**
 * Runs every module's retention step against the schedule and records in the audit log how many records each
 * deleted or anonymised. A step that fails is recorded as failed and does not stop the others.
 */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final List<RetentionStep> steps;
    private final RetentionSchedule schedule;
    private final AuditLog audit;
    private final Clock clock;

    Retention(List<RetentionStep> steps, RetentionSchedule schedule, AuditLog audit, Clock clock) {
        this.steps = steps;
        this.schedule = schedule;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies the schedule now; returns the count per category (-1 for a step that failed). */
    Map<String, Integer> run() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RetentionStep step : steps.stream()
                .sorted(Comparator.comparing(RetentionStep::category))
                .toList()) {
            try {
                counts.put(step.category(), step.apply(schedule.cutoff(step.category(), clock.instant())));
            } catch (RuntimeException e) {
                log.error("retention step {} failed", step.category(), e);
                counts.put(step.category(), -1);
            }
        }
        String detail = counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() < 0 ? "failed" : e.getValue()))
                .collect(Collectors.joining(", "));
        audit.record(AuditLog.EventType.RETENTION_APPLIED, null, null, detail);
        log.info("retention applied {}", detail);
        return counts;
    }
}
