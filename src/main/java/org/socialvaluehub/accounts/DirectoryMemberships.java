package org.socialvaluehub.accounts;

import java.util.List;
import org.socialvaluehub.organisations.OrganisationClaimApproved;
import org.socialvaluehub.organisations.OrganisationPeople;
import org.socialvaluehub.organisations.OrganisationsMerged;
import org.socialvaluehub.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Memberships as the directory needs them: the admins to write to about an organisation, roles for
 * an approved profile claim, and members moved when two organisations are merged.
 */
@Component
class DirectoryMemberships implements OrganisationPeople {

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final AuditLog audit;

    DirectoryMemberships(JdbcClient jdbc, UserRepository users, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    @Override
    public List<String> adminEmails(long organisationId) {
        return jdbc.sql("""
                select u.email from account_user u join account_membership m on m.user_id = u.id
                where m.organisation_id = :org and m.role = 'ORG_ADMIN' and u.enabled order by u.email
                """).param("org", organisationId).query(String.class).list();
    }

    @EventListener
    void claimApproved(OrganisationClaimApproved event) {
        for (Role role : List.of(Role.SUPPLIER, Role.ORG_ADMIN)) {
            users.addRole(event.userId(), event.organisationId(), role);
        }
        audit.record(
                AuditLog.EventType.ROLE_GRANTED,
                event.userId(),
                null,
                "SUPPLIER, ORG_ADMIN of organisation " + event.organisationId() + " (profile claim)");
    }

    /** Members of the merged organisation become members of the survivor, with the same roles. */
    @ApplicationModuleListener
    void merged(OrganisationsMerged event) {
        for (String statement : List.of(
                """
                insert into account_membership (user_id, organisation_id, role)
                select user_id, :survivor, role from account_membership where organisation_id = :merged
                on conflict do nothing""",
                "delete from account_membership where organisation_id = :merged",
                "update account_invitation set organisation_id = :survivor where organisation_id = :merged")) {
            jdbc.sql(statement).params(event.ids()).update();
        }
    }
}
