package org.socialvaluehub.organisations.quality;

import java.util.List;
import java.util.Optional;
import org.socialvaluehub.organisations.OrganisationClaimApproved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims on profiles ({@code org_claim}); approving one makes the claimant the organisation's supplier and admin. */
@Service
class Claims {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Claims(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    long claim(long organisationId, long userId, String claimantName, String message) {
        return jdbc.sql("""
                insert into org_claim (organisation_id, user_id, claimant_name, message)
                values (:org, :user, :name, :message) returning id""")
                .param("org", organisationId)
                .param("user", userId)
                .param("name", claimantName)
                .param("message", message)
                .query(Long.class)
                .single();
    }

    List<Claim> pending() {
        return jdbc.sql("""
                select c.*, o.name as organisation_name from org_claim c join org_organisation o
                    on o.id = c.organisation_id
                where c.status = 'PENDING' order by c.created_at""")
                .query((rs, n) -> new Claim(
                        rs.getLong("id"),
                        rs.getLong("organisation_id"),
                        rs.getString("organisation_name"),
                        rs.getLong("user_id"),
                        rs.getString("claimant_name"),
                        rs.getString("message"),
                        rs.getString("status"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Approves a pending claim and grants the roles (through the accounts module, which listens). */
    @Transactional
    boolean approve(long claimId, String coordinator) {
        Optional<long[]> claim = decide(claimId, "APPROVED", coordinator, null);
        claim.ifPresent(c -> events.publishEvent(new OrganisationClaimApproved(c[0], c[1])));
        return claim.isPresent();
    }

    @Transactional
    boolean reject(long claimId, String coordinator, String reason) {
        return decide(claimId, "REJECTED", coordinator, reason).isPresent();
    }

    private Optional<long[]> decide(long claimId, String status, String coordinator, String reason) {
        return jdbc.sql("""
                update org_claim set status = :status, decided_by = :by, decided_at = now(), reason = :reason
                where id = :id and status = 'PENDING' returning organisation_id, user_id""")
                .param("id", claimId)
                .param("status", status)
                .param("by", coordinator)
                .param("reason", reason)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
    }
}
