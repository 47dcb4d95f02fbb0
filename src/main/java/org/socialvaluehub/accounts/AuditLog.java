package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security audit log: sign-ins, failures, password and role changes, invitations, people leaving, rights served.
 */
@Component
public class AuditLog {

    /** The kinds of security event that are recorded. */
    public enum EventType {
        ACCOUNT_REGISTERED,
        EMAIL_CONFIRMED,
        SIGN_IN,
        SIGN_IN_FAILED,
        SIGN_IN_THROTTLED,
        SIGN_OUT,
        PASSWORD_CHANGED,
        PASSWORD_RESET_REQUESTED,
        PASSWORD_RESET,
        ROLE_GRANTED,
        INVITATION_SENT,
        INVITATION_ACCEPTED,
        COORDINATOR_CREATED,
        ORGANISATION_CREATED,
        RETENTION_APPLIED,
        // People who leave and people's rights (issue 14).
        SESSIONS_ENDED,
        MEMBER_REMOVED,
        ROLES_CHANGED,
        ACCOUNT_DISABLED,
        ACCOUNT_ENABLED,
        ACCOUNT_CLOSED,
        ACCOUNT_ERASED,
        ACCOUNT_CORRECTED,
        SUBJECT_ACCESS_EXPORTED,
        // Least privilege for the partnership team (issue 14).
        COORDINATOR_ROLE_GRANTED,
        COORDINATOR_ROLE_REVOKED,
        SENSITIVE_RECORD_READ,
        REGISTRATION_EXPIRED,
        // Partner API tokens.
        API_TOKEN_CREATED,
        API_TOKEN_REVOKED,
        API_TOKEN_USED
    }

    /** One recorded event, newest first on the page. */
    public record Entry(
            long id,
            Instant occurredAt,
            String eventType,
            Long userId,
            String email,
            String detail,
            String remoteAddress) {}

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(EventType type, Long userId, String email, String detail) {
        jdbc.sql("""
                insert into account_audit_event (event_type, user_id, email, detail, remote_address)
                values (:type, :user, :email, :detail, :address)""")
                .param("type", type.name())
                .param("user", userId)
                .param("email", email)
                .param("detail", detail)
                .param("address", remoteAddress())
                .update();
    }

    List<Entry> latest(int limit, String type) {
        return jdbc.sql("""
                select * from account_audit_event where (:type = '' or event_type = :type)
                order by occurred_at desc, id desc limit :limit""")
                .param("type", type == null ? "" : type)
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("event_type"),
                        (Long) rs.getObject("user_id"),
                        rs.getString("email"),
                        rs.getString("detail"),
                        rs.getString("remote_address")))
                .list();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "command line";
    }
}
