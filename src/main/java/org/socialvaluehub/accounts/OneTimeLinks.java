package org.socialvaluehub.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use tokens for links sent by e-mail (confirm address, reset password, first sign-in).
 * Only a SHA-256 hash is stored, so a database leak does not leak usable links.
 */
@Component
class OneTimeLinks {

    enum Purpose {
        CONFIRM_EMAIL,
        RESET_PASSWORD,
        SIGN_IN
    }

    /** What became of a token that was presented. */
    sealed interface Outcome {
        record Valid(long userId) implements Outcome {}

        record Expired() implements Outcome {}

        record AlreadyUsed() implements Outcome {}

        record Unknown() implements Outcome {}
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    OneTimeLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link for the purpose; any older unused link for it stops working, so only the latest e-mail counts. */
    String issue(long userId, Purpose purpose, Duration validFor) {
        String token = newToken();
        jdbc.sql("""
                update account_token set expires_at = least(expires_at, :now)
                where user_id = :user and purpose = :purpose and used_at is null""")
                .param("user", userId)
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        jdbc.sql("""
                insert into account_token (token_hash, user_id, purpose, expires_at)
                values (:hash, :user, :purpose, :expires)""")
                .param("hash", hash(token))
                .param("user", userId)
                .param("purpose", purpose.name())
                .param("expires", Timestamp.from(Instant.now(clock).plus(validFor)))
                .update();
        return token;
    }

    /** Checks a token without using it up (to show the form the link leads to). */
    Outcome check(String token, Purpose purpose) {
        return jdbc.sql("select user_id, expires_at, used_at from account_token where token_hash = :hash and"
                        + " purpose = :purpose")
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .query((rs, n) -> {
                    if (rs.getTimestamp("used_at") != null) {
                        return (Outcome) new Outcome.AlreadyUsed();
                    }
                    if (rs.getTimestamp("expires_at").toInstant().isBefore(Instant.now(clock))) {
                        return new Outcome.Expired();
                    }
                    return new Outcome.Valid(rs.getLong("user_id"));
                })
                .optional()
                .orElse(new Outcome.Unknown());
    }

    /** Uses a token up; only one caller can ever get {@code Valid} for it. */
    Outcome consume(String token, Purpose purpose) {
        Outcome outcome = check(token, purpose);
        if (outcome instanceof Outcome.Valid) {
            int used = jdbc.sql("update account_token set used_at = now() where token_hash = :hash and used_at is null")
                    .param("hash", hash(token))
                    .update();
            return used == 1 ? outcome : new Outcome.AlreadyUsed();
        }
        return outcome;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
