package org.socialvaluehub.organisations.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentCountsTest {

    private final AtomicInteger counted = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void reusesASearchsCountsUntilTheyAreTooOld() {
        RecentCounts<Integer> recent = new RecentCounts<>(clock(), Duration.ofSeconds(60), 10);

        assertThat(recent.get("q=cleaning", counted::incrementAndGet)).isEqualTo(1);
        now = now.plusSeconds(59);
        assertThat(recent.get("q=cleaning", counted::incrementAndGet)).isEqualTo(1);
        assertThat(recent.get("q=catering", counted::incrementAndGet)).isEqualTo(2);
        now = now.plusSeconds(1);
        assertThat(recent.get("q=cleaning", counted::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void zeroKeepsNothing() {
        RecentCounts<Integer> recent = new RecentCounts<>(clock(), Duration.ZERO, 10);

        recent.get("q", counted::incrementAndGet);
        recent.get("q", counted::incrementAndGet);

        assertThat(counted).hasValue(2);
    }

    @Test
    void startsAfreshWhenFull() {
        RecentCounts<Integer> recent = new RecentCounts<>(clock(), Duration.ofMinutes(1), 2);
        recent.get("a", counted::incrementAndGet);
        recent.get("b", counted::incrementAndGet);

        recent.get("c", counted::incrementAndGet);

        assertThat(recent.get("a", counted::incrementAndGet)).isEqualTo(4);
    }

    @Test
    void countsAgainOnceTheRowsChanged() {
        RecentCounts<Integer> recent = new RecentCounts<>(clock(), Duration.ofMinutes(1), 10);
        recent.get("q", counted::incrementAndGet);

        recent.forget();

        assertThat(recent.get("q", counted::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void keepsNoCountThatRacedAChange() {
        RecentCounts<Integer> recent = new RecentCounts<>(clock(), Duration.ofMinutes(1), 10);

        recent.get("q", () -> {
            recent.forget();
            return counted.incrementAndGet();
        });

        assertThat(recent.get("q", counted::incrementAndGet)).isEqualTo(2);
    }
}
