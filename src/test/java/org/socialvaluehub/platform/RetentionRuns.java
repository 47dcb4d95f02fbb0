package org.socialvaluehub.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.shared.RetentionSchedule;
import org.socialvaluehub.shared.RetentionStep;
import org.springframework.stereotype.Component;

/**
 * Test fixture: runs one category of the retention schedule as the nightly job would, now or with the
 * {@link AdjustableClock} moved past the end of the category's period (and back to real time afterwards).
 */
@Component
public class RetentionRuns {

    private final List<RetentionStep> steps;
    private final RetentionSchedule schedule;
    private final AdjustableClock clock;

    RetentionRuns(List<RetentionStep> steps, RetentionSchedule schedule, AdjustableClock clock) {
        this.steps = steps;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Runs the category's step at the clock's current time. */
    public int now(String category) {
        RetentionStep step = steps.stream()
                .filter(s -> s.category().equals(category))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No retention step for " + category));
        return step.apply(schedule.cutoff(category, clock.instant()));
    }

    /**
     * Moves the clock a few days (months differ in length) past the end of the category's period counted from {@code
     * from}, then runs the step.
     */
    public int afterPeriodFrom(String category, Instant from) {
        clock.advancePast(from.atZone(ZoneId.of("Europe/London"))
                .plus(schedule.period(category))
                .plusDays(4)
                .toInstant());
        try {
            return now(category);
        } finally {
            clock.reset();
        }
    }

    /** The same, counting from now (for records stamped with the database's now()). */
    public int afterPeriod(String category) {
        return afterPeriodFrom(category, Instant.now());
    }
}
