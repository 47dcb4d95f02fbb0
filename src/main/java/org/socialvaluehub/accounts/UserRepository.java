package org.socialvaluehub.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialvaluehub.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code account_user} and {@code account_membership}; coordinator roles have their own repository.
 */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String email, String displayName, String passwordHash, boolean confirmed, boolean coordinator) {
        return jdbc.sql("""
                insert into account_user (email, display_name, password_hash, email_confirmed_at, coordinator)
                values (:email, :name, :hash, case when :confirmed then now() end, :coordinator) returning id""")
                .param("email", email.strip())
                .param("name", displayName.strip())
                .param("hash", passwordHash)
                .param("confirmed", confirmed)
                .param("coordinator", coordinator)
                .query(Long.class)
                .single();
    }

    Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select * from account_user where lower(email) = lower(:email)")
                .param("email", email.strip())
                .query(UserRepository::map)
                .optional();
    }

    Optional<UserAccount> find(long id) {
        return jdbc.sql("select * from account_user where id = :id")
                .param("id", id)
                .query(UserRepository::map)
                .optional();
    }

    boolean emailTaken(String email) {
        return findByEmail(email).isPresent();
    }

    void confirmEmail(long id) {
        jdbc.sql("update account_user set email_confirmed_at = coalesce(email_confirmed_at, now()) where id = :id")
                .param("id", id)
                .update();
    }

    void setPassword(long id, String hash) {
        jdbc.sql("update account_user set password_hash = :hash where id = :id")
                .param("id", id)
                .param("hash", hash)
                .update();
    }

    void makeCoordinator(long id) {
        jdbc.sql("update account_user set coordinator = true where id = :id")
                .param("id", id)
                .update();
    }

    void addRole(long userId, long organisationId, Role role) {
        jdbc.sql("""
                insert into account_membership (user_id, organisation_id, role) values (:user, :org, :role)
                on conflict do nothing""")
                .param("user", userId)
                .param("org", organisationId)
                .param("role", role.name())
                .update();
    }

    void setRoles(long userId, long organisationId, Set<Role> roles) {
        removeMembership(userId, organisationId);
        roles.forEach(role -> addRole(userId, organisationId, role));
    }

    int removeMembership(long userId, long organisationId) {
        return jdbc.sql("delete from account_membership where user_id = :user and organisation_id = :org")
                .param("user", userId)
                .param("org", organisationId)
                .update();
    }

    /** How many people other than this one hold the admin role in the organisation. */
    int otherAdmins(long organisationId, long userId) {
        return jdbc.sql("""
                select count(*) from account_membership m join account_user u on u.id = m.user_id
                where m.organisation_id = :org and m.role = 'ORG_ADMIN' and u.enabled and u.id <> :user""")
                .param("org", organisationId)
                .param("user", userId)
                .query(Integer.class)
                .single();
    }

    /** The organisations the person is the only enabled admin of. */
    List<Long> organisationsOnlyAdministeredBy(long userId) {
        return jdbc.sql("""
                select m.organisation_id from account_membership m
                where m.user_id = :user and m.role = 'ORG_ADMIN' and not exists (
                    select 1 from account_membership a join account_user u on u.id = a.user_id
                    where a.organisation_id = m.organisation_id and a.role = 'ORG_ADMIN' and u.enabled
                      and u.id <> :user)
                order by m.organisation_id""").param("user", userId).query(Long.class).list();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update account_user set enabled = :enabled where id = :id")
                .param("id", id)
                .param("enabled", enabled)
                .update();
    }

    void correct(long id, String displayName, String email) {
        jdbc.sql("update account_user set display_name = :name, email = :email where id = :id")
                .param("id", id)
                .param("name", displayName.strip())
                .param("email", email.strip())
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from account_user where id = :id").param("id", id).update();
    }

    Map<Long, Set<Role>> rolesOf(long userId) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select organisation_id, role from account_membership where user_id = :id")
                .param("id", userId)
                .query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rs.getString(2))))
                .list();
        return roles;
    }

    List<Contact> coordinators() {
        return jdbc.sql("select id, display_name, email from account_user where coordinator and enabled order by"
                        + " lower(display_name), id")
                .query((rs, n) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The people of one organisation with their roles there, for its team page. */
    List<TeamMember> team(long organisationId) {
        return jdbc.sql("""
                select u.id, u.display_name, u.email, string_agg(m.role, ',' order by m.role) as roles
                from account_membership m join account_user u on u.id = m.user_id
                where m.organisation_id = :org group by u.id, u.display_name, u.email order by lower(u.display_name)""")
                .param("org", organisationId)
                .query((rs, n) -> new TeamMember(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        List.of(rs.getString(4).split(","))))
                .list();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("email_confirmed_at");
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                confirmed == null ? null : confirmed.toInstant(),
                rs.getBoolean("coordinator"),
                rs.getBoolean("enabled"));
    }
}
