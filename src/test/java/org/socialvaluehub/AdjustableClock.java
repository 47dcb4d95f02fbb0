package org.socialvaluehub;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Test fixture: the app's clock in every test context, real time unless a test moves it on (to get
 * past a deadline without waiting). A test that moves it puts it back with {@link #reset()} when it
 * ends, because the database's own {@code now()} does not move with it.
 */
@Primary
@Component
public class AdjustableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves time on until just after {@code moment} (never backwards). */
    public void advancePast(Instant moment) {
        Duration needed = Duration.between(Instant.now(), moment).plusSeconds(1);
        if (needed.compareTo(offset) > 0) {
            offset = needed;
        }
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
