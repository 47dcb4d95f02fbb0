package org.socialvaluehub.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts hits per bucket and key in PostgreSQL, so a limit holds across every app instance: a fixed
 * window opens at the first hit and, once {@code limit} hits are used, refuses until it ends.
 */
@Service
public class RateLimits {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts a hit; empty when it is allowed, else how long to wait before the window ends. */
    public Optional<Duration> tryAcquire(RateLimit limit, String key) {
        Instant now = Instant.now(clock);
        record Window(Instant start, int hits) {}
        Window window = jdbc.sql("""
                insert into account_rate_limit as r (bucket, key, window_start, hits) values (:bucket, :key, :now, 1)
                on conflict (bucket, key) do update set
                    window_start = case when r.window_start <= :ended then :now else r.window_start end,
                    hits = case when r.window_start <= :ended then 1 else least(r.hits + 1, 1000000) end
                returning window_start, hits""")
                .param("bucket", limit.bucket())
                .param("key", normalised(key))
                .param("now", Timestamp.from(now))
                .param("ended", Timestamp.from(now.minus(limit.window())))
                .query((rs, n) -> new Window(rs.getTimestamp("window_start").toInstant(), rs.getInt("hits")))
                .single();
        return window.hits() > limit.limit()
                ? Optional.of(waitUntil(window.start().plus(limit.window()), now))
                : Optional.empty();
    }

    /** Without counting: how long the key must still wait, if its allowance is used up. */
    public Optional<Duration> refusal(RateLimit limit, String key) {
        Instant now = Instant.now(clock);
        return jdbc.sql("select window_start, hits from account_rate_limit where bucket = :bucket and key = :key")
                .param("bucket", limit.bucket())
                .param("key", normalised(key))
                .query((rs, n) -> rs.getInt("hits") >= limit.limit()
                        ? Optional.of(
                                rs.getTimestamp("window_start").toInstant().plus(limit.window()))
                        : Optional.<Instant>empty())
                .optional()
                .flatMap(until -> until)
                .filter(until -> until.isAfter(now))
                .map(until -> waitUntil(until, now));
    }

    /** Drops windows that ended long ago, so the table holds only current counts. */
    int forgetOlderThan(Duration age) {
        return jdbc.sql("delete from account_rate_limit where window_start < :before")
                .param("before", Timestamp.from(Instant.now(clock).minus(age)))
                .update();
    }

    private static Duration waitUntil(Instant until, Instant now) {
        Duration wait = Duration.between(now, until);
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    private static String normalised(String key) {
        return key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    }
}
