package org.socialvaluehub.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partnership team and the coordinator roles each member holds, changed by a platform administrator. */
@Service
class CoordinatorTeam {

    /** One member of the team, for the coordinators page. */
    record Member(long id, String displayName, String email, Set<CoordinatorRole> roles) {}

    /** Why a change of roles was refused, or null when it was made. */
    enum Refusal {
        NOT_A_COORDINATOR,
        LAST_PLATFORM_ADMINISTRATOR
    }

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final CoordinatorRoleRepository coordinatorRoles;
    private final AuditLog audit;

    CoordinatorTeam(JdbcClient jdbc, UserRepository users, CoordinatorRoleRepository coordinatorRoles, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.coordinatorRoles = coordinatorRoles;
        this.audit = audit;
    }

    List<Member> members() {
        return jdbc.sql("""
                select u.id, u.display_name, u.email, coalesce(string_agg(r.role, ',' order by r.role), '') as roles
                from account_user u left join account_coordinator_role r on r.user_id = u.id
                where u.coordinator group by u.id, u.display_name, u.email order by lower(u.display_name), u.id""")
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), roles(rs.getString(4))))
                .list();
    }

    /** Grants and revokes so the member holds exactly these roles; each change is audited. */
    @Transactional
    Refusal setRoles(long memberId, Set<CoordinatorRole> wanted, SignedInUser by) {
        UserAccount member =
                users.find(memberId).filter(UserAccount::coordinator).orElse(null);
        if (member == null) {
            return Refusal.NOT_A_COORDINATOR;
        }
        Set<CoordinatorRole> held = coordinatorRoles.rolesOf(memberId);
        if (held.contains(CoordinatorRole.PLATFORM)
                && !wanted.contains(CoordinatorRole.PLATFORM)
                && coordinatorRoles.holdersOf(CoordinatorRole.PLATFORM) <= 1) {
            return Refusal.LAST_PLATFORM_ADMINISTRATOR;
        }
        for (CoordinatorRole role : CoordinatorRole.values()) {
            if (wanted.contains(role) && !held.contains(role)) {
                coordinatorRoles.grant(memberId, role);
                audit.record(
                        AuditLog.EventType.COORDINATOR_ROLE_GRANTED,
                        memberId,
                        member.email(),
                        role + " by " + by.email());
            } else if (!wanted.contains(role) && held.contains(role)) {
                coordinatorRoles.revoke(memberId, role);
                audit.record(
                        AuditLog.EventType.COORDINATOR_ROLE_REVOKED,
                        memberId,
                        member.email(),
                        role + " by " + by.email());
            }
        }
        return null;
    }

    private static Set<CoordinatorRole> roles(String list) {
        Set<CoordinatorRole> roles = EnumSet.noneOf(CoordinatorRole.class);
        for (String role : list.split(",")) {
            if (!role.isEmpty()) {
                roles.add(CoordinatorRole.valueOf(role));
            }
        }
        return roles;
    }
}
