package org.socialvaluehub.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after five failed sign-ins in a row for an e-mail address, each further try
 * must wait, twice as long each time up to 15 minutes. Kept per address typed, whether or not an
 * account exists, so the wait tells an attacker nothing. A client address that fails too often, on
 * any accounts, must wait too. The owner gets back in with a reset link, which clears the block.
 */
@Component
class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final RateLimit PER_CLIENT = new RateLimit("sign-in-failures-per-client", 30, Duration.ofMinutes(15));
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RateLimits limits;

    SignInThrottle(JdbcClient jdbc, Clock clock, RateLimits limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    /** How long this address, or this client, must still wait before trying again; empty when it may try. */
    Optional<Duration> waitFor(String email, String client) {
        Instant now = Instant.now(clock);
        Optional<Duration> account = jdbc.sql(
                        "select blocked_until from account_sign_in_throttle where email_key = :key")
                .param("key", key(email))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
        return account.isPresent() ? account : limits.refusal(PER_CLIENT, client);
    }

    void recordFailure(String email, String client) {
        limits.tryAcquire(PER_CLIENT, client);
        int failures =
                jdbc.sql("""
                insert into account_sign_in_throttle (email_key, failures) values (:key, 1)
                on conflict (email_key) do update set failures = account_sign_in_throttle.failures + 1,
                    updated_at = now()
                returning failures""").param("key", key(email)).query(Integer.class).single();
        if (failures >= FREE_ATTEMPTS) {
            jdbc.sql("update account_sign_in_throttle set blocked_until = :until where email_key = :key")
                    .param("key", key(email))
                    .param("until", Timestamp.from(Instant.now(clock).plus(waitAfter(failures))))
                    .update();
        }
    }

    /** Clears the address's block: after a sign-in, or when the owner proves who they are with an e-mailed link. */
    void clear(String email) {
        jdbc.sql("delete from account_sign_in_throttle where email_key = :key")
                .param("key", key(email))
                .update();
    }

    static Duration waitAfter(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
