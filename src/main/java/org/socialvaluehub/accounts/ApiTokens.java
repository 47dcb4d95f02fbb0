package org.socialvaluehub.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.organisations.OrganisationsMerged;
import org.socialvaluehub.shared.ApiCaller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner API tokens: made by an organisation's admins for their own systems, shown once, kept only as a SHA-256
 * hash (the token carries 256 random bits, so a plain hash is enough), scoped to the organisation, read-only unless
 * made for writing, always expiring, revocable, and audited when made, revoked and used.
 */
@Service
class ApiTokens {

    static final String PREFIX = "svh_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a token and answers it in full: the only time anyone sees it. */
    @Transactional
    String create(long organisationId, String name, boolean mayWrite, Duration lifetime, long createdBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                        insert into account_api_token
                            (organisation_id, name, token_hash, token_hint, may_write, created_by, created_at,
                             expires_at)
                        values (:organisation, :name, :hash, :hint, :write, :by, :now, :expires)
                        returning id""")
                .param("organisation", organisationId)
                .param("name", name.strip())
                .param("hash", hash(token))
                .param("hint", token.substring(0, PREFIX.length() + 4))
                .param("write", mayWrite)
                .param("by", createdBy)
                .param("now", Timestamp.from(clock.instant()))
                .param("expires", Timestamp.from(clock.instant().plus(lifetime)))
                .query(Long.class)
                .single();
        audit.record(
                AuditLog.EventType.API_TOKEN_CREATED,
                createdBy,
                null,
                "token " + id + " (" + (mayWrite ? "read and write" : "read only") + ") for organisation "
                        + organisationId);
        return token;
    }

    private static final String SELECT = """
            select id, organisation_id, name, token_hint, may_write, created_at, expires_at, revoked_at, last_used_at
            from account_api_token""";

    List<ApiToken> of(long organisationId) {
        return jdbc.sql(SELECT
                        + " where organisation_id = :organisation order by revoked_at is not null, created_at desc")
                .param("organisation", organisationId)
                .query(ApiTokens::row)
                .list();
    }

    Optional<ApiToken> find(long organisationId, long id) {
        return jdbc.sql(SELECT + " where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId)
                .param("id", id)
                .query(ApiTokens::row)
                .optional();
    }

    @Transactional
    boolean revoke(long organisationId, long id, long revokedBy) {
        int changed = jdbc.sql("""
                        update account_api_token set revoked_at = :now, revoked_by = :by
                        where id = :id and organisation_id = :organisation and revoked_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("by", revokedBy)
                .param("id", id)
                .param("organisation", organisationId)
                .update();
        if (changed == 1) {
            audit.record(
                    AuditLog.EventType.API_TOKEN_REVOKED,
                    revokedBy,
                    null,
                    "token " + id + " of organisation " + organisationId);
        }
        return changed == 1;
    }

    /** The caller a presented token stands for, if it is known, unrevoked and unexpired; the use is audited. */
    @Transactional
    Optional<ApiCaller> authenticate(String token, String method, String path) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiCaller> caller = jdbc.sql("""
                        update account_api_token set last_used_at = :now
                        where token_hash = :hash and revoked_at is null and expires_at > :now
                        returning organisation_id, id, may_write""")
                .param("now", Timestamp.from(now))
                .param("hash", hash(token))
                .query((rs, n) -> new ApiCaller(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                .optional();
        caller.ifPresent(c -> audit.record(
                AuditLog.EventType.API_TOKEN_USED,
                null,
                null,
                "token " + c.tokenId() + " of organisation " + c.organisationId() + ": " + method + " " + path));
        return caller;
    }

    /** The merged organisation's tokens keep working for the organisation that survives. */
    @ApplicationModuleListener
    void merged(OrganisationsMerged event) {
        jdbc.sql("update account_api_token set organisation_id = :survivor where organisation_id = :merged")
                .params(event.ids())
                .update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static ApiToken row(ResultSet rs, int n) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getString("name"),
                rs.getString("token_hint"),
                rs.getBoolean("may_write"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("last_used_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
