package org.socialvaluehub.shared;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long each kind of personal data is kept ({@code svh.retention.*}): the nightly job deletes or anonymises by
 * it, and the privacy notice quotes it, so the two cannot disagree.
 */
public record RetentionSchedule(Map<String, Period> periods) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public RetentionSchedule {
        periods = new TreeMap<>(periods);
    }

    public Period period(String category) {
        Period period = periods.get(category);
        if (period == null) {
            throw new IllegalStateException("No retention period configured for svh.retention." + category);
        }
        return period;
    }

    /** The moment before which a record of this category is due, counted in calendar months and years. */
    public Instant cutoff(String category, Instant now) {
        return now.atZone(LONDON).minus(period(category)).toInstant();
    }
}
