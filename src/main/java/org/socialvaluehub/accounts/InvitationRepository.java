package org.socialvaluehub.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialvaluehub.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code account_invitation}. */
@Repository
class InvitationRepository {

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            String tokenHash, String email, long organisationId, Set<Role> roles, Long invitedBy, Instant expiresAt) {
        jdbc.sql("""
                insert into account_invitation (token_hash, email, organisation_id, roles, invited_by, expires_at)
                values (:hash, :email, :org, :roles, :by, :expires)""")
                .param("hash", tokenHash)
                .param("email", email.strip())
                .param("org", organisationId)
                .param("roles", roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("by", invitedBy)
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    Optional<Invitation> find(String tokenHash) {
        return jdbc.sql("select * from account_invitation where token_hash = :hash")
                .param("hash", tokenHash)
                .query(InvitationRepository::map)
                .optional();
    }

    /** Marks it accepted; false if someone else already did. */
    boolean accept(String tokenHash) {
        return jdbc.sql("update account_invitation set accepted_at = now() where token_hash = :hash and"
                                + " accepted_at is null")
                        .param("hash", tokenHash)
                        .update()
                == 1;
    }

    List<Invitation> pending(long organisationId) {
        return jdbc.sql("""
                select * from account_invitation where organisation_id = :org and accepted_at is null
                and expires_at > now() order by created_at desc""")
                .param("org", organisationId)
                .query(InvitationRepository::map)
                .list();
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .forEach(roles::add);
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new Invitation(
                rs.getString("token_hash"),
                rs.getString("email"),
                rs.getLong("organisation_id"),
                roles,
                rs.getTimestamp("expires_at").toInstant(),
                accepted == null ? null : accepted.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
