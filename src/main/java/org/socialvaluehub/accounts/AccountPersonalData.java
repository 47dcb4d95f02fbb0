package org.socialvaluehub.accounts;

import java.util.List;
import java.util.Set;
import org.socialvaluehub.shared.PersonalDataHolder;
import org.socialvaluehub.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the accounts module holds about a person: the account, roles, links, invitations, sign-in
 * throttling and the audit log. Erasing removes the account itself, so it runs after every other module.
 */
@Component
class AccountPersonalData implements PersonalDataHolder {

    /** The audit log is the record of who did what to whose account; the retention schedule removes it. */
    static final String AUDIT_DUTY = "personalData.duty.auditLog";

    private final JdbcClient jdbc;

    AccountPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of(
                "account_user.id",
                "account_user.email",
                "account_membership.user_id",
                "account_coordinator_role.user_id",
                "account_token.user_id",
                "account_invitation.email",
                "account_invitation.invited_by",
                "account_api_token.created_by",
                "account_api_token.revoked_by",
                "account_audit_event.user_id",
                "account_audit_event.email",
                "account_sign_in_throttle.email_key");
    }

    @Override
    public List<Records> export(Subject person) {
        PersonalRows rows = new PersonalRows(jdbc, person);
        return List.of(
                rows.records("account_user", "personalData.account_user", """
                        select id, email, display_name, email_confirmed_at, coordinator, enabled, created_at
                        from account_user where id = :id"""),
                rows.records(
                        "account_membership",
                        "personalData.account_membership",
                        "select organisation_id, role from account_membership where user_id = :id order by 1, 2"),
                rows.records(
                        "account_coordinator_role",
                        "personalData.account_coordinator_role",
                        "select role from account_coordinator_role where user_id = :id order by 1"),
                rows.records("account_token", "personalData.account_token", """
                        select purpose, created_at, expires_at, used_at from account_token where user_id = :id
                        order by created_at"""),
                rows.records("account_invitation", "personalData.account_invitation", """
                        select email, organisation_id, roles, invited_by, created_at, expires_at, accepted_at
                        from account_invitation where lower(email) = lower(:email) or invited_by = :id
                        order by created_at"""),
                rows.records("account_api_token", "personalData.account_api_token", """
                        select organisation_id, name, token_hint, may_write, created_at, expires_at, revoked_at,
                               created_by = :id as made_by_you, revoked_by = :id as revoked_by_you
                        from account_api_token where created_by = :id or revoked_by = :id order by created_at"""),
                rows.records("account_sign_in_throttle", "personalData.account_sign_in_throttle", """
                        select failures, blocked_until, updated_at from account_sign_in_throttle
                        where email_key = lower(:email)"""),
                rows.records("account_audit_event", "personalData.account_audit_event", """
                        select occurred_at, event_type, email, detail, remote_address from account_audit_event
                        where user_id = :id or lower(email) = lower(:email) order by occurred_at, id"""));
    }

    @Override
    public List<Erasure> erase(Subject person) {
        PersonalRows rows = new PersonalRows(jdbc, person);
        int throttle = rows.update("delete from account_sign_in_throttle where email_key = lower(:email)");
        int invitations = rows.update(
                "delete from account_invitation where lower(email) = lower(:email) and accepted_at is null");
        // The organisation's tokens outlive the person who made or revoked them; only the link to them goes.
        int apiTokens = rows.update("update account_api_token set created_by = null where created_by = :id")
                + rows.update("update account_api_token set revoked_by = null where revoked_by = :id");
        int memberships = rows.count("select count(*) from account_membership where user_id = :id");
        int tokens = rows.count("select count(*) from account_token where user_id = :id");
        int coordinatorRoles = rows.count("select count(*) from account_coordinator_role where user_id = :id");
        int audit = rows.count("select count(*) from account_audit_event where user_id = :id");
        int account = rows.update("delete from account_user where id = :id");
        return List.of(
                Erasure.done("account_sign_in_throttle", Outcome.ERASED, throttle),
                Erasure.done("account_invitation", Outcome.ERASED, invitations),
                Erasure.done("account_api_token", Outcome.ANONYMISED, apiTokens),
                Erasure.done("account_membership", Outcome.ERASED, memberships),
                Erasure.done("account_token", Outcome.ERASED, tokens),
                Erasure.done("account_coordinator_role", Outcome.ERASED, coordinatorRoles),
                Erasure.kept("account_audit_event", audit, AUDIT_DUTY),
                Erasure.done("account_user", Outcome.ERASED, account));
    }
}
