package org.socialvaluehub.accounts;

import java.util.EnumSet;
import java.util.Set;
import org.socialvaluehub.shared.CoordinatorRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code account_coordinator_role}: which parts of the partnership's work each coordinator does. */
@Repository
class CoordinatorRoleRepository {

    private final JdbcClient jdbc;

    CoordinatorRoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<CoordinatorRole> rolesOf(long userId) {
        Set<CoordinatorRole> roles = EnumSet.noneOf(CoordinatorRole.class);
        jdbc.sql("select role from account_coordinator_role where user_id = :id")
                .param("id", userId)
                .query(String.class)
                .list()
                .forEach(role -> roles.add(CoordinatorRole.valueOf(role)));
        return roles;
    }

    void grant(long userId, CoordinatorRole role) {
        jdbc.sql("insert into account_coordinator_role (user_id, role) values (:user, :role) on conflict do nothing")
                .param("user", userId)
                .param("role", role.name())
                .update();
    }

    void revoke(long userId, CoordinatorRole role) {
        jdbc.sql("delete from account_coordinator_role where user_id = :user and role = :role")
                .param("user", userId)
                .param("role", role.name())
                .update();
    }

    /** How many people in use hold the role, so the last platform administrator is never removed. */
    int holdersOf(CoordinatorRole role) {
        return jdbc.sql("""
                select count(*) from account_coordinator_role r join account_user u on u.id = r.user_id
                where r.role = :role and u.coordinator and u.enabled
                """).param("role", role.name()).query(Integer.class).single();
    }
}
