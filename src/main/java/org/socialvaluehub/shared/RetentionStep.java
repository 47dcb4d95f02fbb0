package org.socialvaluehub.shared;

import java.time.Instant;
import java.time.Period;
import java.util.function.ToIntFunction;

/**
 * One kind of personal data a module deletes or anonymises once its retention period is over. Each module
 * declares its own steps as beans, touching only its own tables; the nightly retention job runs them all.
 */
public interface RetentionStep {

    /** The key of its period in the schedule: {@code svh.retention.<category>}. */
    String category();

    /** Deletes or anonymises every record that became due before {@code cutoff}; returns how many. */
    int apply(Instant cutoff);

    /** The shortest period the law allows for this data, if any: a shorter configured one stops the app. */
    default Period minimum() {
        return Period.ZERO;
    }

    static RetentionStep of(String category, ToIntFunction<Instant> apply) {
        return of(category, Period.ZERO, apply);
    }

    static RetentionStep of(String category, Period minimum, ToIntFunction<Instant> apply) {
        return new RetentionStep() {
            @Override
            public String category() {
                return category;
            }

            @Override
            public int apply(Instant cutoff) {
                return apply.applyAsInt(cutoff);
            }

            @Override
            public Period minimum() {
                return minimum;
            }
        };
    }
}
